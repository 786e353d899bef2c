import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fakeIo, tempDir } from '../../../test/support/cli.js';
import { main } from '../main.js';

const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

const item = (id: string, artefact: string) => `  ${id}:
    title: ${id}
    kind: capability-evaluation
    source_type: internal-test
    date: 2026-01-01
    produced_by: Evals
    polarity: supports
${artefact}`;

function caseWith(artefacts: Record<string, string>, extra: Record<string, string> = {}): string {
  return tempDir(
    {
      'warrant.yaml': `warrant: 1
case: { id: c, title: C, version: "1", status: draft, decision_boundary: { kind: api-launch, decision: Launch m-1 } }
includes: [evidence.yaml]
`,
      'evidence.yaml': `module: { id: evidence }
evidence:
${Object.entries(artefacts)
  .map(([id, a]) => item(id, a))
  .join('')}`,
      ...extra,
    },
    'warrant-verify-',
  );
}

test('every artefact present and matching: exit 0 and a summary', async () => {
  const dir = caseWith({ 'ev-a': `    artefact: { uri: logs/a.json, sha256: ${sha('A')} }\n` }, { 'logs/a.json': 'A' });
  const { io, out, err } = fakeIo(dir);
  assert.equal(await main(['evidence', 'verify'], io), 0, err());
  assert.equal(out(), 'warrant.yaml: 1 artefact checked: 1 matching.\n');
});

test('missing, changed, unhashed and non-local artefacts are each reported with their place; exit 1', async () => {
  const dir = caseWith(
    {
      'ev-ok': `    artefact: { uri: logs/ok.json, sha256: ${sha('ok')} }\n`,
      'ev-changed': `    artefact: { uri: logs/changed.json, sha256: ${sha('before')} }\n`,
      'ev-missing': `    artefact: { uri: logs/gone.eval, sha256: ${sha('x')} }\n`,
      'ev-unhashed': `    artefact: { uri: "file://${'/'}PLACEHOLDER" }\n`,
      'ev-s3': `    artefact: { uri: s3://bucket/run.eval, sha256: ${sha('y')} }\n`,
      'ev-none': '',
    },
    { 'logs/ok.json': 'ok', 'logs/changed.json': 'after', 'logs/u.json': 'u' },
  );
  // A file: URI with an absolute path.
  const ev = path.join(dir, 'evidence.yaml');
  fs.writeFileSync(ev, fs.readFileSync(ev, 'utf8').replace('/PLACEHOLDER', path.join(dir, 'logs/u.json')));
  const { io, out } = fakeIo(dir);
  assert.equal(await main(['evidence', 'verify', '.'], io), 1);
  const text = out();
  assert.match(
    text,
    new RegExp(
      `^error\\[A02\\] evidence\\.yaml:\\d+:\\d+: Artefact of ev-changed changed: logs/changed\\.json has sha256 ${sha('after')}, the case records ${sha('before')}\\.$`,
      'm',
    ),
  );
  assert.match(
    text,
    /^error\[A01\] evidence\.yaml:\d+:\d+: Artefact of ev-missing is missing: logs\/gone\.eval does not exist\.$/m,
  );
  assert.match(
    text,
    new RegExp(
      `^warning\\[A03\\] evidence\\.yaml:\\d+:\\d+: Artefact of ev-unhashed has no sha256 in the case; .* has sha256 ${sha('u')}\\.$`,
      'm',
    ),
  );
  assert.match(
    text,
    /^info\[A04\] evidence\.yaml:\d+:\d+: Artefact of ev-s3 skipped: s3:\/\/bucket\/run\.eval is not a local file \(URI scheme s3:\)\.$/m,
  );
  assert.match(text, /\n {2}= hint: Restore the artefact/);
  assert.match(
    text,
    /warrant\.yaml: 5 artefacts checked: 1 matching, 1 missing, 1 changed, 1 without a digest, 1 skipped \(not local files\); 1 evidence item names no artefact\.\n$/,
  );
  assert.doesNotMatch(text, /ev-ok/);

  const j = fakeIo(dir);
  assert.equal(await main(['evidence', 'verify', '--format', 'json'], j.io), 1);
  const report = JSON.parse(j.out());
  assert.deepEqual(report.summary, {
    ok: 1,
    missing: 1,
    changed: 1,
    unreadable: 0,
    outside: 0,
    unhashed: 1,
    skipped: 1,
    without_artefact: 1,
  });
  assert.deepEqual(
    report.artefacts.map((a: { id: string; status: string; code?: string }) => `${a.id} ${a.status} ${a.code ?? ''}`),
    [
      'ev-ok ok ',
      'ev-changed changed A02',
      'ev-missing missing A01',
      'ev-unhashed unhashed A03',
      'ev-s3 not-local A04',
    ],
  );
});

test('only unhashed or skipped artefacts: exit 0', async () => {
  const dir = caseWith({ 'ev-s3': '    artefact: { uri: s3://b/x }\n' });
  const { io } = fakeIo(dir);
  assert.equal(await main(['evidence', 'verify'], io), 0);
});

test('a case that does not load: exit 2 with its diagnostics', async () => {
  const dir = tempDir({ 'warrant.yaml': 'warrant: 1\n' });
  const { io, err } = fakeIo(dir);
  assert.equal(await main(['evidence', 'verify'], io), 2);
  assert.match(err(), /the case does not load/);
  assert.equal(await main(['evidence', 'verify', 'a', 'b'], fakeIo(dir).io), 2);
});

test('"warrant evidence" alone, or with an unknown subcommand, names the subcommands', async () => {
  const a = fakeIo(tempDir());
  assert.equal(await main(['evidence'], a.io), 2);
  assert.match(a.err(), /^warrant: "evidence" needs one of: evidence import, evidence verify\.\n/);
  const b = fakeIo(tempDir());
  assert.equal(await main(['evidence', 'check'], b.io), 2);
  assert.match(b.err(), /needs one of: evidence import, evidence verify \(got "check"\)/);
});
