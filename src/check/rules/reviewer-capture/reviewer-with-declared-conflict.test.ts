import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { reviewerWithDeclaredConflict as rule } from './reviewer-with-declared-conflict.js';

ruleTester(rule, {
  valid: [
    {
      name: 'treats a missing conflicts list like an empty one',
      yaml: edit(rule.meta.examples.passing as string, ', conflicts: []', ''),
    },
  ],
  invalid: [
    {
      name: 'says the reviewer is external and quotes the conflict',
      yaml: rule.meta.examples.failing,
      findings: [
        {
          target: 'example',
          line: 9,
          column: 101,
          messageId: 'conflict',
          message: /Calloway \(external\) declares a conflict of interest: "Lanternfish holds/,
        },
      ],
    },
  ],
});
