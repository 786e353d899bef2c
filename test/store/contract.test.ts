// The store's contract, run on SQLite and on PostgreSQL alike: whatever the
// engine, the same calls give the same results, the event log is append-only
// and one unbroken chain, and a stale write is refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { verifyChain } from '../../src/record/event-chain.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from './engines.js';
import { startWorker } from './workers.js';

/** A clock that ticks one second per call from a fixed start, so expiry is testable without waiting. */
function steppingClock(start = Date.parse('2026-12-07T00:00:00Z')) {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}

async function seedRevision(store: Store, caseId: string) {
  const user = await store.users.add(
    { name: `author-${caseId}`, clearances: ['public'], serverRole: 'member' },
    'system',
  );
  assert.ok(user.ok);
  assert.ok((await store.cases.create({ id: caseId, title: 'A case', config: { approvals: 1 } }, user.value.id)).ok);
  const rev = await store.cases.addRevision(
    caseId,
    { snapshot: { modules: { 'case.yaml': 'top: G1' } }, commit: null },
    user.value.id,
  );
  assert.ok(rev.ok);
  return { user: user.value, digest: rev.value.revision.digest };
}

/** Starts writers on one store, lets them all go at once when every one is ready, and returns their exit codes. */
async function runWorkers(url: string, tags: readonly string[], n: number): Promise<number[]> {
  const children = await Promise.all(tags.map((tag) => startWorker('append-worker', [url, tag, String(n)])));
  const exits = children.map((c) => new Promise<number>((resolve) => c.on('exit', (code) => resolve(code ?? 1))));
  // A worker that dies before it is ready must not hang the suite: its exit counts as ready (and fails the test).
  await Promise.all(
    children.map((c, i) => Promise.race([new Promise((resolve) => c.stdout?.once('data', resolve)), exits[i]])),
  );
  for (const c of children) c.stdin?.end('go\n');
  return Promise.all(exits);
}

for (const engine of ENGINES) {
  describe(`store contract on ${engine.name}`, () => {
    let db: TestDb;
    let store: Store;
    before(async () => {
      db = await engine.make();
      store = await db.open({ now: steppingClock() });
    });
    after(async () => {
      await store?.close();
      await db?.drop();
    });

    it('migrates once: opening again applies nothing and keeps the data', async () => {
      assert.deepEqual(store.migrated, ['001-initial']);
      await store.users.add({ name: 'kept', clearances: ['public'], serverRole: 'member' }, 'system');
      const again = await db.open();
      try {
        assert.deepEqual(again.migrated, []);
        assert.equal((await again.users.byName('kept'))?.name, 'kept');
      } finally {
        await again.close();
      }
    });

    it('refuses UPDATE and DELETE on events in the database itself', async () => {
      await store.users.add({ name: 'trigger-test', clearances: ['public'], serverRole: 'member' }, 'system');
      const head = await store.events.head();
      assert.ok(head);
      await assert.rejects(db.raw(`update events set actor = 'mallory' where seq = ${head.seq}`), /append-only/);
      await assert.rejects(db.raw(`delete from events where seq = ${head.seq}`), /append-only/);
      if (db.engine === 'postgres') await assert.rejects(db.raw('truncate events'), /append-only/);
      assert.deepEqual(await store.events.head(), head);
    });

    it('refuses DELETE on votes, and keeps a dismissed vote with its message', async () => {
      const { user, digest } = await seedRevision(store, 'votes-case');
      const vote = await store.votes.cast({
        caseId: 'votes-case',
        revision: digest,
        value: 'veto',
        tier: 'public',
        text: 'no',
        author: user.id,
      });
      assert.ok(vote.ok);
      await assert.rejects(db.raw(`delete from votes where id = '${vote.value.id}'`), /append-only/);
      assert.deepEqual(await store.votes.dismiss(vote.value.id, 1, '  ', user.id), {
        ok: false,
        error: 'invalid',
        what: 'a dismissal needs a message',
      });
      const dismissed = await store.votes.dismiss(vote.value.id, 1, 'superseded by the fix', user.id);
      assert.ok(dismissed.ok);
      assert.equal(dismissed.value.dismissed?.message, 'superseded by the fix');
      const again = await store.votes.dismiss(vote.value.id, 2, 'twice', user.id);
      assert.equal(again.ok ? 'applied' : again.error, 'invalid');
      assert.equal((await store.votes.ofCase('votes-case')).length, 1);
    });

    it('refuses a write with a stale version, naming the current one, and logs nothing for it', async () => {
      const created = await store.cases.create({ id: 'occ', title: 'v1', config: {} }, 'system');
      assert.ok(created.ok);
      const first = await store.cases.update('occ', 1, { title: 'v2' }, 'alice');
      assert.ok(first.ok);
      assert.equal(first.value.version, 2);
      const head = await store.events.head();
      const stale = await store.cases.update('occ', 1, { title: 'lost update' }, 'bob');
      assert.deepEqual(stale, { ok: false, error: 'conflict', current: 2 });
      assert.deepEqual(await store.events.head(), head);
      assert.equal((await store.cases.get('occ'))?.title, 'v2');
      assert.deepEqual(await store.cases.update('nope', 1, { title: 'x' }, 'bob'), {
        ok: false,
        error: 'not-found',
        what: 'case "nope"',
      });
    });

    it('refuses stale challenge moves and token revocations alike', async () => {
      const { user, digest } = await seedRevision(store, 'occ-challenge');
      const opened = await store.challenges.open({
        caseId: 'occ-challenge',
        revision: digest,
        target: { kind: 'node', id: 'G1' },
        kind: 'rebutting',
        severity: 'blocking',
        tier: 'internal',
        text: 'G1 is false',
        author: user.id,
      });
      assert.ok(opened.ok);
      assert.ok((await store.challenges.setStatus(opened.value.id, 1, 'answered', user.id)).ok);
      assert.deepEqual(await store.challenges.setStatus(opened.value.id, 1, 'withdrawn', user.id), {
        ok: false,
        error: 'conflict',
        current: 2,
      });
      const token = await store.tokens.create({ userId: user.id, scopes: ['review'], expiresAt: null }, 'system');
      assert.ok(token.ok);
      assert.ok((await store.tokens.revoke(token.value.token.id, 1, 'system')).ok);
      assert.deepEqual(await store.tokens.revoke(token.value.token.id, 1, 'system'), {
        ok: false,
        error: 'conflict',
        current: 2,
      });
    });

    it('round-trips unicode and large text exactly', async () => {
      const { user, digest } = await seedRevision(store, 'unicode');
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), async (text) => {
          const c = await store.challenges.open({
            caseId: 'unicode',
            revision: digest,
            target: { kind: 'link', id: 'G1 -> S1' },
            kind: 'undercutting',
            severity: 'non-blocking',
            tier: 'public',
            text,
            author: user.id,
          });
          assert.ok(c.ok);
          assert.equal((await store.challenges.get(c.value.id))?.text, text);
        }),
        { numRuns: 25 },
      );
      const big = `${'Ǆ̃ 𝔘 ﷽ \u202e'.repeat(150_000)}end`;
      const rev = await store.cases.addRevision('unicode', { snapshot: { big }, commit: 'a'.repeat(40) }, user.id);
      assert.ok(rev.ok);
      assert.deepEqual((await store.cases.revision('unicode', rev.value.revision.digest))?.snapshot, { big });
      const again = await store.cases.addRevision('unicode', { snapshot: { big }, commit: 'a'.repeat(40) }, user.id);
      assert.ok(again.ok);
      assert.equal(again.value.created, false);
    });

    it('keeps one verifiable chain over many writes, and verify names the first tampered event', async () => {
      for (let i = 0; i < 60; i++)
        await store.cases.create({ id: `many-${i}`, title: `${i}`, config: { i } }, 'system');
      const verdict = await store.events.verify();
      assert.ok(verdict.ok, JSON.stringify(verdict));
      const listed = await store.events.list(0, 100_000);
      assert.deepEqual(verifyChain(listed), verdict);
      assert.deepEqual(
        listed.map((e) => e.seq),
        listed.map((_, i) => i + 1),
      );
      const target = listed[10];
      assert.ok(target);
      await bypassTrigger(db, `update events set body = '{"id":"forged"}' where seq = ${target.seq}`);
      const broken = await store.events.verify();
      assert.equal(broken.ok, false);
      assert.equal(broken.ok ? 0 : broken.seq, target.seq);
      await bypassTrigger(
        db,
        `update events set body = '${target.body === null ? 'null' : JSON.stringify(target.body).replaceAll("'", "''")}' where seq = ${target.seq}`,
      );
      assert.ok((await store.events.verify()).ok);
    });

    it('two processes appending at once make one gapless, unforked chain', async () => {
      const before = (await store.events.head())?.seq ?? 0;
      const codes = await runWorkers(db.url, ['left', 'right'], 25);
      assert.deepEqual(codes, [0, 0]);
      const verdict = await store.events.verify();
      assert.ok(verdict.ok, JSON.stringify(verdict));
      assert.equal(verdict.events, before + 2 * 26);
      const events = await store.events.list(before, 1000);
      assert.equal(events.filter((e) => e.type === 'case.created').length, 50);
    });
  });
}

/** Runs a statement with the append-only triggers switched off: what only a database owner can do. */
async function bypassTrigger(db: TestDb, statement: string): Promise<void> {
  if (db.engine === 'postgres') {
    await db.raw('alter table events disable trigger user');
    await db.raw(statement);
    await db.raw('alter table events enable trigger user');
    return;
  }
  await db.raw('drop trigger events_no_update');
  await db.raw(statement);
  await db.raw(
    `create trigger events_no_update before update on events begin select raise(abort, 'events is append-only: update and delete refused'); end`,
  );
}
