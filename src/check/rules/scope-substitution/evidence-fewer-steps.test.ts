import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceFewerSteps as rule } from './evidence-fewer-steps.js';

const failing = rule.meta.examples.failing as string;
const bridged = edit(
  edit(
    failing,
    'text: The agent does not complete autonomous replication tasks., supported_by',
    'text: The agent does not complete autonomous replication tasks., in_context_of: [J1], supported_by',
  ),
  'evidence:\n  E1:',
  '  J1: { kind: justification, text: Success plateaus after 40 steps in a 500-step ablation., bridges: [{ from: 50 steps, to: 200 steps }], evidence: [E2] }\nevidence:\n  E1:',
).concat(
  '  E2: { title: Step-budget ablation, kind: capability-evaluation, source_type: internal-test, date: 2026-10-06, produced_by: Frontier evals team, polarity: supports }\n',
);

ruleTester(rule, {
  valid: [
    { name: 'accepts exactly the deployed budget', yaml: edit(failing, 'max_steps: 50', 'max_steps: 200') },
    { name: 'is bridged by a justification whose bridge starts from the measured budget', yaml: bridged },
  ],
  invalid: [
    {
      name: 'is not bridged by a justification that rests on no evidence',
      yaml: edit(bridged, ', evidence: [E2] }', ' }'),
      findings: [
        {
          target: 'E1',
          line: 22,
          column: 65,
          messageId: 'fewerSteps',
          message:
            /J1 would bridge it but does not count: it rests on no evidence .*, so the evidence is still from another step budget\.$/,
        },
      ],
    },
    {
      name: 'reports an evaluation with fewer steps than the deployment allows',
      yaml: failing,
      findings: [{ target: 'E1', line: 21, column: 65, messageId: 'fewerSteps' }],
    },
    {
      name: 'uses the larger of the context and decision scope budgets',
      yaml: edit(
        edit(failing, 'max_steps: 50', 'max_steps: 200'),
        'evidence:\n  E1:',
        'decision: { outcome: approve, date: 2026-10-10, makers: [{ name: Dana Ito }], residual_risk: Small., scope: { max_steps: 400 } }\nevidence:\n  E1:',
      ),
      findings: [
        {
          target: 'E1',
          line: 22,
          column: 65,
          messageId: 'fewerSteps',
          message: /200 steps per episode, fewer than the 400/,
        },
      ],
    },
    {
      name: 'is not bridged from another budget than the measured one',
      yaml: edit(bridged, 'from: 50 steps', 'from: 500 steps'),
      findings: [{ target: 'E1', line: 22, column: 65, messageId: 'fewerSteps' }],
    },
  ],
});
