// Who is calling: an API token (Authorization: Bearer, for tools) or a
// browser session (an HttpOnly cookie, with the session's CSRF secret echoed
// in a header on every unsafe method). Both resolve to a store user; the
// routes then ask the review core what that user may do in a case.
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { User } from '../../store/accounts.js';
import type { Store } from '../../store/store.js';
import { HttpError } from './errors.js';

export const SESSION_COOKIE = 'warrant_session';
export const CSRF_HEADER = 'x-csrf-token';
/** A token carrying only this scope can be exchanged for a session and nothing else. */
export const SIGN_IN_SCOPE = 'sign-in';

/** What a route needs from a token: `read` any API scope, `review` review writes, `push` pushing revisions. */
export type Need = 'read' | 'review' | 'push';

export interface Caller {
  readonly user: User;
  /** The token's scopes; undefined for a session (a person signed in acts with all their permissions). */
  readonly scopes: readonly string[] | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when two secrets are equal, compared in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The caller of a request, or a 401/403 HttpError. A bearer token wins over a
 * cookie, so a tool never depends on the browser's state.
 */
export async function authenticate(c: Context, store: Store): Promise<Caller> {
  const auth = c.req.header('authorization');
  if (auth !== undefined) {
    const m = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(auth.trim());
    if (!m?.[1]) throw new HttpError(401, 'unauthenticated', 'the Authorization header must be "Bearer <token>"');
    const found = await store.tokens.authenticate(m[1]);
    if (!found) throw new HttpError(401, 'unauthenticated', 'the token is unknown, revoked or expired');
    return { user: found.user, scopes: found.token.scopes };
  }
  const sid = getCookie(c, SESSION_COOKIE);
  if (sid === undefined) throw new HttpError(401, 'unauthenticated', 'sign in, or send an API token');
  const session = await store.sessions.lookup(sid);
  const user = session && (await store.users.byId(session.userId));
  if (!session || !user || user.disabled) throw new HttpError(401, 'unauthenticated', 'the session has ended');
  if (!SAFE_METHODS.has(c.req.method) && !sameSecret(c.req.header(CSRF_HEADER) ?? '', session.csrfSecret)) {
    throw new HttpError(403, 'csrf', `a ${c.req.method} from a browser session needs the ${CSRF_HEADER} header`);
  }
  return { user, scopes: undefined };
}

/** Refuses a token whose scopes do not cover what the route needs (no scopes: the user's own permissions). */
export function requireScope(caller: Caller, need: Need): void {
  const scopes = caller.scopes;
  if (scopes === undefined || scopes.length === 0) return;
  const ok = need === 'read' ? scopes.some((s) => s !== SIGN_IN_SCOPE) : scopes.includes(need);
  if (!ok) throw new HttpError(403, 'scope', `this token's scopes (${scopes.join(', ')}) do not allow ${need}`);
}
