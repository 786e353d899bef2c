import { ruleTester } from '../../../../test/support/rule-tester.js';
import { noExpiry as rule } from './no-expiry.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a dated review trigger instead of an expiry',
      yaml: `${failing}    - { id: trg-review, kind: date, description: Six-month review, date: 2027-05-01 }\n`,
    },
  ],
  invalid: [
    {
      name: 'reports change control with neither an expiry nor a dated trigger',
      yaml: failing,
      findings: [{ target: 'example', line: 10, column: 1, messageId: 'noExpiry' }],
    },
    {
      name: 'reports a case with no change control at all',
      yaml: 'argument:\n  G1: { kind: claim, text: Launch is acceptable., undeveloped: true }\n',
      findings: [{ target: 'example', line: 2, column: 1, messageId: 'noExpiry' }],
    },
  ],
});
