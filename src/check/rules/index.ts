// Every rule, grouped by the failure mode it addresses.
import { acceptabilityLaunderingRules } from './acceptability-laundering/index.js';
import { boundaryRules } from './boundary/index.js';
import { countercaseNeglectRules } from './countercase-neglect/index.js';
import { evidenceGapsRules } from './evidence-gaps/index.js';
import { paperSafetyRules } from './paper-safety/index.js';
import { reviewerCaptureRules } from './reviewer-capture/index.js';
import { scopeSubstitutionRules } from './scope-substitution/index.js';
import { secrecyAsShieldRules } from './secrecy-as-shield/index.js';
import { staticClaimsRules } from './static-claims/index.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  ...paperSafetyRules,
  ...staticClaimsRules,
  ...evidenceGapsRules,
  ...countercaseNeglectRules,
  ...reviewerCaptureRules,
  ...acceptabilityLaunderingRules,
  ...scopeSubstitutionRules,
  ...secrecyAsShieldRules,
  ...boundaryRules,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
