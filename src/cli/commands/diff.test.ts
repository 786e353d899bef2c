import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fakeIo, tempDir } from '../../../test/support/cli.js';
import { gitIn } from '../../../test/support/git.js';
import { EXAMPLE_HEADER } from '../../check/examples.js';
import { main } from '../main.js';

const V1 = `${EXAMPLE_HEADER}context:
  model: { id: m7, build: m7-rc2 }
  deployment_channel: Public API
  user_population: { description: Verified developers }
argument:
  G1: { kind: claim, text: The model is safe to launch., supported_by: [G2, G3] }
  G2: { kind: claim, text: Risk A is acceptable., undeveloped: true }
  G3: { kind: claim, text: Risk B is acceptable., undeveloped: true }
  D1: { kind: defeater, text: The suite may be contaminated., challenges: [G2], status: open }
`;
const V2 = V1.replace('Risk B is acceptable.', 'Risk B is acceptable for verified developers.')
  .replace('  G2: {', '  G2-cyber: {')
  .replace('[G2, G3]', '[G2-cyber, G3]')
  .replace(
    'challenges: [G2], status: open }',
    'challenges: [G2-cyber], status: refuted, resolution: { summary: Checked. } }',
  )
  .replace('build: m7-rc2', 'build: m7-rc3');

async function run(argv: string[], cwd: string) {
  const f = fakeIo(cwd);
  const code = await main(argv, f.io);
  return { code, stdout: f.out(), stderr: f.err() };
}

describe('warrant diff', () => {
  it('diffs two paths: renames, rewording, defeaters and context in words; exit 0, or 1 with --exit-code', async () => {
    const dir = tempDir({ 'a/warrant.yaml': V1, 'b/warrant.yaml': V2 });
    const r = await run(['diff', 'a', 'b', '--as-of', '2026-04-28'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /warrant diff: a -> b/);
    assert.match(r.stdout, /renamed +claim G2 -> G2-cyber: Risk A is acceptable\./);
    assert.match(
      r.stdout,
      /reworded +claim G3: Risk B is acceptable\. \{\+for verified developers\.\+\}|reworded +claim G3: Risk B is \[-acceptable\.-\] \{\+acceptable for verified developers\.\+\}/,
    );
    assert.match(r.stdout, /resolved +D1 \(open -> refuted\)/);
    assert.match(r.stdout, /context\.model\.build: m7-rc2 -> m7-rc3/);
    assert.equal((await run(['diff', 'a', 'b', '--exit-code'], dir)).code, 1);
    assert.equal((await run(['diff', 'a', 'a', '--exit-code'], dir)).code, 0);
    assert.match((await run(['diff', 'a', 'a'], dir)).stdout, /No semantic changes\./);
  });

  it('prints stable JSON with the warrant-diff/2 schema', async () => {
    const dir = tempDir({ 'a/warrant.yaml': V1, 'b/warrant.yaml': V2 });
    const r = await run(['diff', 'a/warrant.yaml', 'b', '--format', 'json', '--as-of', '2026-04-28'], dir);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.schema, 'warrant-diff/2');
    assert.equal(j.identical, false);
    assert.deepEqual(j.nodes.renamed, [{ from: 'G2', to: 'G2-cyber', kind: 'claim', text: 'Risk A is acceptable.' }]);
    assert.deepEqual(Object.keys(j), [
      'schema',
      'a',
      'b',
      'asOf',
      'identical',
      'summary',
      'nodes',
      'links',
      'evidence',
      'defeaters',
      'status',
      'sections',
    ]);
    assert.equal(
      r.stdout,
      (await run(['diff', 'a/warrant.yaml', 'b', '--format', 'json', '--as-of', '2026-04-28'], dir)).stdout,
      'deterministic',
    );
  });

  it('Markdown escapes hostile text: no HTML, no mentions, no broken tables', async () => {
    const hostile = V1.replace(
      'Risk B is acceptable.',
      '"<script>alert(1)</script> @everyone | cell [x](javascript:alert(1)) </details>"',
    );
    const dir = tempDir({ 'a/warrant.yaml': V1, 'b/warrant.yaml': hostile });
    const r = await run(['diff', 'a', 'b', '--format', 'markdown'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes('<script>'), r.stdout);
    assert.ok(!r.stdout.includes('@everyone'));
    assert.ok(!/(?<!\\)\]\(javascript/.test(r.stdout), 'the link bracket is escaped');
    assert.equal(
      (r.stdout.match(/<\/details>/g) ?? []).length,
      (r.stdout.match(/<details>/g) ?? []).length,
      'only our own details elements',
    );
    assert.match(r.stdout, /&lt;script&gt;/);
    const row = r.stdout.split('\n').find((l) => l.startsWith('| reworded'))!;
    assert.equal(row.split(/(?<!\\)\|/).length, 6, `a table row keeps its 4 cells: ${row}`);
    assert.match(r.stdout, /^### Warrant diff: `example` 1 → 1\n/);
    assert.match(r.stdout, /<details><summary>Nodes \(1\)<\/summary>/);
  });

  it('reads a side at a git revision without checking it out, and takes the path from the other side', async () => {
    const dir = tempDir({ 'case/warrant.yaml': V1 });
    gitIn(dir, 'init', '-q');
    gitIn(dir, 'add', '.');
    gitIn(dir, 'commit', '-q', '-m', 'v1');
    fs.writeFileSync(path.join(dir, 'case/warrant.yaml'), V2);
    const r = await run(['diff', 'HEAD', 'case', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.a.label, 'HEAD:case');
    assert.equal(j.nodes.renamed.length, 1);
    assert.equal(fs.readFileSync(path.join(dir, 'case/warrant.yaml'), 'utf8'), V2, 'the working tree is untouched');
    gitIn(dir, 'commit', '-q', '-am', 'v2');
    const both = await run(['diff', 'HEAD~1:case', 'HEAD:case', '--format', 'json'], dir);
    assert.equal(both.code, 0, both.stderr);
    assert.equal(JSON.parse(both.stdout).nodes.renamed.length, 1);
    const sub = await run(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], path.join(dir, 'case'));
    assert.equal(sub.code, 0, sub.stderr);
    assert.equal(JSON.parse(sub.stdout).b.label, 'HEAD:.');
  });

  it('exits 2 with a clear message for an unknown revision, a file missing at a revision, or a directory outside git', async () => {
    const dir = tempDir({ 'case/warrant.yaml': V1 });
    gitIn(dir, 'init', '-q');
    gitIn(dir, 'add', '.');
    gitIn(dir, 'commit', '-q', '-m', 'v1');
    const unknown = await run(['diff', 'no-such-rev', 'case'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no-such-rev is neither a file or directory nor a revision/);
    const missing = await run(['diff', 'HEAD:other', 'case'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /other\/warrant\.yaml|other does not exist/);
    assert.match(missing.stderr, /HEAD:other is not a usable case/);
    const outside = tempDir({ 'a/warrant.yaml': V1 });
    const r = await run(['diff', 'HEAD', 'a'], outside);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not in a git repository/);
    assert.equal((await run(['diff', 'a'], outside)).code, 2, 'one side is a usage error');
  });
});
