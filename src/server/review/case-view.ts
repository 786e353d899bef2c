// What several routes read of a case for one caller: its access, the
// current revision loaded as a case (for publication redactions and status),
// and a challenge of the case by id.
import type { Publication } from '../../model/schema.js';
import { publicationOf } from '../../review/projection.js';
import type { Challenge } from '../../review/types.js';
import { type CaseAccess, caseAccess } from './access.js';
import { HttpError } from './errors.js';
import type { Deps, RouteRequest } from './route.js';

/** The case named in the path, as the caller may act in it (404 when they may not see it). */
export function accessOf(req: RouteRequest<unknown>): Promise<CaseAccess> {
  if (!req.caller) throw new HttpError(401, 'unauthenticated', 'sign in, or send an API token');
  return caseAccess(req.deps.store, req.caller, req.c.req.param('case') ?? '');
}

/** The publication section of the current revision, for the stubs' why. */
export function publicationNow(deps: Deps, access: CaseAccess): Publication | undefined {
  const cur = access.current;
  if (!cur) return undefined;
  const loaded = deps.loadRevision(cur.digest, cur.snapshot).case;
  return loaded && publicationOf(loaded);
}

/** The challenge of this case with the id in the path; one in another case is not found here. */
export async function challengeOf(deps: Deps, access: CaseAccess, id: string): Promise<Challenge> {
  const ch = await deps.store.challenges.get(id);
  if (!ch || ch.caseId !== access.case.id) throw new HttpError(404, 'not-found', `no challenge ${id} in this case`);
  return ch;
}
