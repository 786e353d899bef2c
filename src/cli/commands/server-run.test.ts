// `warrant server`: bad usage exits 2 before anything starts; the server it
// starts answers on its port and closes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fakeIo, tempDir } from '../../../test/support/cli.js';
import { startReviewServer } from '../../server/review/listen.js';
import { openStore } from '../../store/store.js';
import { main } from '../main.js';

describe('warrant server', () => {
  it('refuses a bad port or a stray argument with exit 2', async () => {
    for (const argv of [
      ['server', '--port', 'x'],
      ['server', '--port', '70000'],
      ['server', 'extra'],
    ]) {
      const { io, err } = fakeIo(tempDir());
      assert.equal(await main(argv, io), 2, argv.join(' '));
      assert.match(err(), /port|unexpected argument/);
    }
  });

  it('serves the API on a free port and stops', async () => {
    const store = await openStore(`sqlite:${path.join(tempDir(), 'review.db')}`);
    const server = await startReviewServer(store, { host: '127.0.0.1', port: 0, logError: () => {} });
    try {
      const res = await fetch(`${server.url}/api/openapi.json`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { openapi: string }).openapi, '3.1.0');
      const denied = await fetch(`${server.url}/api/cases/c`);
      assert.equal(denied.status, 401);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
