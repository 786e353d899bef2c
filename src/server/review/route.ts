// A route of the review API as data: method, path, what it needs, the zod
// schema of its body, and its handler. The app registers these and the
// OpenAPI document is generated from the same list, so neither can name a
// route the other lacks (openapi.test.ts holds them together).
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Store } from '../../store/store.js';
import type { Caller, Need } from './auth.js';
import type { LoadedRevision } from './revision-case.js';

export interface Deps {
  readonly store: Store;
  /** ISO-8601 UTC (tests fix it). */
  readonly now: () => string;
  readonly newId: () => string;
  readonly loadRevision: (digest: string, snapshot: unknown) => LoadedRevision;
  /** How often an event stream looks for new events (the log may be written by another process). */
  readonly pollMs: number;
}

export interface RouteRequest<B> {
  readonly c: Context;
  readonly deps: Deps;
  /** Undefined only on routes with need `none`. */
  readonly caller: Caller | undefined;
  readonly body: B;
  /** The version the client holds (If-Match), on routes that take one. */
  readonly ifMatch: number | undefined;
}

export interface RouteSpec<B = unknown> {
  readonly method: 'get' | 'post' | 'delete';
  /** Hono's form: /api/cases/:case. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** `none`: no caller needed (sign-in, the OpenAPI document). */
  readonly need: Need | 'none';
  readonly body?: z.ZodType<B>;
  /** Writes to a mutable item: If-Match with the version read is required. */
  readonly ifMatch?: boolean;
  /** Largest body accepted, in bytes (default DEFAULT_MAX_BODY). */
  readonly maxBytes?: number;
  /** Response codes besides 200 the route may answer, for the document. */
  readonly refusals: readonly number[];
  readonly handle: (req: RouteRequest<B>) => Promise<Response>;
}

/** Every body but a pushed revision's fits here: free text is at most 50,000 characters. */
export const DEFAULT_MAX_BODY = 512 * 1024;

/** Keeps the body type of each spec while the list holds them as one type. */
export const route = <B>(spec: RouteSpec<B>): RouteSpec => spec as unknown as RouteSpec;

/** The ETag of a version: a strong tag, the number quoted. */
export const etagOf = (version: number) => `"${version}"`;

/** A JSON reply, with its ETag when it is a mutable item. */
export function reply(c: Context, body: unknown, status = 200, version?: number): Response {
  if (version !== undefined) c.header('ETag', etagOf(version));
  return c.json(body as object, status as 200);
}
