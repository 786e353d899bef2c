// Setting a sign-off requirement aside: a decision maker's act on the current
// revision, with a written justification that goes into the record. Once per
// requirement and revision: a second would rewrite what the first said.
import type { ReviewEvent, Stamp } from './challenge-flow.js';
import { may } from './permissions.js';
import type { ReviewResult } from './result.js';
import { accept, refuse } from './result.js';
import type { Actor, Override, RequirementName } from './types.js';

export interface OverrideRequest {
  readonly revision: string;
  readonly requirement: RequirementName;
  readonly justification: string;
}

export function makeOverride(
  actor: Actor,
  request: OverrideRequest,
  stamp: Stamp,
  existing: readonly Override[],
): ReviewResult<{ override: Override; event: ReviewEvent }> {
  const allowed = may(actor, 'override');
  if (!allowed.ok) return allowed;
  if (request.revision !== stamp.revision) {
    return refuse('outdated-revision', `revision ${request.revision} is not the current one (${stamp.revision})`);
  }
  const earlier = existing.find((o) => o.requirement === request.requirement && o.revision === request.revision);
  if (earlier) {
    return refuse('already-overridden', `${request.requirement} was overridden on this revision by ${earlier.by}`);
  }
  const override: Override = { ...request, caseId: stamp.caseId, by: actor.user, at: stamp.now };
  return accept({ override, event: { type: 'requirement.overridden', body: override, tiers: [] } });
}
