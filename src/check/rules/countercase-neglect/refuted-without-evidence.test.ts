import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { refutedWithoutEvidence as rule } from './refuted-without-evidence.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a supported sub-argument',
      yaml: edit(
        edit(passing, 'refs: [Sn1]', 'refs: [G2]'),
        'evidence:\n',
        '  G2: { kind: claim, text: Protocol docs are in paths the agent cannot read., supported_by: [Sn1] }\nevidence:\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports a refutation that cites nothing that shows it',
      yaml: failing,
      findings: [{ target: 'D1', line: 16, column: 17, messageId: 'refutedWithoutEvidence' }],
    },
    {
      name: 'does not count an assumption as evidence',
      yaml: edit(
        edit(passing, 'refs: [Sn1]', 'refs: [A1]'),
        'evidence:\n',
        '  A1: { kind: assumption, text: The red team knew everything. }\nevidence:\n',
      ),
      findings: [
        { target: 'D1', line: 16, column: 109, messageId: 'refutedWithoutEvidence', message: /cites only A1/ },
      ],
    },
  ],
});
