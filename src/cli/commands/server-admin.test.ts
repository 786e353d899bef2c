// The `warrant server` administration commands, run in-process on a SQLite
// store in a temporary directory (and once on PostgreSQL): each with a passing
// and a failing input.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Sqlite from 'better-sqlite3';
import { postgresDb } from '../../../test/store/engines.js';
import { fakeIo, tempDir } from '../../../test/support/cli.js';
import { openStore } from '../../store/store.js';
import { main } from '../main.js';
import { expiryOption } from './server-token.js';

async function run(cwd: string, ...argv: string[]) {
  const { io, out, err } = fakeIo(cwd);
  const code = await main(argv, io);
  return { code, out: out(), err: err() };
}

describe('warrant server user', () => {
  it('adds a user with role and clearances, prints a sign-in token once, and refuses the same name again', async () => {
    const dir = tempDir();
    const added = await run(
      dir,
      'server',
      'user',
      'add',
      'ada',
      '--role',
      'admin',
      '--clearance',
      'public,internal',
      '--format',
      'json',
    );
    assert.equal(added.code, 0, added.err);
    const report = JSON.parse(added.out);
    assert.equal(report.user.name, 'ada');
    assert.equal(report.user.role, 'admin');
    assert.deepEqual(report.user.clearances, ['internal', 'public']);
    assert.match(report.sign_in.token, /^wt_[A-Za-z0-9_-]{43}$/);
    const store = await openStore(undefined, { cwd: dir });
    try {
      const who = await store.tokens.authenticate(report.sign_in.token);
      assert.equal(who?.user.name, 'ada');
      assert.deepEqual(who?.token.scopes, ['sign-in']);
    } finally {
      await store.close();
    }
    const again = await run(dir, 'server', 'user', 'add', 'ada');
    assert.equal(again.code, 1);
    assert.match(again.err, /a user named "ada" already exists/);
    const listed = await run(dir, 'server', 'user', 'list');
    assert.equal(listed.out, 'ada  admin  clearance internal,public\n');
  });

  it('refuses an unknown tier, role or bad name as usage (exit 2) without creating a database', async () => {
    const dir = tempDir();
    const tier = await run(dir, 'server', 'user', 'add', 'bo', '--clearance', 'public,secret');
    assert.equal(tier.code, 2);
    assert.match(tier.err, /"secret" is not a tier/);
    assert.equal((await run(dir, 'server', 'user', 'add', 'bo', '--role', 'god')).code, 2);
    assert.equal((await run(dir, 'server', 'user', 'add', 'Bo Smith')).code, 2);
    assert.equal((await run(dir, 'server', 'user', 'remove', 'bo')).code, 2);
    assert.equal((await run(dir, 'server', 'user', 'list', '--db', 'mysql://x/y')).code, 2);
    const { existsSync } = await import('node:fs');
    assert.equal(existsSync(path.join(dir, '.warrant')), false);
  });
});

describe('warrant server token create', () => {
  it('creates a token for a named user that authenticates as that user; unknown users are refused', async () => {
    const dir = tempDir();
    const db = `sqlite:${path.join(dir, 'team.db')}`;
    assert.equal((await run(dir, 'server', 'user', 'add', 'ci-bot', '--db', db)).code, 0);
    const made = await run(
      dir,
      'server',
      'token',
      'create',
      'ci-bot',
      '--scopes',
      'review,push',
      '--expires',
      'never',
      '--db',
      db,
    );
    assert.equal(made.code, 0, made.err);
    const secret = /(wt_[A-Za-z0-9_-]{43})/.exec(made.out)?.[1];
    assert.ok(secret, made.out);
    assert.match(made.out, /scopes push,review, expires never/);
    const store = await openStore(db, { cwd: dir });
    try {
      assert.equal((await store.tokens.authenticate(secret))?.user.name, 'ci-bot');
    } finally {
      await store.close();
    }
    const nobody = await run(dir, 'server', 'token', 'create', 'nobody', '--db', db);
    assert.equal(nobody.code, 1);
    assert.match(nobody.err, /no user named "nobody"/);
    assert.equal((await run(dir, 'server', 'token', 'create', 'ci-bot', '--expires', 'soon', '--db', db)).code, 2);
  });

  it('reads --expires as days, a date or never', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    assert.equal(expiryOption('30d', now), '2027-01-06T12:00:00.000Z');
    assert.equal(expiryOption(undefined, now), '2027-03-07T12:00:00.000Z');
    assert.equal(expiryOption('2027-02-01', now), '2027-02-01T00:00:00.000Z');
    assert.equal(expiryOption('never', now), null);
    for (const bad of ['0d', '2026-12-01', '2027-02-30', 'tomorrow', '-1d'])
      assert.throws(() => expiryOption(bad, now), /--expires/, bad);
  });
});

describe('warrant server verify-log', () => {
  it('exits 0 on an intact log and 1 naming the first altered event', async () => {
    const dir = tempDir();
    for (const name of ['a', 'b', 'c']) assert.equal((await run(dir, 'server', 'user', 'add', name)).code, 0);
    const intact = await run(dir, 'server', 'verify-log', '--format', 'json');
    assert.equal(intact.code, 0, intact.err);
    assert.equal(JSON.parse(intact.out).events, 6);
    const raw = new Sqlite(path.join(dir, '.warrant', 'review.db'));
    try {
      raw.exec('drop trigger events_no_update');
      raw.exec(`update events set actor = 'mallory' where seq = 3`);
    } finally {
      raw.close();
    }
    const broken = await run(dir, 'server', 'verify-log');
    assert.equal(broken.code, 1);
    assert.match(broken.out, /^the review log is broken at event 3: its content does not match its hash/);
  });

  it('refuses to verify a database that does not exist (exit 2), rather than making an empty one', async () => {
    const dir = tempDir();
    const r = await run(dir, 'server', 'verify-log', '--db', 'missing.db');
    assert.equal(r.code, 2);
    assert.match(r.err, /there is no database at missing\.db/);
  });
});

describe('warrant server commands on PostgreSQL', () => {
  const made = postgresDb();
  after(async () => (await made).drop());
  it('add a user, create a token and verify the log with --db postgres://', async () => {
    const { url } = await made;
    const dir = tempDir();
    assert.equal((await run(dir, 'server', 'user', 'add', 'pat', '--db', url)).code, 0);
    assert.equal((await run(dir, 'server', 'token', 'create', 'pat', '--db', url)).code, 0);
    const verified = await run(dir, 'server', 'verify-log', '--db', url, '--format', 'json');
    assert.equal(verified.code, 0, verified.err);
    assert.equal(JSON.parse(verified.out).events, 3);
  });

  it('says it cannot connect, without the password, when the server is not there', async () => {
    const r = await run(tempDir(), 'server', 'verify-log', '--db', 'postgres://u:hunter2@127.0.0.1:1/x');
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot connect to PostgreSQL/);
    assert.ok(!r.err.includes('hunter2'));
  });
});
