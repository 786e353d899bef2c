// How the HTTP API says no: every refusal is JSON `{ error: { code, message } }`
// with a 4xx status. The review core's refusal codes and the store's typed
// refusals map here, once, so every route answers the same code the same way.
import type { Refusal as StoreRefusal } from '../../store/results.js';

export interface ApiError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** The review core's refusal codes (docs/server.md "Refusals") and their HTTP status. */
export const REFUSAL_STATUS: Readonly<Record<string, number>> = {
  'not-permitted': 403,
  'not-found': 404,
  'tier-not-cleared': 403,
  stale: 412,
  'bad-transition': 409,
  'outdated-revision': 409,
  'already-overridden': 409,
  'hash-mismatch': 422,
  'duplicate-path': 422,
  'duplicate-item': 422,
  'missing-root': 422,
  'bad-path': 422,
};

/** Thrown by a route to answer with a JSON error; the app's error handler turns it into the response. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** A review-core refusal as an HTTP error; an unknown code is a 400 rather than a 5xx. */
export function refusalError(r: { readonly code: string; readonly message: string }): HttpError {
  return new HttpError(REFUSAL_STATUS[r.code] ?? 400, r.code, r.message);
}

/**
 * A store refusal as an HTTP error. `what` can name a row the reader may not
 * see (a revision, a challenge id), so not-found says only what was asked for.
 */
export function storeError(r: StoreRefusal): HttpError {
  switch (r.error) {
    case 'conflict':
      return new HttpError(412, 'stale', `the item changed: its version is now ${r.current}`);
    case 'not-found':
      return new HttpError(404, 'not-found', `no such ${r.what}`);
    case 'exists':
      return new HttpError(409, 'exists', `${r.what} already exists`);
    case 'invalid':
      return new HttpError(409, 'invalid', r.what);
  }
}

export const errorBody = (code: string, message: string) => ({ error: { code, message } });
