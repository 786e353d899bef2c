// The guards on node:http: a request as the guards see it, a refusal as a
// response, and a response as an event-stream sink.
import type http from 'node:http';
import type { StreamSink } from './event-streams.js';
import { type Refusal, refusalBody } from './refusal.js';
import type { GuardedRequest } from './request-guard.js';
import { securityHeaders } from './security-headers.js';

export function guardedRequest(req: http.IncomingMessage): GuardedRequest {
  return {
    method: req.method ?? '',
    target: req.url ?? '',
    header: (name) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    },
  };
}

/** Answer with the refusal as JSON, with the security headers (and no body to a HEAD). */
export function sendRefusal(req: http.IncomingMessage, res: http.ServerResponse, r: Refusal): void {
  const body = refusalBody(r);
  res.writeHead(r.status, {
    ...securityHeaders(),
    ...r.headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function responseSink(res: http.ServerResponse): StreamSink {
  // A write after the peer has gone must not become an unhandled 'error' event.
  res.on('error', () => res.destroy());
  return {
    write: (chunk) => res.write(chunk),
    buffered: () => res.writableLength,
    onDrain: (f) => void res.once('drain', f),
    onClose: (f) => {
      if (res.destroyed || res.writableFinished) f();
      else res.once('close', f);
    },
    end: () => res.end(),
    destroy: () => res.destroy(),
  };
}
