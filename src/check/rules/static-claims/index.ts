// The static-claims rules, in the order the docs list them.
import { caseExpired } from './case-expired.js';
import { conditionDueAfterExpiry } from './condition-due-after-expiry.js';
import { evidenceAfterDecision } from './evidence-after-decision.js';
import { evidenceExpired } from './evidence-expired.js';
import { evidenceWithoutValidityWindow } from './evidence-without-validity-window.js';
import { noExpiry } from './no-expiry.js';
import { noReviewTriggers } from './no-review-triggers.js';
import { reviewTriggerFired } from './review-trigger-fired.js';
import { staleEvidence } from './stale-evidence.js';
import { validityStartUnmet } from './validity-start-unmet.js';

export const staticClaimsRules = [
  evidenceExpired,
  staleEvidence,
  evidenceAfterDecision,
  evidenceWithoutValidityWindow,
  caseExpired,
  validityStartUnmet,
  reviewTriggerFired,
  noReviewTriggers,
  noExpiry,
  conditionDueAfterExpiry,
] as const;
