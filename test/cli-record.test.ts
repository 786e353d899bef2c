// `warrant keys generate`, `warrant decide`, `warrant record verify` and
// `warrant record show` end to end, on a temporary copy of the minimal example
// whose red-team evidence points at a local artefact.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { main } from '../src/cli/main.js';
import { fakeIo, tempDir } from './support/cli.js';

const MINIMAL = fs.readFileSync(path.join(import.meta.dirname, '../examples/minimal/warrant.yaml'), 'utf8');
const LOG = 'the log';
const CASE = MINIMAL.replace(
  /uri: s3:\/\/nw-evals\/tools\/browse\/PI-100-rc3\.eval\n(\s+)sha256: [0-9a-f]{64}/,
  `uri: logs/pi-100.eval\n$1sha256: ${crypto.createHash('sha256').update(LOG).digest('hex')}`,
);
const AT = ['--as-of', '2026-04-28', '--at', '2026-04-28T10:00:00Z', '--no-git'];
const OUTCOME = ['--outcome', 'approve-with-conditions'];

async function run(cwd: string, ...argv: string[]) {
  const f = fakeIo(cwd);
  const code = await main(argv, f.io);
  return { code, out: f.out(), err: f.err() };
}

function keyringEntry(dir: string, name: string, roles: string): string {
  const pem = fs.readFileSync(path.join(dir, 'keys', `${name}.pub`), 'utf8').trim();
  return `  - name: ${name}\n    roles: [${roles}]\n    public_key: |\n      ${pem.split('\n').join('\n      ')}\n`;
}

/** A case directory, a key pair for `dana` (decision maker), and a keyring naming her. */
async function setup(files: Record<string, string> = {}) {
  const dir = tempDir({ 'case/warrant.yaml': CASE, 'case/logs/pi-100.eval': LOG, ...files });
  assert.equal((await run(dir, 'keys', 'generate', 'dana', '-o', 'keys')).code, 0);
  fs.writeFileSync(
    path.join(dir, 'keyring.yaml'),
    `keyring: 1\nkeys:\n${keyringEntry(dir, 'dana', 'decision-maker, log')}`,
  );
  return dir;
}

const RECORD1 = 'case/decisions/0001-approve-with-conditions.dsse.json';
const verify = (dir: string, record = RECORD1, ...more: string[]) =>
  run(dir, 'record', 'verify', record, '--keyring', 'keyring.yaml', ...more);

describe('warrant keys generate', () => {
  it('the test case points at its local artefact', () => assert.match(CASE, /uri: logs\/pi-100.eval\n\s+sha256: /));

  it('writes a 0600 private key and a public key, and refuses to overwrite either', async () => {
    const dir = await setup();
    assert.equal(fs.statSync(path.join(dir, 'keys/dana.key')).mode & 0o777, 0o600);
    const before = fs.readFileSync(path.join(dir, 'keys/dana.key'), 'utf8');
    const again = await run(dir, 'keys', 'generate', 'dana', '-o', 'keys');
    assert.equal(again.code, 2);
    assert.match(again.err, /exists; not overwriting/);
    assert.equal(fs.readFileSync(path.join(dir, 'keys/dana.key'), 'utf8'), before);
    assert.equal((await run(dir, 'keys', 'generate', '../evil')).code, 2);
  });
});

describe('warrant decide and record verify', () => {
  it('signs a record that verifies, with the case, and is byte-stable', async () => {
    const dir = await setup();
    const d = await run(dir, 'decide', 'case', ...OUTCOME, '--key', 'keys/dana.key', ...AT);
    assert.equal(d.code, 0, d.err);
    const v = await verify(dir, RECORD1, '--case', 'case');
    assert.equal(v.code, 0, v.out + v.err);
    assert.match(v.out, /ok {3}signature: signed by dana/);
    assert.match(v.out, /ok {3}checkpoint: included/);
    assert.match(v.out, /ok {3}artefact: ev-injection-suite:logs\/pi-100.eval: unchanged/);
    // The same key and inputs give the same bytes (Ed25519 signatures are deterministic).
    const first = fs.readFileSync(path.join(dir, RECORD1), 'utf8');
    fs.rmSync(path.join(dir, 'case/decisions'), { recursive: true });
    await run(dir, 'decide', 'case', ...OUTCOME, '--key', 'keys/dana.key', ...AT);
    assert.equal(fs.readFileSync(path.join(dir, RECORD1), 'utf8'), first);
  });

  it('refuses an outcome the case does not state, and evidence that no longer matches, writing nothing', async () => {
    const dir = await setup();
    const wrong = await run(dir, 'decide', 'case', '--outcome', 'approve', '--key', 'keys/dana.key', ...AT);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /says approve-with-conditions, not approve/);
    fs.rmSync(path.join(dir, 'case/logs/pi-100.eval'));
    const missing = await run(dir, 'decide', 'case', ...OUTCOME, '--key', 'keys/dana.key', ...AT);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /ev-injection-suite \(logs\/pi-100.eval\): missing/);
    assert.equal(fs.existsSync(path.join(dir, 'case/decisions')), false);
  });

  it('chains the next record to the one before, and --case names exactly what changed', async () => {
    const dir = await setup();
    await run(dir, 'decide', 'case', ...OUTCOME, '--key', 'keys/dana.key', ...AT);
    await run(dir, 'decide', 'case', ...OUTCOME, '--key', 'keys/dana.key', ...AT);
    const second = 'case/decisions/0002-approve-with-conditions.dsse.json';
    const v = await verify(dir, second);
    assert.equal(v.code, 0, v.out);
    assert.match(v.out, /ok {3}chain: follows [0-9a-f]{64}/);
    assert.match(v.out, /entry 2 of 2/);
    const root = path.join(dir, 'case/warrant.yaml');
    fs.writeFileSync(root, CASE.replace('Novel injection techniques', 'Novel injection methods'));
    fs.writeFileSync(path.join(dir, 'case/logs/pi-100.eval'), 'another log');
    const changed = await verify(dir, RECORD1, '--case', 'case');
    assert.equal(changed.code, 1);
    const fails = changed.out.split('\n').filter((l) => l.startsWith('FAIL'));
    const sha = (t: string) => crypto.createHash('sha256').update(t).digest('hex');
    assert.deepEqual(fails, [
      'FAIL case: decision: changed since the record was signed',
      `FAIL artefact: ev-injection-suite:logs/pi-100.eval: now ${sha('another log')}, signed ${sha(LOG)}`,
    ]);
    // Without --case, the record still verifies: it was valid when signed.
    assert.equal((await verify(dir, RECORD1)).code, 0);
  });

  it('a co-signature adds a signer without moving the record in the log', async () => {
    const dir = await setup();
    await run(dir, 'decide', 'case', ...OUTCOME, '--key', 'keys/dana.key', ...AT);
    await run(dir, 'keys', 'generate', 'rae', '-o', 'keys');
    fs.appendFileSync(path.join(dir, 'keyring.yaml'), keyringEntry(dir, 'rae', 'reviewer'));
    const c = await run(dir, 'decide', '--cosign', RECORD1, '--key', 'keys/rae.key');
    assert.equal(c.code, 0, c.err);
    const v = await verify(dir);
    assert.equal(v.code, 0, v.out);
    assert.match(v.out, /signed by dana[^\n]*\n[^\n]*signed by rae \(reviewer\)/);
    assert.equal((await run(dir, 'decide', '--cosign', RECORD1, '--key', 'keys/rae.key')).code, 2);
  });

  it('an auditor co-signs the checkpoint; one the keyring does not know fails it', async () => {
    const dir = await setup();
    await run(dir, 'decide', 'case', ...OUTCOME, '--key', 'keys/dana.key', ...AT);
    await run(dir, 'keys', 'generate', 'audit', '-o', 'keys');
    const checkpoint = 'case/decisions/checkpoint.dsse.json';
    assert.equal((await run(dir, 'decide', '--cosign', checkpoint, '--key', 'keys/audit.key')).code, 0);
    const unknown = await verify(dir);
    assert.equal(unknown.code, 1);
    assert.match(unknown.out, /FAIL checkpoint: the checkpoint is not signed, or a signature on it does not verify/);
    fs.appendFileSync(path.join(dir, 'keyring.yaml'), keyringEntry(dir, 'audit', 'auditor'));
    assert.equal((await verify(dir)).code, 0);
  });

  it('fails a record signed by a key the keyring does not hold, and names a bad keyring line', async () => {
    const dir = await setup();
    await run(dir, 'decide', 'case', ...OUTCOME, '--key', 'keys/dana.key', ...AT);
    await run(dir, 'keys', 'generate', 'eve', '-o', 'keys');
    fs.writeFileSync(
      path.join(dir, 'keyring.yaml'),
      `keyring: 1\nkeys:\n${keyringEntry(dir, 'eve', 'decision-maker')}`,
    );
    const v = await verify(dir);
    assert.equal(v.code, 1);
    assert.match(v.out, /FAIL signature: a signature by key [0-9a-f]{64} is not in the keyring/);
    assert.match(v.out, /FAIL signature: no valid signature by a decision maker/);
    fs.writeFileSync(
      path.join(dir, 'keyring.yaml'),
      'keyring: 1\nkeys:\n  - name: x\n    roles: [janitor]\n    public_key: y\n',
    );
    const bad = await verify(dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /keyring\.yaml:4:\d+: error: /);
  });

  it('any single-byte change to a record, the log or the checkpoint is detected', async () => {
    const dir = await setup();
    await run(dir, 'decide', 'case', ...OUTCOME, '--key', 'keys/dana.key', ...AT);
    const files = [RECORD1, 'case/decisions/log.txt', 'case/decisions/checkpoint.dsse.json'];
    const original = files.map((f) => fs.readFileSync(path.join(dir, f)));
    await fc.assert(
      fc.asyncProperty(fc.nat(2), fc.nat(), fc.integer({ min: 1, max: 255 }), async (which, at, flip) => {
        const bytes = Buffer.from(original[which]!);
        const i = at % bytes.length;
        bytes[i] = bytes[i]! ^ flip;
        fs.writeFileSync(path.join(dir, files[which]!), bytes);
        try {
          const v = await verify(dir);
          // JSON whitespace outside any value is not part of what was signed: a change there may still verify.
          const insignificant =
            which !== 1 &&
            /^\s$/.test(String.fromCharCode(original[which]![i]!)) &&
            /^\s$/.test(String.fromCharCode(bytes[i]!));
          if (!insignificant) assert.notEqual(v.code, 0, `${files[which]} byte ${i}: ${v.out}`);
        } finally {
          fs.writeFileSync(path.join(dir, files[which]!), original[which]!);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('usage', () => {
  it('bad options exit 2 and write nothing', async () => {
    const dir = await setup();
    const key = ['--key', 'keys/dana.key'];
    for (const argv of [
      ['decide', 'case', '--outcome', 'approved', ...key, ...AT],
      ['decide', 'case', ...OUTCOME, ...key, '--at', '2026-04-28 10:00', '--no-git'],
      ['decide', 'case', ...OUTCOME, ...key, '--as-of', '28/04/2026'],
      ['decide', 'case', ...OUTCOME, ...AT],
      ['decide', 'case', ...OUTCOME, '--key', 'keys/dana.pub', ...AT],
      ['decide', '--cosign', RECORD1, ...OUTCOME, ...key],
      ['record', 'verify', RECORD1],
      ['record', 'show', RECORD1, '--format', 'html'],
    ]) {
      const r = await run(dir, ...argv);
      assert.equal(r.code, 2, `${argv.join(' ')}: ${r.out}${r.err}`);
    }
    assert.equal(fs.existsSync(path.join(dir, 'case/decisions')), false);
  });
});

describe('warrant record show', () => {
  it('prints what was known, as text and as Markdown, and refuses what is not a record', async () => {
    const dir = await setup();
    await run(dir, 'decide', 'case', ...OUTCOME, '--key', 'keys/dana.key', ...AT);
    const text = await run(dir, 'record', 'show', RECORD1);
    assert.equal(text.code, 0);
    assert.match(text.out, /Outcome: approve-with-conditions/);
    assert.match(text.out, /Elena Vasquez, Chief Risk Officer \(declared conflicts: Holds Northwind equity\.\)/);
    assert.match(text.out, /D-suite-coverage: /);
    const md = await run(dir, 'record', 'show', RECORD1, '--format', 'markdown');
    assert.match(md.out, /^# What was known when this was decided/);
    assert.equal((await run(dir, 'record', 'show', 'case/decisions/checkpoint.dsse.json')).code, 2);
    assert.equal((await run(dir, 'record', 'show', 'case/warrant.yaml')).code, 2);
  });
});
