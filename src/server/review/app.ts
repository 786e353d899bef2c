// The review server's HTTP API: every route of the list registered on one
// Hono app, each run the same way (size and type of the body checked before
// it is read, the caller authenticated, the body validated with its zod
// schema, If-Match read), and every refusal answered as JSON with a 4xx.
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import type { Store } from '../../store/store.js';
import { authenticate, requireScope } from './auth.js';
import { checkDeclared, ifMatchVersion, parseBody } from './body.js';
import { caseRoutes } from './case-routes.js';
import { challengeRoutes } from './challenge-routes.js';
import { errorBody, HttpError } from './errors.js';
import { eventRoutes } from './event-routes.js';
import { openApiDocument } from './openapi.js';
import { revisionLoader } from './revision-case.js';
import { DEFAULT_MAX_BODY, type Deps, type RouteSpec, reply, route } from './route.js';
import { sessionRoutes } from './session-routes.js';
import { voteRoutes } from './vote-routes.js';

const openApiRoute = route({
  method: 'get',
  path: '/api/openapi.json',
  summary: 'This document',
  tag: 'meta',
  need: 'none',
  refusals: [],
  handle: async (req) => reply(req.c, openApiDocument(REVIEW_ROUTES)),
});

/** Every route of the API: the app and the OpenAPI document are both made from this list. */
export const REVIEW_ROUTES: readonly RouteSpec[] = [
  openApiRoute,
  ...sessionRoutes,
  ...caseRoutes,
  ...challengeRoutes,
  ...voteRoutes,
  ...eventRoutes,
];

async function run(spec: RouteSpec, deps: Deps, c: Context): Promise<Response> {
  const max = spec.maxBytes ?? DEFAULT_MAX_BODY;
  if (spec.body) checkDeclared(c, max);
  const caller = spec.need === 'none' ? undefined : await authenticate(c, deps.store);
  if (caller && spec.need !== 'none') requireScope(caller, spec.need);
  const ifMatch = spec.ifMatch ? ifMatchVersion(c) : undefined;
  const body = spec.body ? await parseBody(c, spec.body, max) : undefined;
  return spec.handle({ c, deps, caller, body, ifMatch });
}

export interface AppOptions {
  readonly now?: () => string;
  readonly newId?: () => string;
  readonly pollMs?: number;
  /** Where unexpected errors are reported (the response says only that something failed). */
  readonly logError?: (e: unknown) => void;
}

export function reviewApp(store: Store, options: AppOptions = {}): Hono {
  const deps: Deps = {
    store,
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? randomUUID,
    loadRevision: revisionLoader(),
    pollMs: options.pollMs ?? 1000,
  };
  const app = new Hono();
  for (const spec of REVIEW_ROUTES) app.on(spec.method.toUpperCase(), spec.path, (c) => run(spec, deps, c));
  app.notFound((c) => c.json(errorBody('no-route', `no route ${c.req.method} ${c.req.path}`), 404));
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json(errorBody(err.code, err.message), err.status as 400);
    options.logError?.(err);
    return c.json(errorBody('internal', 'the server failed to answer; the error is in its log'), 500);
  });
  return app;
}
