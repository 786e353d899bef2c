// docs/record.md promises that a record's signature can be checked with
// openssl alone: this runs the recipe from the doc, as written, on a fresh
// record (verifies) and on one with a changed payload (does not).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../src/cli/main.js';
import { fakeIo, tempDir } from './support/cli.js';

const DOC = fs.readFileSync(path.join(import.meta.dirname, '../docs/record.md'), 'utf8');
const MINIMAL = fs.readFileSync(path.join(import.meta.dirname, '../examples/minimal/warrant.yaml'), 'utf8');

/** The first sh block after the recipe's heading. */
function recipe(): string {
  const after = DOC.slice(DOC.indexOf('## Verifying a signature with openssl alone'));
  const m = /```sh\n([\s\S]*?)```/.exec(after);
  assert.ok(m, 'docs/record.md has the openssl recipe');
  return m[1]!;
}

const openssl3 = /^OpenSSL 3/.test(spawnSync('openssl', ['version'], { encoding: 'utf8' }).stdout ?? '');

describe('the openssl recipe of docs/record.md', { skip: openssl3 ? false : 'openssl 3 is not installed' }, () => {
  it('verifies a record, and fails one whose payload changed', async () => {
    const dir = tempDir({ 'case/warrant.yaml': MINIMAL });
    const run = async (...argv: string[]) => main(argv, fakeIo(dir).io);
    assert.equal(await run('keys', 'generate', 'dana', '-o', 'keys'), 0);
    const decide = ['decide', 'case', '--outcome', 'approve-with-conditions', '--key', 'keys/dana.key', '--no-git'];
    assert.equal(await run(...decide, '--as-of', '2026-04-28', '--at', '2026-04-28T10:00:00Z'), 0);
    const record = path.join(dir, 'case/decisions/0001-approve-with-conditions.dsse.json');
    const sh = (env: Record<string, string>) =>
      spawnSync('sh', ['-c', recipe()], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    const good = sh({ RECORD: record, PUBKEY: path.join(dir, 'keys/dana.pub') });
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /Signature Verified Successfully/);

    const env = JSON.parse(fs.readFileSync(record, 'utf8'));
    const payload = Buffer.from(env.payload, 'base64').toString('utf8').replace('approve-with-conditions', 'approve');
    const forged = path.join(dir, 'forged.dsse.json');
    fs.writeFileSync(forged, JSON.stringify({ ...env, payload: Buffer.from(payload).toString('base64') }, null, 2));
    const bad = sh({ RECORD: forged, PUBKEY: path.join(dir, 'keys/dana.pub') });
    assert.notEqual(bad.status, 0);
    assert.doesNotMatch(bad.stdout, /Verified Successfully/);
  });
});
