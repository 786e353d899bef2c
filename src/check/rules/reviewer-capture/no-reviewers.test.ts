import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { noReviewers as rule } from './no-reviewers.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [{ name: 'is silent on an undecided case without reviewers', yaml: edit(failing, /decision:[\s\S]*/, '') }],
  invalid: [
    {
      name: 'reports a decided case with no reviewers',
      yaml: failing,
      findings: [{ target: 'example', line: 10, column: 1, messageId: 'noReviewers' }],
    },
    {
      name: 'counts an empty reviewer list as none',
      yaml: `  reviewers: []\n${failing}`,
      findings: [{ target: 'example', line: 11, column: 1, messageId: 'noReviewers' }],
    },
  ],
});
