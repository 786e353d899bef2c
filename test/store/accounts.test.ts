// Accounts in the store, on both engines: identities, tokens (stored hashed,
// refused when revoked or expired), sessions and login-attempt counters.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from './engines.js';

/** A clock the test moves by hand. */
function handClock(start: string) {
  let t = Date.parse(start);
  const now = () => new Date(t).toISOString();
  return { now, advance: (ms: number) => void (t += ms) };
}

for (const engine of ENGINES) {
  describe(`accounts on ${engine.name}`, () => {
    let db: TestDb;
    let store: Store;
    const clock = handClock('2026-12-07T10:00:00Z');
    before(async () => {
      db = await engine.make();
      store = await db.open({ now: clock.now });
    });
    after(async () => {
      await store?.close();
      await db?.drop();
    });

    it('adds a user under a unique name and a unique (issuer, subject)', async () => {
      const ada = await store.users.add(
        { name: 'ada', clearances: ['internal', 'public', 'public'], serverRole: 'admin' },
        'system',
      );
      assert.ok(ada.ok);
      assert.deepEqual(ada.value.clearances, ['internal', 'public']);
      assert.equal(ada.value.issuer, 'local');
      assert.equal(ada.value.subject, 'ada');
      assert.deepEqual(await store.users.add({ name: 'ada', clearances: [], serverRole: 'member' }, 'system'), {
        ok: false,
        error: 'exists',
        what: 'user "ada"',
      });
      const sso = { issuer: 'https://sso.example', subject: '42', clearances: [], serverRole: 'member' } as const;
      assert.ok((await store.users.add({ ...sso, name: 'ada-sso' }, 'system')).ok);
      const twin = await store.users.add({ ...sso, name: 'other' }, 'system');
      assert.equal(twin.ok ? 'applied' : twin.error, 'exists');
    });

    it('changes clearances only at the current version, and logs the change', async () => {
      const u = await store.users.add({ name: 'bo', clearances: ['public'], serverRole: 'member' }, 'system');
      assert.ok(u.ok);
      const set = await store.users.setClearances(u.value.id, 1, ['regulator'], 'ada');
      assert.ok(set.ok);
      assert.deepEqual(set.value.clearances, ['regulator']);
      assert.deepEqual(await store.users.setClearances(u.value.id, 1, ['restricted'], 'ada'), {
        ok: false,
        error: 'conflict',
        current: 2,
      });
      const last = (await store.events.list(0, 1000)).at(-1);
      assert.equal(last?.type, 'user.clearances-set');
      assert.deepEqual(last?.body, { id: u.value.id, clearances: ['regulator'] });
    });

    it('keeps a password hash out of every event and every user record', async () => {
      const u = await store.users.add(
        { name: 'cy', clearances: [], serverRole: 'member', passwordHash: 'scrypt$15$8$1$c2FsdA$a2V5' },
        'system',
      );
      assert.ok(u.ok);
      assert.equal(u.value.hasPassword, true);
      assert.equal(await store.users.passwordHash('cy'), 'scrypt$15$8$1$c2FsdA$a2V5');
      const log = JSON.stringify(await store.events.list(0, 1000));
      assert.ok(!log.includes('a2V5'));
      assert.ok(!JSON.stringify(u.value).includes('a2V5'));
    });

    it('authenticates a token until it is revoked or expires, and stores only its hash', async () => {
      const u = await store.users.add({ name: 'dee', clearances: ['public'], serverRole: 'member' }, 'system');
      assert.ok(u.ok);
      const inOneHour = new Date(Date.parse(clock.now()) + 3_600_000).toISOString();
      const made = await store.tokens.create(
        { userId: u.value.id, scopes: ['review', 'push'], expiresAt: inOneHour },
        'dee',
      );
      assert.ok(made.ok);
      const { secret, token } = made.value;
      assert.match(secret, /^wt_[A-Za-z0-9_-]{43}$/);
      assert.deepEqual(token.scopes, ['push', 'review']);
      assert.equal((await store.tokens.authenticate(secret))?.user.name, 'dee');
      assert.equal(await store.tokens.authenticate(`${secret}x`), undefined);
      const rows = JSON.stringify(await db.raw('select * from api_tokens'));
      assert.ok(!rows.includes(secret) && !JSON.stringify(await store.events.list(0, 1000)).includes(secret));
      clock.advance(3_600_000);
      assert.equal(await store.tokens.authenticate(secret), undefined, 'expired at its expiry time');
      const forever = await store.tokens.create({ userId: u.value.id, scopes: [], expiresAt: null }, 'dee');
      assert.ok(forever.ok);
      assert.ok(await store.tokens.authenticate(forever.value.secret));
      assert.ok((await store.tokens.revoke(forever.value.token.id, 1, 'dee')).ok);
      assert.equal(await store.tokens.authenticate(forever.value.secret), undefined);
      const past = await store.tokens.create(
        { userId: u.value.id, scopes: [], expiresAt: '2020-01-01T00:00:00.000Z' },
        'dee',
      );
      assert.equal(past.ok ? 'applied' : past.error, 'invalid');
      const nobody = await store.tokens.create({ userId: 'no-such-user', scopes: [], expiresAt: null }, 'dee');
      assert.equal(nobody.ok ? 'applied' : nobody.error, 'not-found');
    });

    it('starts, finds and ends sessions by a secret it stores hashed', async () => {
      const u = await store.users.add({ name: 'eve', clearances: [], serverRole: 'member' }, 'system');
      assert.ok(u.ok);
      const expires = new Date(Date.parse(clock.now()) + 60_000).toISOString();
      const started = await store.sessions.start(u.value.id, expires);
      assert.ok(started.ok);
      const found = await store.sessions.lookup(started.value.id);
      assert.equal(found?.userId, u.value.id);
      assert.equal(found?.csrfSecret, started.value.session.csrfSecret);
      assert.ok(!JSON.stringify(await db.raw('select * from sessions')).includes(started.value.id));
      assert.ok((await store.sessions.end(started.value.id)).ok);
      assert.equal(await store.sessions.lookup(started.value.id), undefined);
      const again = await store.sessions.start(u.value.id, expires);
      assert.ok(again.ok);
      clock.advance(60_000);
      assert.equal(await store.sessions.lookup(again.value.id), undefined, 'expired');
    });

    it('counts failed logins per key since a time', async () => {
      const since = clock.now();
      await store.logins.record('fay', false);
      clock.advance(1000);
      await store.logins.record('fay', false);
      await store.logins.record('fay', true);
      await store.logins.record('gus', false);
      assert.equal(await store.logins.failuresSince('fay', since), 2);
      clock.advance(1000);
      assert.equal(await store.logins.failuresSince('fay', clock.now()), 0);
    });
  });
}
