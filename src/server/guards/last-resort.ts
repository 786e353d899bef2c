// The catch under every request handler. Malformed input is refused by the
// guards before a handler runs, so reaching here is a bug in the server: the
// client gets a 500 with a code and no stack trace, the terminal gets the
// error once (a request repeated a thousand times must not flood it), and the
// process goes on serving.
import type http from 'node:http';
import { sendRefusal } from './node-http.js';
import { refuse } from './refusal.js';

/** Distinct errors logged before the rest are only answered: the log stays bounded too. */
const MAX_LOGGED = 50;

/** The request target reaches the terminal: no escape sequences from it. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export function lastResort(handler: Handler, log: (line: string) => void): Handler {
  const seen = new Set<string>();
  const fail = (req: http.IncomingMessage, res: http.ServerResponse, err: unknown) => {
    const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
    if (!seen.has(text) && seen.size < MAX_LOGGED) {
      seen.add(text);
      const target = printable((req.url ?? '').slice(0, 200));
      log(`warrant serve: internal error answering ${req.method} ${target}: ${text}`);
      if (seen.size === MAX_LOGGED) log('warrant serve: further internal errors are answered but not logged.');
    }
    if (res.headersSent) res.destroy();
    else sendRefusal(req, res, refuse('internal-error', 'The server failed to answer; the error is on its terminal.'));
  };
  return (req, res) => {
    try {
      const done = handler(req, res);
      if (done) done.catch((err: unknown) => fail(req, res, err));
    } catch (err) {
      fail(req, res, err);
    }
  };
}
