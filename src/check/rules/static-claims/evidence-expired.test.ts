import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { EXPIRY_EXAMPLE, evidenceExpired as rule } from './evidence-expired.js';

const expiresOnAsOf = edit(
  EXPIRY_EXAMPLE('approve', 365),
  'valid_for_days: 365,',
  'valid_for_days: 365, expires: 2026-11-26,',
);

ruleTester(rule, {
  valid: [
    { name: 'takes the earlier of expires and the window, and counts the expiry day itself', yaml: expiresOnAsOf },
    {
      name: 'is silent when the decision does not approve (stale-evidence reports it)',
      yaml: EXPIRY_EXAMPLE('defer', 190),
    },
  ],
  invalid: [
    {
      name: 'gives the dates and points at valid_for_days',
      yaml: EXPIRY_EXAMPLE('approve', 190),
      findings: [
        {
          target: 'E1',
          line: 12,
          column: 143,
          messageId: 'expired',
          message: /valid for 190 days, so until 2026-09-17\): 70 days before 2026-11-26/,
        },
      ],
    },
    {
      name: 'says when the evidence had expired before the decision',
      yaml: EXPIRY_EXAMPLE('approve', 20),
      findings: [
        {
          target: 'E1',
          line: 12,
          column: 143,
          messageId: 'expired',
          message: /already expired when the decision was taken on 2026-04-14/,
        },
      ],
    },
    {
      name: 'reports an item the day after it expires',
      yaml: expiresOnAsOf,
      asOf: '2026-11-27',
      findings: [{ target: 'E1', line: 12, column: 157, messageId: 'expired' }],
    },
  ],
});
