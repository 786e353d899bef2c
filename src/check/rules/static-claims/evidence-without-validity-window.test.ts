import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceWithoutValidityWindow as rule } from './evidence-without-validity-window.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts an expiry date instead of a window',
      yaml: edit(failing, 'date: 2026-09-01,', 'date: 2026-09-01, expires: 2027-03-01,'),
    },
    {
      name: 'does not ask a security-control test for a window',
      yaml: edit(failing, 'kind: red-team', 'kind: security-control'),
    },
  ],
  invalid: [
    {
      name: 'reports an item on the path with neither expires nor valid_for_days',
      yaml: failing,
      findings: [{ target: 'E1', line: 12, column: 3, messageId: 'noValidityWindow' }],
    },
  ],
});
