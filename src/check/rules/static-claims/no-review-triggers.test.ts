import { ruleTester } from '../../../../test/support/rule-tester.js';
import { noReviewTriggers as rule } from './no-review-triggers.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a dated review trigger alone',
      yaml: `${failing}change_control:\n  review_triggers:\n    - { id: trg-review, kind: date, description: Six-month review, date: 2027-05-01 }\n`,
    },
  ],
  invalid: [
    {
      name: 'reports a case with no change control',
      yaml: failing,
      findings: [{ target: 'example', line: 2, column: 1, messageId: 'noReviewTriggers' }],
    },
    {
      name: 'reports an empty trigger list at the list',
      yaml: `${failing}change_control:\n  expires: 2027-01-01\n  review_triggers: []\n`,
      findings: [{ target: 'example', line: 12, column: 20, messageId: 'noReviewTriggers' }],
    },
  ],
});
