import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { riskAcceptedByAuthor as rule } from './risk-accepted-by-author.js';

ruleTester(rule, {
  valid: [
    {
      name: 'ignores mitigated defeaters signed off by an author',
      yaml: edit(rule.meta.examples.failing as string, 'status: accepted', 'status: mitigated'),
    },
  ],
  invalid: [
    {
      name: "reports a residual risk accepted on an author's sign-off",
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'D1', line: 18, column: 142, messageId: 'acceptedByAuthor' }],
    },
  ],
});
