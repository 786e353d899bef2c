import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceAfterDecision as rule } from './evidence-after-decision.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts evidence from the day of the decision',
      yaml: edit(failing, 'date: 2026-07-15', 'date: 2026-06-01'),
    },
    {
      name: 'ignores later counter-evidence in a defeater',
      yaml: edit(
        edit(
          edit(failing, 'date: 2026-07-15', 'date: 2026-05-15'),
          '  Sn1: { kind: evidence',
          '  D1: { kind: defeater, form: counter-evidence, text: A multi-episode attack got through., challenges: [G1], status: open, evidence: [E2] }\n  Sn1: { kind: evidence',
        ),
        'decision:',
        '  E2: { title: Multi-episode attack, kind: red-team, source_type: internal-test, date: 2026-08-01, produced_by: Red team, polarity: undermines, result: { metric: attacks undetected, value: 2 } }\ndecision:',
      ),
    },
  ],
  invalid: [
    {
      name: 'gives both dates',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 12,
          column: 102,
          messageId: 'datedAfterDecision',
          message: /dated 2026-07-15, 44 days after the decision of 2026-06-01/,
        },
      ],
    },
  ],
});
