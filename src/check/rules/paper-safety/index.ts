// The paper-safety rules, in the order the docs list them.
import { absoluteClaimSampledEvidence } from './absolute-claim-sampled-evidence.js';
import { approvedWhileDefeated } from './approved-while-defeated.js';
import { approvedWithUndevelopedClaims } from './approved-with-undeveloped-claims.js';
import { conditionTracksUnknown } from './condition-tracks-unknown.js';
import { evidenceWithoutSubstance } from './evidence-without-substance.js';
import { leafClaimWithoutEvidence } from './leaf-claim-without-evidence.js';
import { placeholderSupport } from './placeholder-support.js';
import { planAsEvidence } from './plan-as-evidence.js';

export const paperSafetyRules = [
  absoluteClaimSampledEvidence,
  placeholderSupport,
  leafClaimWithoutEvidence,
  planAsEvidence,
  evidenceWithoutSubstance,
  approvedWithUndevelopedClaims,
  approvedWhileDefeated,
  conditionTracksUnknown,
] as const;
