import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fakeIo, tempDir } from '../../../test/support/cli.js';
import { gitIn } from '../../../test/support/git.js';
import { EXAMPLE_HEADER } from '../../check/examples.js';
import { main } from '../main.js';

const CASE = `${EXAMPLE_HEADER}context:
  model: { id: m7, build: m7-rc2 }
  deployment_channel: Public API
  user_population: { description: Verified developers, size: 1000 }
  tools: [bash]
argument:
  G1: { kind: claim, text: The model is safe to launch., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Cyber range, evidence: [E1] }
evidence:
  E1:
    title: Cyber range
    kind: capability-evaluation
    source_type: internal-test
    date: 2026-03-01
    produced_by: Evals team
    polarity: supports
    measured: { build: m7-rc2, tools: [bash] }
change_control:
  review_triggers:
    - { id: T-build, kind: new-build, description: A new build, watch: context.model.build }
    - { id: T-tools, kind: tool-added, description: A tool is added, watch: context.tools }
`;

async function run(argv: string[], cwd: string) {
  const f = fakeIo(cwd);
  const code = await main(argv, f.io);
  return { code, stdout: f.out(), stderr: f.err() };
}

describe('warrant impact', () => {
  it('exits 1 when a change fires a trigger, and says why', async () => {
    const dir = tempDir({ 'case/warrant.yaml': CASE });
    const r = await run(
      [
        'impact',
        'case',
        '--change',
        'context.model.build=m7-rc3',
        '--change',
        'tools+=browser',
        '--as-of',
        '2026-04-28',
      ],
      dir,
    );
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /context\.model\.build: m7-rc2 -> m7-rc3 +\[changes; fires T-build\]/);
    assert.match(r.stdout, /context\.tools: \+ browser +\[widens; fires T-tools\]/);
    assert.match(r.stdout, /E1 \[build\] Evidence E1 measured build m7-rc2/);
    assert.match(r.stdout, /Verdict: re-review required\./);
  });

  it('exits 0 when nothing fires (a narrowing change), and prints JSON with the warrant-impact/2 schema', async () => {
    const dir = tempDir({ 'case/warrant.yaml': CASE });
    const r = await run(
      ['impact', 'case', '--change', 'user_population.size=10', '--format', 'json', '--as-of', '2026-04-28'],
      dir,
    );
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.schema, 'warrant-impact/2');
    assert.equal(j.verdict.reReview, false);
    assert.deepEqual(
      j.changes.map((c: { path: string; direction: string }) => [c.path, c.direction]),
      [['context.user_population.size', 'narrows']],
    );
  });

  it('writes Markdown for a CI summary', async () => {
    const dir = tempDir({ 'case/warrant.yaml': CASE });
    const r = await run(
      ['impact', 'case', '--change', 'tools+=browser', '--format', 'markdown', '--as-of', '2026-04-28'],
      dir,
    );
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^### Warrant impact: `example` as of 2026-04-28\n\n\*\*Re-review required\.\*\*/);
  });

  it('Markdown escapes hostile case text in trigger descriptions', async () => {
    const dir = tempDir({
      'case/warrant.yaml': CASE.replace(
        'description: A tool is added,',
        'description: "<img src=x onerror=alert(1)> @org/team [x](javascript:1)",',
      ),
    });
    const r = await run(
      ['impact', 'case', '--change', 'tools+=browser', '--format', 'markdown', '--as-of', '2026-04-28'],
      dir,
    );
    assert.equal(r.code, 1, r.stderr);
    assert.ok(!r.stdout.includes('<img'), r.stdout);
    assert.ok(!r.stdout.includes('@org'));
    assert.ok(!/(?<!\\)\]\(javascript/.test(r.stdout), 'the link bracket is escaped');
    assert.match(r.stdout, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('exits 2 on an unknown path (with a suggestion), a bad value, no change, or both modes', async () => {
    const dir = tempDir({ 'case/warrant.yaml': CASE });
    const bad = await run(['impact', 'case', '--change', 'context.tool+=browser'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Unknown context path "context\.tool".*\n {2}hint: Did you mean `context\.tools`\?/);
    assert.equal((await run(['impact', 'case', '--change', 'max_steps=lots'], dir)).code, 2);
    assert.equal((await run(['impact', 'case'], dir)).code, 2);
    assert.equal((await run(['impact', 'case', '--change', 'tools+=x', '--against', 'HEAD'], dir)).code, 2);
    assert.equal((await run(['impact', 'nowhere', '--change', 'tools+=x'], dir)).code, 2);
  });

  it('--against REV: the context at the revision is "before", the working tree\'s is "after"', async () => {
    const dir = tempDir({ 'case/warrant.yaml': CASE });
    gitIn(dir, 'init', '-q');
    gitIn(dir, 'add', '.');
    gitIn(dir, 'commit', '-q', '-m', 'decided');
    const same = await run(['impact', 'case', '--against', 'HEAD', '--as-of', '2026-04-28'], dir);
    assert.equal(same.code, 0, same.stderr + same.stdout);
    fs.writeFileSync(path.join(dir, 'case/warrant.yaml'), CASE.replace('tools: [bash]', 'tools: [bash, browser]'));
    const r = await run(['impact', 'case', '--against', 'HEAD', '--format', 'json', '--as-of', '2026-04-28'], dir);
    assert.equal(r.code, 1, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.before, 'the context at HEAD');
    assert.deepEqual(
      j.triggers.map((t: { id: string }) => t.id),
      ['T-tools'],
    );
    const unknown = await run(['impact', 'case', '--against', 'v9'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /"v9" is not a revision/);
  });

  it('on the example case: a new build and a new tool require re-review', async () => {
    const repo = path.resolve(import.meta.dirname, '../../..');
    const r = await run(
      [
        'impact',
        'examples/cyber-api-launch',
        '--change',
        'context.model.build=m4-2026-05-10-rc1',
        '--change',
        'tools+=browser',
        '--as-of',
        '2026-04-28',
        '--format',
        'json',
      ],
      repo,
    );
    assert.equal(r.code, 1, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(
      j.triggers.map((t: { id: string }) => t.id),
      ['trg-new-build', 'trg-tools'],
    );
    assert.ok(j.statusLosses.length > 0);
  });
});
