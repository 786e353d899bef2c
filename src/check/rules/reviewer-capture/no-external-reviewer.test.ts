import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { noExternalReviewer as rule } from './no-external-reviewer.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'is silent when every risk is low or medium',
      yaml: edit(failing, 'severity: critical', 'severity: medium'),
    },
    { name: 'leaves a case with no reviewers to no-reviewers', yaml: edit(failing, / {2}reviewers:\n.*\n/, '') },
  ],
  invalid: [
    {
      name: 'reports a high-risk case with internal reviewers only',
      yaml: failing,
      findings: [{ target: 'example', line: 9, column: 5, messageId: 'noExternal' }],
    },
    {
      name: 'does not count an internal reviewer from another organisation unless marked external',
      yaml: edit(failing, 'organisation: Northwind Labs', 'organisation: Northwind Labs Europe'),
      findings: [{ target: 'example', line: 9, column: 5, messageId: 'noExternal' }],
    },
  ],
});
