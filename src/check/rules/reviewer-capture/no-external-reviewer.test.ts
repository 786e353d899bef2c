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
    {
      name: 'counts a reviewer who declares independence of the model developer',
      yaml: edit(
        failing,
        'organisation: Northwind Labs }',
        'organisation: Northwind Labs, independent_of: [model-developer] }',
      ),
    },
    {
      name: 'ignores a high risk the case excludes',
      yaml: edit(
        failing,
        'risks:\n',
        '  out_of_scope:\n    - { kind: risk, what: Weight exfiltration, risk: risk-exfil, reason: Covered by the security case., covered_by: sec-2026 }\nrisks:\n',
      ),
    },
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
    {
      name: 'does not count an external reviewer whose independent_of leaves out the model developer',
      yaml: edit(
        rule.meta.examples.passing as string,
        'external: true, conflicts: []',
        'external: true, independent_of: [authors], conflicts: []',
      ),
      findings: [
        {
          target: 'example',
          line: 9,
          column: 5,
          messageId: 'noExternal',
          message: /none of its 2 reviewers is independent of the developer/,
        },
      ],
    },
  ],
});
