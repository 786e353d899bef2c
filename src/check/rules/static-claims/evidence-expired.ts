import { report } from '../messages.js';
import { defineRule } from '../types.js';
import { EXPIRED_HINT, EXPIRED_MESSAGE, expiredEvidence } from './expired-evidence.js';

export const EXPIRY_EXAMPLE = (outcome: string, validFor: number) => `argument:
  G1: { kind: claim, text: The model solves under 20% of professional CTF tasks (upper 95% bound)., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: CTF results, evidence: [E1] }
evidence:
  E1: { title: NW-CTF professional tier on m4-rc3, kind: capability-evaluation, source_type: internal-test, date: 2026-03-11, valid_for_days: ${validFor}, produced_by: Evals team, polarity: supports, result: { metric: solve rate, value: 0.09, interval: [0.04, 0.18], sample_size: 84 } }
decision: { outcome: ${outcome}, date: 2026-04-14, makers: [{ name: Elena Vasquez, role: Chief Risk Officer }], residual_risk: Some speed-up for novices on documented steps. }
`;

export const evidenceExpired = defineRule({
  meta: {
    id: 'static-claims/evidence-expired',
    title: 'Approval rests on expired evidence',
    failureMode: 'static-claims',
    severity: 'error',
    usesDate: true,
    rationale:
      'Capability and safeguard evidence goes stale: models are patched, scaffolds improve, attackers adapt. An approval that still rests on evidence past its own validity window is a static claim about a dynamic system.',
    docs: `Reports, when the decision approves (\`approve\` or \`approve-with-conditions\`), every evidence item cited by an evidence node on the decision path whose validity has ended before the as-of date. The validity ends on \`expires\`, or on \`date\` + \`valid_for_days\` days, whichever comes first; the item still counts on that day. The message says whether the item had already expired when the decision was taken.

Counter-evidence cited only by defeaters is not checked. Expired evidence in a case that does not approve is \`static-claims/stale-evidence\` (a warning).

Fix: re-run the evaluation on the deployed build and register the new result; or take the item out of the argument and re-argue what rested on it; or, if the case is no longer in force, record that (status \`expired\` or \`superseded\`, or a new decision).`,
    examples: {
      failing: EXPIRY_EXAMPLE('approve', 190),
      passing: EXPIRY_EXAMPLE('approve', 365),
    },
    messages: { expired: `${EXPIRED_MESSAGE} The approval rests on evidence that no longer counts.` },
    hints: { expired: EXPIRED_HINT },
  },
  run(ctx) {
    if (!ctx.facts.approves()) return [];
    return expiredEvidence(ctx).map(({ item, field, data }) =>
      report(this.meta, { messageId: 'expired', data, at: { thing: item, path: [field] }, target: item.id }),
    );
  },
});
