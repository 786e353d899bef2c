import { daysBetween } from '../facts.js';
import { report } from '../messages.js';
import { defineRule } from '../types.js';

const ex = (expires: string) => `argument:
  G1: { kind: claim, text: Launching on the public API keeps cyber risk acceptable., undeveloped: true }
change_control:
  expires: ${expires}
  review_triggers:
    - { id: trg-build, kind: new-build, description: A new build }
`;

export const caseExpired = defineRule({
  meta: {
    id: 'static-claims/case-expired',
    title: 'Case past its expiry',
    failureMode: 'static-claims',
    severity: 'error',
    usesDate: true,
    rationale:
      'A case that states an expiry date says itself that after it, its argument no longer holds. A deployment still running on an expired case is running on nothing.',
    docs: `Reports:

- \`change_control.expires\` before the as-of date (the case still holds on its expiry date), unless the header status is already \`expired\` or \`superseded\` and nothing approves on it; or
- a header \`status: expired\` while the decision still approves: the case says it has lapsed, but its decision still stands as an approval.

Fix: renew the case (review it, update the evidence, take a new decision and set a new expiry), or record that the approval has ended (a new decision to restrict, or status \`superseded\` by the case that replaced it).`,
    examples: {
      failing: ex('2026-10-21'),
      passing: ex('2027-04-21'),
    },
    messages: {
      markedExpiredButApproved:
        'Case {{case}} is marked expired{{when}}, but its decision still approves ({{outcome}}): the deployment has no case in force.',
      expired: 'Case {{case}} expired on {{expires}}, {{days}} days before {{asOf}}{{approves}}.',
    },
    hints: {
      markedExpiredButApproved:
        'Renew the case with a new decision and expiry, or record a decision that ends the deployment or restricts it.',
      expired:
        'Renew the case: review it, update the evidence, take a new decision and set a new expiry; or mark it expired or superseded and record what replaced it.',
    },
  },
  run({ case: c, facts, asOf }) {
    const status = c.header.value.status;
    const approves = facts.approves();
    const cc = c.changeControl;
    const expires = cc?.value.expires;
    const id = c.header.value.id;
    if (status === 'expired' && approves) {
      const when = expires ? ` (it expired on ${expires})` : '';
      return [
        report(this.meta, {
          messageId: 'markedExpiredButApproved',
          data: { case: id, when, outcome: c.decision!.value.outcome },
          at: { thing: c.header, path: ['status'] },
          target: id,
        }),
      ];
    }
    if (!cc || !expires || expires >= asOf || status === 'expired' || status === 'superseded') return [];
    return [
      report(this.meta, {
        messageId: 'expired',
        data: {
          case: id,
          expires,
          days: daysBetween(expires, asOf),
          asOf,
          approves: approves ? `, and its decision still approves (${c.decision!.value.outcome})` : '',
        },
        at: { thing: cc, path: ['expires'] },
        target: id,
      }),
    ];
  },
});
