// `warrant migrate` end to end, in process: a format-1 case rewritten in place
// with its comments, its modules untouched, its findings exactly as before;
// dry runs, refusals, and the case lock.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCheck } from '../src/check/run-check.js';
import { main } from '../src/cli/main.js';
import { loadCase } from '../src/format/load-case.js';
import { memoryReader } from '../src/format/memory-reader.js';
import { lockCase } from '../src/node/case-lock.js';
import { fakeIo, tempDir } from './support/cli.js';

// A critical branch resting on internal evidence, and an external reviewer who
// states no scope: format 1 reads the review as covering the whole case.
const ROOT = `# The root file: this comment must survive the migration.
warrant: 1
case:
  id: atlas
  title: Atlas internal agent
  version: "1"
  status: decided
  decision_boundary: { kind: internal-deployment, decision: Deploy Atlas to 400 research staff for 90 days. }
  reviewers:
    - { name: Ruth Kessler, organisation: Greyhaven Assurance LLP, external: true } # pen-test lead
includes: [evidence.yaml]
risks:
  risk-exfil: { title: Weight exfiltration by the agent, pathway: weight-theft, severity: critical }
argument:
  G1: { kind: claim, text: The agent cannot reach weight storage., addresses: [risk-exfil], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: IAM review and sandbox pentest, evidence: [E1] }
`;
const MODULE = `module: { id: evidence }
evidence:
  E1: { title: Sandbox and IAM penetration test, kind: security-control, source_type: internal-test, date: 2026-10-01, produced_by: Security Engineering, polarity: supports }
`;

async function migrate(dir: string, ...args: string[]) {
  const f = fakeIo(dir);
  const code = await main(['migrate', ...args], f.io);
  return { code, out: f.out(), err: f.err() };
}

/** Every diagnostic of the case at the test date, by code, target and message (lines move in a migration). */
function findings(files: Record<string, string>): string[] {
  const r = loadCase('warrant.yaml', memoryReader(files));
  assert.ok(r.case, r.diagnostics.map((d) => d.message).join('\n'));
  return [...r.diagnostics, ...runCheck(r.case, { asOf: '2026-11-26' }).diagnostics]
    .map((d) => `${d.code} @ ${d.target}: ${d.message}`)
    .sort();
}

const read = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const extras = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('.'));

describe('warrant migrate', () => {
  it('rewrites the root file in place, keeps comments and modules, and every finding but the format note', async () => {
    const dir = tempDir({ 'warrant.yaml': ROOT, 'evidence.yaml': MODULE });
    const r = await migrate(dir, '.');
    assert.equal(r.code, 0, r.err);
    const after = read(dir, 'warrant.yaml');
    assert.match(after, /^# The root file: this comment must survive the migration\.\nwarrant: 2\n/);
    assert.match(after, /external: true, reviewed: whole-case \} # pen-test lead\n/);
    assert.match(after, /# warrant migrate: format 1 read reviewers who state no scope/);
    assert.equal(read(dir, 'evidence.yaml'), MODULE, 'format 2 renames nothing: modules do not change');
    assert.deepEqual(extras(dir), [], 'no lock, journal or temporary file is left');
    assert.match(
      r.out,
      /warrant\.yaml: format 1 -> 2\n {2}warrant: 1 -> 2\n {2}reviewer Ruth Kessler: reviewed: whole-case\n$/,
    );
    const before = findings({ 'warrant.yaml': ROOT, 'evidence.yaml': MODULE });
    assert.ok(before.some((f) => f.startsWith('L22 ')));
    assert.deepEqual(
      findings({ 'warrant.yaml': after, 'evidence.yaml': MODULE }),
      before.filter((f) => !f.startsWith('L22 ')),
    );
    // What the reviewer scope is for: rewriting only the version would have changed what the rules say.
    const versionOnly = findings({ 'warrant.yaml': ROOT.replace('warrant: 1', 'warrant: 2'), 'evidence.yaml': MODULE });
    assert.ok(
      versionOnly.some((f) =>
        /^reviewer-capture\/internal-evidence-only-high-severity @ G1: .*no scope stated/.test(f),
      ),
    );
    assert.deepEqual((await migrate(dir, '.')).out, 'warrant.yaml: already in format 2; nothing to do.\n');
  });

  it('--dry-run prints the change as a diff and writes nothing', async () => {
    const dir = tempDir({ 'warrant.yaml': ROOT, 'evidence.yaml': MODULE });
    const r = await migrate(dir, 'warrant.yaml', '--dry-run');
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /Dry run: nothing was written\. The change would be:\n--- warrant\.yaml\n@@ line 2 @@\n-warrant: 1\n\+warrant: 2\n/,
    );
    assert.match(
      r.out,
      /\+ {4}- \{ name: Ruth Kessler, organisation: Greyhaven Assurance LLP, external: true, reviewed: whole-case \}/,
    );
    assert.equal(read(dir, 'warrant.yaml'), ROOT);
    assert.deepEqual(extras(dir), []);
  });

  it('keeps a byte order mark', async () => {
    const dir = tempDir({ 'warrant.yaml': `\uFEFF${ROOT}`, 'evidence.yaml': MODULE });
    assert.equal((await migrate(dir, '.')).code, 0);
    assert.ok(read(dir, 'warrant.yaml').startsWith('\uFEFF# The root file'));
  });

  it('refuses a case that does not load cleanly, and writes nothing', async () => {
    const broken = ROOT.replace('severity: critical', 'severity: catastrophic');
    const dir = tempDir({ 'warrant.yaml': broken, 'evidence.yaml': MODULE });
    const r = await migrate(dir, '.');
    assert.equal(r.code, 2);
    assert.match(r.err, /error\[L08\] warrant\.yaml:\d+:\d+: `risks\.risk-exfil\.severity`/);
    assert.match(
      r.err,
      /warrant\.yaml: the case does not load cleanly: fix the errors above first; nothing was written\./,
    );
    assert.equal(read(dir, 'warrant.yaml'), broken);
  });

  it('waits for the case lock held by another command, then migrates', async () => {
    const dir = tempDir({ 'warrant.yaml': ROOT, 'evidence.yaml': MODULE });
    const held = await lockCase(dir, { command: 'warrant evidence import' });
    assert.ok(held.ok);
    setTimeout(() => held.lock.release(), 150);
    const r = await migrate(dir, '.');
    assert.equal(r.code, 0, r.err);
    assert.match(read(dir, 'warrant.yaml'), /^warrant: 2$/m);
    assert.deepEqual(extras(dir), []);
  });

  it('needs a case to migrate', async () => {
    const r = await migrate(tempDir());
    assert.equal(r.code, 2);
    assert.match(r.err, /name at least one case to migrate/);
  });
});
