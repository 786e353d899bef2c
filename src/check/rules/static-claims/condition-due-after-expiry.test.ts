import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { conditionDueAfterExpiry as rule } from './condition-due-after-expiry.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'is silent for a condition due on the review date',
      yaml: edit(failing, 'due: 2027-03-31', 'due: 2027-01-15'),
    },
    {
      name: 'is silent when the case neither expires nor has a dated review',
      yaml: failing.slice(0, failing.indexOf('change_control:')),
    },
    {
      name: 'is silent for a condition with no date',
      yaml: edit(failing, ', due: 2027-03-31 }', ' }'),
    },
  ],
  invalid: [
    {
      name: 'reports a condition due after the last dated review of a case without an expiry, naming the review',
      yaml: edit(failing, '  expires: 2027-02-01\n', ''),
      findings: [
        {
          target: 'cond-audit',
          line: 16,
          column: 111,
          messageId: 'afterHorizon',
          message: /due 2027-03-31, after the case's last dated review \(trigger trg-review, 2027-01-15\)/,
        },
      ],
    },
    {
      name: 'reports a condition due after the case expires',
      yaml: failing,
      findings: [
        {
          target: 'cond-audit',
          line: 16,
          column: 111,
          messageId: 'afterHorizon',
          message: /after the case expires \(change_control.expires 2027-02-01\)/,
        },
      ],
    },
    {
      name: 'reads the latest date written in a string condition',
      yaml: edit(
        failing,
        '    - { id: cond-audit, text: An external audit of researcher vetting is completed., owner: Tomas Reyes, due: 2027-03-31 }',
        '    - "An external audit of researcher vetting starts by 2026-10-01 and reports by 2027-04-30."',
      ),
      findings: [
        { target: 'example', line: 16, column: 7, messageId: 'afterHorizon', message: /condition 1 is due 2027-04-30/ },
      ],
    },
  ],
});
