import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { topClaimRestsOnNonArgumentArtefacts as rule } from './top-claim-rests-on-non-argument-artefacts.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'is silent when nothing is cited (another rule reports that)',
      yaml: 'argument:\n  G1: { kind: claim, text: The model is contained., undeveloped: true }\n',
    },
  ],
  invalid: [
    {
      name: 'lists the items and their kinds',
      yaml: failing,
      findings: [
        {
          target: 'G1',
          line: 9,
          column: 28,
          messageId: 'onlyArtefacts',
          message: /E1 \(benchmark-score\), E2 \(system-card\)/,
        },
      ],
    },
    {
      name: 'does not count an undermining item cited by a defeater as support',
      yaml:
        edit(
          failing,
          '  Sn2: { kind: evidence',
          '  D1: { kind: defeater, form: counter-evidence, text: A range escape was seen., challenges: [G1], status: open, evidence: [E3] }\n  Sn2: { kind: evidence',
        ) +
        '  E3: { title: Range escape, kind: red-team, source_type: third-party-evaluation, date: 2026-10-05, produced_by: Ashgrove, external: true, polarity: undermines, result: { metric: escapes, value: 1 } }\n',
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'onlyArtefacts' }],
    },
  ],
});
