// Signing in from a browser: a password, or the one-time sign-in token
// `warrant server user add` prints, is exchanged for a session cookie
// (HttpOnly, SameSite=Strict) and a CSRF token the page sends back on every
// unsafe request. Failed attempts are counted per account and per client
// address; over the cap the server refuses before it checks a password.
import { setCookie } from 'hono/cookie';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../../node/passwords.js';
import { principalIdSchema } from '../../review/schemas.js';
import type { Store } from '../../store/store.js';
import { SESSION_COOKIE, SIGN_IN_SCOPE } from './auth.js';
import { HttpError, storeError } from './errors.js';
import { type Deps, type RouteRequest, reply, route } from './route.js';

export const loginBodySchema = z
  .union([
    z.strictObject({ name: principalIdSchema, password: z.string().min(1).max(1024) }),
    z.strictObject({ token: z.string().min(1).max(200) }),
  ])
  .meta({ id: 'LoginBody', description: 'A name and password, or a one-time sign-in token.' });

/** Failures allowed per account, and per client address, in the window. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 50, windowMs: 15 * 60 * 1000 } as const;
const SESSION_MS = 12 * 60 * 60 * 1000;

let dummy: Promise<string> | undefined;
const dummyHash = () => {
  dummy ??= hashPassword('not a password of anyone');
  return dummy;
};

const refused = () => new HttpError(401, 'unauthenticated', 'the name, password or token is not right');

async function throttle(deps: Deps, keys: readonly string[]): Promise<void> {
  const since = new Date(Date.parse(deps.now()) - LOGIN_LIMITS.windowMs).toISOString();
  const [account, address] = await Promise.all(keys.map((k) => deps.store.logins.failuresSince(k, since)));
  if ((account ?? 0) >= LOGIN_LIMITS.perAccount || (address ?? 0) >= LOGIN_LIMITS.perAddress) {
    throw new HttpError(429, 'rate-limited', 'too many failed sign-ins: wait 15 minutes and try again');
  }
}

/** The user a login body names, when its password or sign-in token is right (the token is used up). */
async function signedIn(store: Store, body: z.infer<typeof loginBodySchema>): Promise<string | undefined> {
  if ('token' in body) {
    const found = await store.tokens.authenticate(body.token);
    if (!found?.token.scopes.includes(SIGN_IN_SCOPE)) return undefined;
    const used = await store.tokens.revoke(found.token.id, found.token.version, found.user.id);
    return used.ok ? found.user.id : undefined;
  }
  const user = await store.users.byName(body.name);
  const hash = await store.users.passwordHash(body.name);
  // An unknown name costs the same scrypt as a known one, so timing does not tell which names exist.
  const right = await verifyPassword(body.password, hash ?? (await dummyHash()));
  return user && !user.disabled && hash && right ? user.id : undefined;
}

async function login(req: RouteRequest<z.infer<typeof loginBodySchema>>): Promise<Response> {
  const { deps, c, body } = req;
  const address = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || 'direct';
  const keys = ['token' in body ? `token:${body.token.slice(0, 9)}` : `name:${body.name}`, `addr:${address}`];
  await throttle(deps, keys);
  const userId = await signedIn(deps.store, body);
  await Promise.all(keys.map((k) => deps.store.logins.record(k, userId !== undefined)));
  if (!userId) throw refused();
  const expires = new Date(Date.parse(deps.now()) + SESSION_MS);
  const started = await deps.store.sessions.start(userId, expires.toISOString());
  if (!started.ok) throw storeError(started);
  setCookie(c, SESSION_COOKIE, started.value.id, { httpOnly: true, sameSite: 'Strict', path: '/api', expires });
  return reply(c, { user: userId, csrfToken: started.value.session.csrfSecret, expiresAt: expires.toISOString() }, 201);
}

async function logout(req: RouteRequest<unknown>): Promise<Response> {
  const sid = req.c.req.header('cookie')?.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))?.[1];
  if (sid) await req.deps.store.sessions.end(sid);
  setCookie(req.c, SESSION_COOKIE, '', { httpOnly: true, sameSite: 'Strict', path: '/api', maxAge: 0 });
  return reply(req.c, { ended: true });
}

export const sessionRoutes = [
  route({
    method: 'post',
    path: '/api/session',
    summary: 'Sign in: a session cookie and a CSRF token (rate limited)',
    tag: 'session',
    need: 'none',
    body: loginBodySchema,
    refusals: [400, 401, 413, 415, 429],
    handle: login,
  }),
  route({
    method: 'delete',
    path: '/api/session',
    summary: 'Sign out: end the session',
    tag: 'session',
    need: 'read',
    refusals: [401, 403],
    handle: logout,
  }),
];
