// Every rule, grouped by the failure mode it addresses. A rule's id is a
// string literal (see defineRule), so RuleId is their union: a mistyped id in
// code does not compile.
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

export const RULES = [
  ...paperSafetyRules,
  ...staticClaimsRules,
  ...evidenceGapsRules,
  ...countercaseNeglectRules,
  ...reviewerCaptureRules,
  ...acceptabilityLaunderingRules,
  ...scopeSubstitutionRules,
  ...secrecyAsShieldRules,
  ...boundaryRules,
] as const;

/** The id of a rule: "<failure-mode>/<name>", one of RULES. */
export type RuleId = (typeof RULES)[number]['meta']['id'];

/** Any one of the rules, known by its id but not by its messages. */
export type KnownRule = Rule<RuleId>;

const BY_ID: ReadonlyMap<string, KnownRule> = new Map(RULES.map((r) => [r.meta.id, r]));

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

export function ruleById(id: RuleId): KnownRule {
  return BY_ID.get(id)!;
}
