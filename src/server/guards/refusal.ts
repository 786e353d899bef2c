// A request the server will not serve: a status, a stable code a client can
// match on, and a sentence for a person. Every code is listed here once, with
// its status, so the docs and the tests can hold the servers to the same list.

export const REFUSALS = {
  'target-too-long': { status: 414, why: 'The request target is longer than the server accepts.' },
  'bad-target': { status: 400, why: 'The request target is not a path from the root with URL characters.' },
  'bad-encoding': {
    status: 400,
    why: 'A percent-escape is malformed (% not followed by two hex digits) or decodes to bytes that are not UTF-8.',
  },
  'bad-path': {
    status: 400,
    why: 'A path segment is empty, `.` or `..`, or holds a slash, a backslash or a control character once decoded.',
  },
  'missing-host': { status: 400, why: 'The request has no Host header.' },
  'forbidden-host': {
    status: 403,
    why: "The Host header names neither the server's address nor a name allowed with --allow-host (DNS rebinding).",
  },
  'forbidden-origin': {
    status: 403,
    why: 'A page of another origin asked for an event stream or sent a request that is not a GET of a page.',
  },
  'method-not-allowed': { status: 405, why: 'The method is not one the server answers; the Allow header lists those.' },
  'too-many-streams': {
    status: 503,
    why: 'Every event-stream slot is taken; the Retry-After header says when to try again.',
  },
  'internal-error': {
    status: 500,
    why: 'A bug in the server; it is logged once on the terminal and the server goes on.',
  },
} as const satisfies Record<string, { status: number; why: string }>;

export type RefusalCode = keyof typeof REFUSALS;

export interface Refusal {
  status: number;
  code: RefusalCode;
  message: string;
  /** Headers the status needs: Allow with 405, Retry-After with 503. */
  headers?: Record<string, string>;
}

export function refuse(code: RefusalCode, message: string, headers?: Record<string, string>): Refusal {
  return { status: REFUSALS[code].status, code, message, ...(headers ? { headers } : {}) };
}

export function isRefusal(x: object): x is Refusal {
  return 'code' in x && 'status' in x;
}

/** The body of a refusal: JSON a script can read, short enough to read in a browser tab. */
export function refusalBody(r: Refusal): string {
  return `${JSON.stringify({ error: { status: r.status, code: r.code, message: r.message } })}\n`;
}
