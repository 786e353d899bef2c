// The acceptability-laundering rules, in the order the docs list them.
import { criterionWithoutThreshold } from './criterion-without-threshold.js';
import { highRiskWithoutCriterion } from './high-risk-without-criterion.js';
import { noAcceptabilityCriteria } from './no-acceptability-criteria.js';
import { noAcceptanceRationale } from './no-acceptance-rationale.js';
import { noAffectedNonUsers } from './no-affected-non-users.js';
import { standardSetByAuthors } from './standard-set-by-authors.js';
import { thresholdRelaxedAfterResults } from './threshold-relaxed-after-results.js';
import { thresholdSetAfterResults } from './threshold-set-after-results.js';
import { thresholdWithoutHistory } from './threshold-without-history.js';
import { vagueStandard } from './vague-standard.js';
import { vagueTopClaim } from './vague-top-claim.js';

export const acceptabilityLaunderingRules = [
  noAcceptabilityCriteria,
  vagueStandard,
  standardSetByAuthors,
  noAffectedNonUsers,
  noAcceptanceRationale,
  vagueTopClaim,
  criterionWithoutThreshold,
  highRiskWithoutCriterion,
  thresholdRelaxedAfterResults,
  thresholdSetAfterResults,
  thresholdWithoutHistory,
] as const;
