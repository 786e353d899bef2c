// The boundary rules, in the order the docs list them.
import { claimRestsOnNonArgumentArtefact } from './claim-rests-on-non-argument-artefact.js';
import { frameworkComplianceClaim } from './framework-compliance-claim.js';
import { generalSafetyClaim } from './general-safety-claim.js';
import { noOperationalContext } from './no-operational-context.js';
import { topClaimRestsOnNonArgumentArtefacts } from './top-claim-rests-on-non-argument-artefacts.js';
import { vagueDecisionBoundary } from './vague-decision-boundary.js';

export const boundaryRules = [
  topClaimRestsOnNonArgumentArtefacts,
  claimRestsOnNonArgumentArtefact,
  frameworkComplianceClaim,
  generalSafetyClaim,
  noOperationalContext,
  vagueDecisionBoundary,
] as const;
