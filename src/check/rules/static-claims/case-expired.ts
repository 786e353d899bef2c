import { report } from '../../report.js';
import { daysBetween } from '../facts.js';
import type { Rule } from '../types.js';

const ex = (expires: string) => `argument:
  G1: { kind: claim, text: Launching on the public API keeps cyber risk acceptable., undeveloped: true }
change_control:
  expires: ${expires}
  review_triggers:
    - { id: trg-build, kind: new-build, description: A new build }
`;

export const caseExpired: Rule = {
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
        report(
          this.meta,
          { thing: c.header, path: ['status'] },
          `Case ${id} is marked expired${when}, but its decision still approves (${c.decision!.value.outcome}): the deployment has no case in force.`,
          'Renew the case with a new decision and expiry, or record a decision that ends the deployment or restricts it.',
          { target: id },
        ),
      ];
    }
    if (!cc || !expires || expires >= asOf || status === 'expired' || status === 'superseded') return [];
    return [
      report(
        this.meta,
        { thing: cc, path: ['expires'] },
        `Case ${id} expired on ${expires}, ${daysBetween(expires, asOf)} days before ${asOf}${approves ? `, and its decision still approves (${c.decision!.value.outcome})` : ''}.`,
        'Renew the case: review it, update the evidence, take a new decision and set a new expiry; or mark it expired or superseded and record what replaced it.',
        { target: id },
      ),
    ];
  },
};
