// The scope-substitution rules, in the order the docs list them.
import { caseReusedForOtherDecision } from './case-reused-for-other-decision.js';
import { conditionsWidenScope } from './conditions-widen-scope.js';
import { evidenceBuildUnstated } from './evidence-build-unstated.js';
import { evidenceFewerSteps } from './evidence-fewer-steps.js';
import { evidenceFewerTools } from './evidence-fewer-tools.js';
import { evidenceOtherAccessTier } from './evidence-other-access-tier.js';
import { evidenceOtherBuild } from './evidence-other-build.js';
import { evidenceOtherPopulation } from './evidence-other-population.js';
import { evidenceOtherScaffold } from './evidence-other-scaffold.js';
import { evidenceUnderReview } from './evidence-under-review.js';
import { reachesIntoExclusion } from './reaches-into-exclusion.js';

export const scopeSubstitutionRules = [
  evidenceOtherBuild,
  evidenceBuildUnstated,
  evidenceFewerTools,
  evidenceFewerSteps,
  evidenceOtherAccessTier,
  evidenceOtherScaffold,
  evidenceOtherPopulation,
  evidenceUnderReview,
  conditionsWidenScope,
  reachesIntoExclusion,
  caseReusedForOtherDecision,
] as const;
