import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { EXAMPLE_HEADER } from '../../examples.js';
import { caseExpired as rule } from './case-expired.js';

const failing = rule.meta.examples.failing as string;
const decision =
  'decision: { outcome: approve, date: 2026-04-14, makers: [{ name: Elena Vasquez, role: CRO }], residual_risk: Some. }\n';
/** The standard header with another case status. */
const status = (s: string) => edit(EXAMPLE_HEADER, 'status: draft', `status: ${s}`);

ruleTester(rule, {
  valid: [
    { name: 'still holds on its expiry date', yaml: failing, asOf: '2026-10-21' },
    {
      name: 'accepts a case honestly marked expired with no approval in force',
      yaml: failing,
      header: status('expired'),
    },
    { name: 'accepts a superseded case, approval or not', yaml: failing + decision, header: status('superseded') },
  ],
  invalid: [
    {
      name: 'reports a case past its expiry',
      yaml: failing,
      findings: [{ target: 'example', line: 11, column: 12, messageId: 'expired' }],
    },
    {
      name: 'says how long ago and that the approval stands',
      yaml: failing + decision,
      findings: [
        {
          target: 'example',
          line: 11,
          column: 12,
          messageId: 'expired',
          message: /expired on 2026-10-21, 36 days before 2026-11-26, and its decision still approves/,
        },
      ],
    },
    {
      name: 'reports a case marked expired whose decision still approves',
      yaml: failing + decision,
      header: status('expired'),
      findings: [
        {
          target: 'example',
          line: 6,
          column: 11,
          messageId: 'markedExpiredButApproved',
          message: /marked expired \(it expired on 2026-10-21\), but its decision still approves/,
        },
      ],
    },
  ],
});
