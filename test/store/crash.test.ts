// kill -9 of writers in the middle of a burst, on both engines: after it,
// every write the store acknowledged is there, nothing half-written is (a case
// without its event, or an event without its case), and the chain verifies.
// Each kill comes after a random number of acknowledgements, not after a time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from './engines.js';
import { startWorker } from './workers.js';

/** Starts a writer, kills it (SIGKILL) once it has acknowledged `acks` writes, and returns the ids it acknowledged. */
async function killAfter(url: string, tag: string, acks: number): Promise<number[]> {
  const child = await startWorker('crash-worker', [url, tag]);
  return new Promise((resolve, reject) => {
    const acked: number[] = [];
    let buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^ack (\d+)$/.exec(line);
        if (m) acked.push(Number(m[1]));
        if (acked.length === acks) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`the writer exited by itself (code ${code})`)),
    );
  });
}

for (const engine of ENGINES) {
  describe(`kill -9 during writes on ${engine.name}`, () => {
    let db: TestDb;
    let store: Store;
    before(async () => {
      db = await engine.make();
      store = await db.open();
    });
    after(async () => {
      await store?.close();
      await db?.drop();
    });

    it('loses nothing acknowledged and shows nothing half-written: three writers, each killed at a random moment', async () => {
      const counts = fc.sample(fc.integer({ min: 1, max: 40 }), 3);
      // Started together so that their start-ups overlap (one takes seconds on a busy machine).
      const rounds = await Promise.all(counts.map((acks, round) => killAfter(db.url, `r${round}`, acks)));
      for (const [round, acked] of rounds.entries())
        for (const i of acked)
          assert.ok(await store.cases.get(`r${round}-${i}`), `r${round}-${i} was acknowledged and is lost`);
      const verdict = await store.events.verify();
      assert.ok(verdict.ok, JSON.stringify(verdict));
      const events = await store.events.list(0, 100_000);
      const logged = new Set(events.filter((e) => e.type === 'case.created').map((e) => e.caseId));
      const rows = (await db.raw('select id from cases')) as { id: string }[];
      assert.deepEqual(new Set(rows.map((r) => r.id)), logged, 'every case has its event and every event its case');
    });
  });
}
