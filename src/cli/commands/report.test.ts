// `warrant report` in process: HTML and Markdown, file and stdout, stability,
// unloadable input and bad usage.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fakeIo, tempDir } from '../../../test/support/cli.js';
import { EXAMPLE_HEADER } from '../../check/examples.js';
import { main } from '../main.js';

const CASE = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: "Safe | to <b>launch</b>.", undeveloped: true }\n`;

async function run(argv: string[], cwd: string) {
  const f = fakeIo(cwd);
  const code = await main(['report', ...argv], f.io);
  return { code, out: f.out(), err: f.err() };
}

describe('warrant report', () => {
  it('-o - writes to stdout, as no -o does, and leaves no file named "-"', async () => {
    const dir = tempDir({ 'case/warrant.yaml': CASE });
    const a = await run(['case', '--as-of', '2026-04-28', '-o', '-'], dir);
    const b = await run(['case', '--as-of', '2026-04-28'], dir);
    assert.equal(a.code, 0, a.err);
    assert.match(a.out, /^<!doctype html>/);
    assert.equal(a.out, b.out);
    assert.equal(fs.existsSync(path.join(dir, '-')), false);
  });

  it('writes one self-contained HTML file, byte-stable for the same --as-of', async () => {
    const dir = tempDir({ 'case/warrant.yaml': CASE });
    const a = await run(['case', '--as-of', '2026-04-28', '-o', 'out/a.html'], dir);
    assert.equal(a.code, 0, a.err);
    assert.match(a.err, /Wrote out\/a\.html \(html, \d+ bytes\)/);
    await run(['case/warrant.yaml', '--as-of', '2026-04-28', '-o', 'out/b.html'], dir);
    const html = fs.readFileSync(path.join(dir, 'out/a.html'), 'utf8');
    assert.equal(html, fs.readFileSync(path.join(dir, 'out/b.html'), 'utf8'));
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['a.html', 'b.html'], 'no temporary file left');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;/);
    assert.ok(html.includes('Safe | to &lt;b&gt;launch&lt;/b&gt;.'));
    assert.ok(html.includes('<svg'));
    assert.ok(!/\b(src|href)="(https?:)?\/\//.test(html), 'no external reference');
    assert.ok(!html.includes('generated 2'));
    const other = await run(['case', '--as-of', '2026-05-01'], dir);
    assert.notEqual(other.out, html);
  });

  it('--timestamp prints the generation time', async () => {
    const dir = tempDir({ 'warrant.yaml': CASE });
    const r = await run(['--as-of', '2026-04-28', '--timestamp'], dir);
    assert.match(r.out, /generated \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/);
  });

  it('writes Markdown with --format markdown or a .md output', async () => {
    const dir = tempDir({ 'warrant.yaml': CASE });
    const r = await run(['--format', 'markdown', '--as-of', '2026-04-28'], dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /^# Example case\n/);
    assert.ok(r.out.includes('Safe \\| to &lt;b&gt;launch&lt;/b&gt;.'));
    await run(['-o', 'report.md', '--as-of', '2026-04-28'], dir);
    assert.equal(fs.readFileSync(path.join(dir, 'report.md'), 'utf8'), r.out);
  });

  it('exits 2 with the loader diagnostics when the case does not load, and on bad usage', async () => {
    const dir = tempDir({ 'warrant.yaml': CASE.replace('undeveloped: true', 'undeveloped: true, bogus: 1') });
    const r = await run(['-o', 'r.html'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /L05/);
    assert.match(r.err, /warrant\.yaml:\d+:\d+/);
    assert.match(r.err, /no report written/);
    assert.ok(!fs.existsSync(path.join(dir, 'r.html')));
    assert.equal((await run(['nothing-here'], dir)).code, 2);
    assert.equal((await run(['--format', 'pdf'], dir)).code, 2);
    assert.equal((await run(['a', 'b'], dir)).code, 2);
    assert.equal((await run(['--as-of', 'yesterday'], dir)).code, 2);
  });
});
