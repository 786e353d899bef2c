import { ruleTester } from '../../../../test/support/rule-tester.js';
import { EXPIRY_EXAMPLE } from './evidence-expired.js';
import { staleEvidence as rule } from './stale-evidence.js';

ruleTester(rule, {
  valid: [
    {
      name: 'is silent when the decision approves (evidence-expired reports it)',
      yaml: EXPIRY_EXAMPLE('approve', 190),
    },
  ],
  invalid: [
    {
      name: 'reports in a deferred case',
      yaml: EXPIRY_EXAMPLE('defer', 190),
      findings: [
        {
          target: 'E1',
          line: 12,
          column: 143,
          messageId: 'expired',
          message: /A decision taken on this case would rest on evidence that no longer counts\.$/,
        },
      ],
    },
    {
      name: 'reports in a case with no decision yet',
      yaml: EXPIRY_EXAMPLE('defer', 190).replace(/decision:.*\n/, ''),
      findings: [{ target: 'E1', line: 12, column: 143, messageId: 'expired' }],
    },
  ],
});
