// `warrant check` end to end, in process (fast) and once through the built binary.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLE_HEADER } from '../src/check/examples.js';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { tempDir } from './support/cli.js';

const tmpCase = (files: Record<string, string>) => tempDir(files, 'warrant-cli-');

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    color: false,
    today: '2026-11-26',
  };
  // These tests are about the command's mechanics: the structural checks only, unless a test asks for the rules.
  const code = await main(
    argv[0] === 'check' && !argv.includes('--rules') ? [...argv, '--no-rules'] : argv.filter((a) => a !== '--rules'),
    io,
  );
  return { code, stdout, stderr };
}

const clean = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe to launch., undeveloped: true }\n`;
const broken = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe to launch., supported_by: [G2] }\n`;
const warnOnly =
  EXAMPLE_HEADER +
  'risks:\n  R1: { title: Cyber uplift, pathway: cyber, severity: high }\nargument:\n  G1: { kind: claim, text: Safe to launch., undeveloped: true }\n';

describe('warrant check', () => {
  it('exits 0 on a clean case given as a directory', async () => {
    const dir = tmpCase({ 'warrant.yaml': clean });
    const r = await run(['check', '.'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /no problems/i);
  });

  it('exits 1 with a code frame and a hint on an error', async () => {
    const dir = tmpCase({ 'warrant.yaml': broken });
    const r = await run(['check', 'warrant.yaml'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /error\[S07\] warrant\.yaml:9:60/);
    assert.match(r.stdout, /\^/);
    assert.match(r.stdout, /hint/);
  });

  it('exits 2 on a missing file, on invalid YAML and on an include cycle', async () => {
    const dir = tmpCase({
      'bad.yaml': 'a: [\n',
      'cyc/warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml]\n`,
      'cyc/a.yaml': 'module: { id: a }\nincludes: [a.yaml]\n',
    });
    assert.equal((await run(['check', 'nothing-here'], dir)).code, 2);
    const bad = await run(['check', 'bad.yaml'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stdout, /L01/);
    assert.equal((await run(['check', 'cyc'], dir)).code, 2);
  });

  it('--fail-on warning turns warnings into a failing exit', async () => {
    const dir = tmpCase({ 'warrant.yaml': warnOnly });
    assert.equal((await run(['check'], dir)).code, 0);
    assert.equal((await run(['check', '--fail-on', 'warning'], dir)).code, 1);
  });

  it('--format json is stable and parseable', async () => {
    const dir = tmpCase({ 'warrant.yaml': broken });
    const a = await run(['check', '--format', 'json'], dir);
    const b = await run(['check', '--format', 'json'], dir);
    assert.equal(a.stdout, b.stdout);
    const doc = JSON.parse(a.stdout) as { cases: { diagnostics: { code: string; line: number; column: number }[] }[] };
    assert.deepEqual(
      doc.cases[0]!.diagnostics.map((d) => [d.code, d.line, d.column]),
      [['S07', 9, 60]],
    );
  });

  it('--format sarif writes SARIF 2.1.0 to a file with -o', async () => {
    const dir = tmpCase({ 'warrant.yaml': broken });
    const r = await run(['check', '--format', 'sarif', '-o', 'out/w.sarif'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out/w.sarif'), 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0]!.results[0]!.ruleId, 'S07');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['w.sarif'], 'no temporary file left behind');
  });

  it('bad usage exits 2 and prints the usage', async () => {
    const dir = tmpCase({ 'warrant.yaml': clean });
    const r = await run(['check', '--format', 'xml'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be one of pretty, json, sarif/);
    assert.match(r.stderr, /Usage: warrant check/);
    assert.equal((await run(['check', '--bogus'], dir)).code, 2);
    assert.equal((await run(['frobnicate'], dir)).code, 2);
    assert.equal((await run([], dir)).code, 2);
    assert.equal((await run(['--help'], dir)).code, 0);
  });

  it('runs the rules after the structure, judged --as-of a date', async () => {
    const dir = tmpCase({ 'warrant.yaml': clean });
    const r = await run(['check', '--rules', '--as-of', '2026-11-26', '--format', 'json'], dir);
    const doc = JSON.parse(r.stdout) as { cases: { diagnostics: { code: string }[] }[] };
    assert.ok(
      doc.cases[0]!.diagnostics.some((d) => d.code.includes('/')),
      'some rule fires on a bare case',
    );
    assert.equal((await run(['check', '--rules', '--as-of', '2026-13-01'], dir)).code, 2);
  });

  it('--quiet prints errors only, says what it left out, and does not count warnings towards the exit', async () => {
    const dir = tmpCase({ 'warrant.yaml': warnOnly, 'broken/warrant.yaml': broken });
    const loud = await run(['check', '--fail-on', 'warning'], dir);
    assert.equal(loud.code, 1);
    assert.match(loud.stdout, /^warning\[/m);
    const quiet = await run(['check', '--fail-on', 'warning', '--quiet'], dir);
    assert.equal(quiet.code, 0, quiet.stdout);
    assert.doesNotMatch(quiet.stdout, /^warning\[/m);
    assert.match(quiet.stdout, /^\.\.\. and 1 warning not shown \(--quiet\)$/m);
    // Errors are still printed and still fail the run.
    const failing = await run(['check', 'broken', '--quiet'], dir);
    assert.equal(failing.code, 1);
    assert.match(failing.stdout, /^error\[S07\]/m);
    // JSON and SARIF leave them out too, and say how many.
    const json = JSON.parse((await run(['check', '--quiet', '--format', 'json'], dir)).stdout) as {
      omitted: { warnings: number };
      cases: { diagnostics: unknown[] }[];
    };
    assert.deepEqual([json.omitted.warnings, json.cases[0]!.diagnostics.length], [1, 0]);
    const sarif = JSON.parse((await run(['check', '--quiet', '--format', 'sarif'], dir)).stdout) as {
      runs: { results: unknown[]; properties: { omitted: { warnings: number } } }[];
    };
    assert.deepEqual([sarif.runs[0]!.results.length, sarif.runs[0]!.properties.omitted.warnings], [0, 1]);
  });

  it('--max-warnings N fails the run on more than N warnings', async () => {
    const dir = tmpCase({ 'warrant.yaml': warnOnly });
    const warnings = (
      JSON.parse((await run(['check', '--format', 'json'], dir)).stdout) as { summary: { warnings: number } }
    ).summary.warnings;
    assert.ok(warnings > 0);
    const within = await run(['check', '--max-warnings', String(warnings)], dir);
    assert.equal(within.code, 0, within.stdout);
    assert.match(within.stdout, new RegExp(`^passed: .*\\(--fail-on error, --max-warnings ${warnings}\\)$`, 'm'));
    const over = await run(['check', '--max-warnings', String(warnings - 1)], dir);
    assert.equal(over.code, 1);
    assert.match(over.stdout, /^failed: .*: too many warnings\)$/m);
    const json = JSON.parse((await run(['check', '--max-warnings', '0', '--format', 'json'], dir)).stdout) as {
      maxWarnings: number;
      summary: { failed: boolean };
    };
    assert.deepEqual([json.maxWarnings, json.summary.failed], [0, true]);
    for (const bad of ['-1', 'x', '1.5', '']) {
      const r = await run(['check', `--max-warnings=${bad}`], dir);
      assert.equal(r.code, 2, `--max-warnings ${bad}`);
      assert.match(r.stderr, /--max-warnings must be a whole number/);
    }
  });

  it('the built binary runs and returns the exit code', {
    skip: !fs.existsSync('dist/cli/bin.js') && 'dist not built',
  }, () => {
    const dir = tmpCase({ 'warrant.yaml': broken });
    const r = spawnSync(process.execPath, [path.resolve('dist/cli/bin.js'), 'check', dir, '--no-rules'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /S07/);
    assert.equal(r.stderr, '');
  });
});

describe('warrant check --quiet and --max-warnings through the built binary', () => {
  it('exit codes and the summary line', { skip: !fs.existsSync('dist/cli/bin.js') && 'dist not built' }, () => {
    const dir = tmpCase({ 'warrant.yaml': warnOnly });
    const bin = (...args: string[]) =>
      spawnSync(process.execPath, [path.resolve('dist/cli/bin.js'), 'check', dir, '--no-rules', ...args], {
        encoding: 'utf8',
      });
    assert.equal(bin('--max-warnings', '0').status, 1);
    assert.equal(bin('--max-warnings', '0', '--quiet').status, 0);
    const quiet = bin('--quiet', '--fail-on', 'warning');
    assert.equal(quiet.status, 0);
    assert.match(quiet.stdout, /not shown \(--quiet\)/);
  });
});
