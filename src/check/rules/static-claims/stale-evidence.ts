import { report } from '../messages.js';
import { defineRule } from '../types.js';
import { EXPIRY_EXAMPLE } from './evidence-expired.js';
import { EXPIRED_HINT, EXPIRED_MESSAGE, expiredEvidence } from './expired-evidence.js';

export const staleEvidence = defineRule({
  meta: {
    id: 'static-claims/stale-evidence',
    title: 'Expired evidence in a case not approved',
    failureMode: 'static-claims',
    severity: 'warning',
    usesDate: true,
    rationale:
      'A draft, deferred or rejected case that cites evidence past its validity window will carry stale evidence into the decision it is being prepared for. Better to find out before the review than after.',
    docs: `The same check as \`static-claims/evidence-expired\`, for cases whose decision does not approve (no decision yet, \`defer\` or \`reject\`): every evidence item cited by an evidence node on the decision path whose validity (\`expires\`, or \`date\` + \`valid_for_days\`) ended before the as-of date.

Fix: re-run the evaluation on the build to be decided on and register the new result, or take the item out of the argument.`,
    examples: {
      failing: EXPIRY_EXAMPLE('defer', 190),
      passing: EXPIRY_EXAMPLE('defer', 365),
    },
    messages: {
      expired: `${EXPIRED_MESSAGE} A decision taken on this case would rest on evidence that no longer counts.`,
    },
    hints: { expired: EXPIRED_HINT },
  },
  run(ctx) {
    if (ctx.facts.approves()) return [];
    return expiredEvidence(ctx).map(({ item, field, data }) =>
      report(this.meta, { messageId: 'expired', data, at: { thing: item, path: [field] }, target: item.id }),
    );
  },
});
