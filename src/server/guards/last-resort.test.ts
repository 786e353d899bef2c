// The catch under every handler: a bug answers 500 with a code and no stack
// trace, is logged once however often it happens, and the server goes on.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { lastResort } from './last-resort.js';

describe('lastResort', () => {
  it('turns a throw (or a rejection) into a 500 logged once, and keeps serving', async () => {
    const logged: string[] = [];
    const handler = lastResort(
      // Not async: /sync must throw synchronously, or the try/catch branch is never run.
      (req, res) => {
        if (req.url === '/sync') throw new Error('boom in a handler');
        if (req.url === '/async')
          return Promise.resolve().then(() => {
            throw new TypeError('async boom');
          });
        res.end('fine');
        return undefined;
      },
      (line) => logged.push(line),
    );
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ['/sync', '/sync', '/async', '/sync']) {
        const r = await fetch(base + path);
        assert.equal(r.status, 500);
        const body = await r.text();
        assert.equal(JSON.parse(body).error.code, 'internal-error');
        assert.ok(!/boom|at /.test(body), 'no error text or stack trace to the client');
        assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      }
      assert.equal(await (await fetch(`${base}/ok`)).text(), 'fine');
      assert.equal(logged.length, 2, logged.join('\n'));
      assert.match(logged[0]!, /internal error answering GET \/sync: Error: boom in a handler/);
      assert.match(logged[1]!, /TypeError: async boom/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
