// The caller as the review core sees them in one case: their level, roles and
// clearance (src/review/permissions.ts actorFor). A case the caller has no
// grant on answers exactly as a case that does not exist, so probing ids
// tells an outsider nothing.
import { actorFor } from '../../review/permissions.js';
import type { Actor, RoleAssignment } from '../../review/types.js';
import type { Revision, StoredCase } from '../../store/cases.js';
import type { Store } from '../../store/store.js';
import type { Caller } from './auth.js';
import { HttpError } from './errors.js';

export interface CaseAccess {
  readonly case: StoredCase;
  readonly actor: Actor;
  /** The newest revision pushed; undefined before the first push. */
  readonly current: Revision | undefined;
}

export const caseNotFound = (id: string) => new HttpError(404, 'not-found', `no case "${id}"`);

export async function caseAccess(store: Store, caller: Caller, caseId: string): Promise<CaseAccess> {
  const found = await store.cases.get(caseId);
  if (!found) throw caseNotFound(caseId);
  const userId = caller.user.id;
  const [grants, roles, teams] = await Promise.all([
    store.grants.reaching(caseId, userId),
    store.roles.of(caseId, userId),
    store.teams.teamsOf(userId),
  ]);
  const assignments: RoleAssignment[] = roles.map((role) => ({ caseId, user: userId, role }));
  const actor = actorFor(caseId, { user: userId, teams, clearance: caller.user.clearances }, grants, assignments);
  if (!actor) throw caseNotFound(caseId);
  const revisions = await store.cases.revisions(caseId);
  return { case: found, actor, current: revisions.at(-1) };
}

/** The current revision, or a 409 when nothing has been pushed yet. */
export function currentRevision(access: CaseAccess): Revision {
  if (!access.current) throw new HttpError(409, 'no-revision', `case "${access.case.id}" has no revision yet`);
  return access.current;
}
