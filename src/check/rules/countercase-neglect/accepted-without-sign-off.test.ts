import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { acceptedWithoutSignOff as rule } from './accepted-without-sign-off.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts the defeater owner in place of the resolution owner',
      yaml: edit(
        edit(passing, 'owner: Chief Risk Officer, ', ''),
        'status: accepted',
        'status: accepted\n    owner: Elena Vasquez',
      ),
    },
  ],
  invalid: [
    {
      name: 'names each missing part',
      yaml: failing,
      findings: [
        {
          target: 'D1',
          line: 16,
          column: 17,
          messageId: 'missingSignOff',
          message: /without an owner, a date or a sign-off/,
        },
      ],
    },
    {
      name: 'names only the sign-off when owner and date are there',
      yaml: edit(passing, ', signed_off_by: Elena Vasquez (Chief Risk Officer)', ''),
      findings: [
        {
          target: 'D1',
          line: 16,
          column: 17,
          messageId: 'missingSignOff',
          message: /without a sign-off \(signed_off_by\)\.$/,
        },
      ],
    },
  ],
});
