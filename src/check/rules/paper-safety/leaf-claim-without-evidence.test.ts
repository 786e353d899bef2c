import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { leafClaimWithoutEvidence as rule } from './leaf-claim-without-evidence.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a branch that reaches evidence through a sub-claim',
      yaml: edit(
        failing,
        'S2: { kind: strategy, text: Argue over each write path., undeveloped: true }',
        'S2: { kind: strategy, text: Argue over each write path., supported_by: [G4] }\n  G4: { kind: claim, text: Writes through the editor tool are confined., supported_by: [Sn3] }',
      ),
    },
  ],
  invalid: [
    {
      name: 'names the claim and the holes it ends in',
      yaml: failing,
      findings: [{ target: 'G2', line: 15, column: 89, messageId: 'noEvidenceBelow', message: /undeveloped node S2/ }],
    },
    {
      name: 'reports only the highest claim of a branch that rests on nothing',
      yaml: edit(
        failing,
        'S2: { kind: strategy, text: Argue over each write path., undeveloped: true }',
        'S2: { kind: strategy, text: Argue over each write path., supported_by: [G4] }\n  G4: { kind: claim, text: Writes through the editor tool are confined., supported_by: [G5] }\n  G5: { kind: claim, text: The editor tool checks paths., undeveloped: true }',
      ),
      findings: [{ target: 'G2', line: 15, column: 89, messageId: 'noEvidenceBelow' }],
    },
    {
      name: 'reports the top claim when the whole case rests on nothing',
      yaml: `argument:
  G1: { kind: claim, text: The agent is contained., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over routes., supported_by: [G2] }
  G2: { kind: claim, text: Egress is blocked., undeveloped: true }
`,
      findings: [{ target: 'G1', line: 9, column: 67, messageId: 'noEvidenceBelow' }],
    },
  ],
});
