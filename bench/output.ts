// `npm run bench -- --suite output`: does `warrant check` print thousands of
// findings in time linear in the file, in every output format?
//
//   npm run bench -- --suite output [--gsn2x-nodes 5000,10000] [--runs N] [--build] [--record]
//
// For each size it generates a gsn2x argument (bench/generate-gsn2x.ts: about
// two nodes in seven are solutions) into bench/out/gsn2x-<nodes>/argument.gsn.yaml
// and imports it with the core importer (importGsn2x, as `warrant import gsn2x`
// does) to bench/out/gsn2x-<nodes>/case/warrant.yaml. Each solution becomes an
// evidence node without a registered evidence item, so the case has thousands of
// S28 warnings, as every gsn2x import has. Then, each time in a fresh process,
// interleaved, --runs times (default 5):
//   bare     node -e: read warrant.yaml and js-yaml `load` it (default schema): the floor
//   pretty   node <bin> check <case> --as-of 2026-04-28, the default format, colourless
//   json     the same with --format json
//   sarif    the same with --format sarif
// Each run's whole output is read back from a pipe and must hold every finding.
// Times are wall clock of the whole process, start-up included, timed by this
// process; CPU time (user + system) and peak memory come from the child itself
// (bench/process-usage.cjs). The verdict judges the issue's aim: pretty at most
// 2x bare, medians. --record rewrites the "warrant check output" section of
// docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importGsn2x } from '../src/format/gsn2x/import.js';
import { generateGsn2x } from './generate-gsn2x.js';
import {
  benchDir,
  f0,
  f2,
  failer,
  findCli,
  machineLine,
  markdownTable,
  outDir,
  recordSection,
  repo,
  type Stat,
  stat,
  textTable,
  withRange,
} from './lib.js';

const fail: (message: string) => never = failer('output');

const { values: opts } = parseArgs({
  strict: false,
  options: {
    'gsn2x-nodes': { type: 'string', default: '5000,10000' },
    runs: { type: 'string', default: '5' },
    build: { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
    suite: { type: 'string' },
  },
});

const AS_OF = '2026-04-28';
const AIM = 2;
const TASKS = ['bare', 'pretty', 'json', 'sarif'] as const;
type Task = (typeof TASKS)[number];

interface Sample {
  ms: number;
  cpuMs: number;
  peakRssMB: number;
}

interface Row {
  nodes: number;
  bytes: number;
  findings: number;
  runs: number;
  tasks: Record<Task, { ms: Stat; cpuMs: Stat; peakRssMB: Stat }>;
}

const sizes = String(opts['gsn2x-nodes'])
  .split(',')
  .map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 100))
  fail(`--gsn2x-nodes must be integers >= 100, got "${opts['gsn2x-nodes']}"`);
const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) fail(`--runs must be a positive integer, got "${opts.runs}"`);

/** The gsn2x argument and its import, written under bench/out/gsn2x-<nodes>/. */
function writeImportedCase(nodes: number): { dir: string; file: string; bytes: number } {
  const dir = path.join(outDir, `gsn2x-${nodes}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'case'), { recursive: true });
  const g = generateGsn2x(nodes);
  fs.writeFileSync(path.join(dir, 'argument.gsn.yaml'), g.text);
  const imported = importGsn2x([{ path: 'argument.gsn.yaml', text: g.text }]);
  if (imported.files.length === 0)
    fail(`the generated gsn2x argument did not import: ${imported.diagnostics[0]?.message}`);
  for (const f of imported.files) fs.writeFileSync(path.join(dir, 'case', f.path), f.text);
  const file = path.join(dir, 'case', 'warrant.yaml');
  return { dir: path.join(dir, 'case'), file, bytes: fs.statSync(file).size };
}

function argvOf(task: Task, bin: string, c: { dir: string; file: string }): string[] {
  if (task === 'bare')
    return ['-e', `require('js-yaml').load(require('node:fs').readFileSync(${JSON.stringify(c.file)}, 'utf8'))`];
  const format = task === 'pretty' ? [] : ['--format', task];
  return [bin, 'check', c.dir, '--as-of', AS_OF, ...format];
}

/** Findings in one run's output: every one must be printed, whatever the format. */
function findingsIn(task: Task, out: string): number {
  if (task === 'pretty') return (out.match(/^(error|warning|info)\[/gm) ?? []).length;
  if (task === 'json')
    return (JSON.parse(out) as { cases: { diagnostics: unknown[] }[] }).cases.reduce(
      (n, c) => n + c.diagnostics.length,
      0,
    );
  if (task === 'sarif') return (JSON.parse(out) as { runs: { results: unknown[] }[] }).runs[0]?.results.length ?? 0;
  return 0;
}

function run(task: Task, bin: string, c: { dir: string; file: string }): Sample & { out: string } {
  const usageFile = path.join(outDir, `.usage-${process.pid}`);
  fs.rmSync(usageFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--require', path.join(benchDir, 'process-usage.cjs'), ...argvOf(task, bin, c)],
    {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WARRANT_BENCH_USAGE_OUT: usageFile, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  const ms = performance.now() - t0;
  // A case with findings at error severity exits 1; 2 or a signal means it did not run.
  if (r.status === null || r.status >= 2)
    fail(`${task} failed (exit ${r.status ?? r.signal}): ${r.stderr.slice(0, 500)}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { cpuMs: number; peakRssMB: number };
  fs.rmSync(usageFile, { force: true });
  return { ms, ...usage, out: r.stdout };
}

function measureSize(nodes: number, bin: string): Row {
  const c = writeImportedCase(nodes);
  process.stderr.write(`bench: gsn2x import of ${f0(nodes)} nodes, ${f0(c.bytes)} bytes, ${RUNS} runs `);
  const samples = Object.fromEntries(TASKS.map((t) => [t, [] as Sample[]])) as Record<Task, Sample[]>;
  let findings = -1;
  // Interleave the tasks so that drift in the machine's speed hits them alike.
  for (let i = 0; i < RUNS; i++) {
    for (const task of TASKS) {
      const s = run(task, bin, c);
      samples[task].push(s);
      if (i === 0 && task !== 'bare') {
        const n = findingsIn(task, s.out);
        if (findings !== -1 && n !== findings) fail(`${task} printed ${n} findings, another format ${findings}`);
        findings = n;
      }
    }
    process.stderr.write('.');
  }
  process.stderr.write(` ${f0(findings)} findings\n`);
  const summary = (xs: Sample[]) => ({
    ms: stat(xs.map((s) => s.ms)),
    cpuMs: stat(xs.map((s) => s.cpuMs)),
    peakRssMB: stat(xs.map((s) => s.peakRssMB)),
  });
  const tasks = Object.fromEntries(TASKS.map((t) => [t, summary(samples[t])])) as Row['tasks'];
  return { nodes, bytes: c.bytes, findings, runs: RUNS, tasks };
}

function table(rows: Row[]): { header: string[]; body: string[][] } {
  const header = ['nodes', 'bytes', 'findings', 'task', 'wall ms', 'x bare', 'CPU ms', 'CPU x bare', 'peak MB'];
  const body: string[][] = [];
  for (const r of rows) {
    const bare = r.tasks.bare;
    for (const t of TASKS) {
      const x = r.tasks[t];
      body.push([
        f0(r.nodes),
        f0(r.bytes),
        f0(r.findings),
        t,
        withRange(x.ms),
        f2(x.ms.median / bare.ms.median),
        f0(x.cpuMs.median),
        f2(x.cpuMs.median / bare.cpuMs.median),
        f0(x.peakRssMB.median),
      ]);
    }
  }
  return { header, body };
}

/** The aim, on each size; and growth between sizes, where a quadratic cost would show. */
function verdicts(rows: Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const ratio = r.tasks.pretty.ms.median / r.tasks.bare.ms.median;
    const cpu = r.tasks.pretty.cpuMs.median / r.tasks.bare.cpuMs.median;
    out.push(
      `${ratio <= AIM ? 'MET   ' : 'MISSED'} pretty at most ${AIM}x the bare js-yaml load at ${f0(r.nodes)} nodes (${f0(r.findings)} findings printed): ${f2(ratio)}x wall (${f0(r.tasks.pretty.ms.median)} ms on ${f0(r.tasks.bare.ms.median)} ms), ${f2(cpu)}x CPU`,
    );
  }
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as Row;
    const b = rows[i] as Row;
    const size = b.bytes / a.bytes;
    // Fixed costs (Node start-up, loading the code) make linear growth come out below the size ratio.
    for (const t of ['pretty', 'json', 'sarif'] as const) {
      const g = b.tasks[t].cpuMs.median / a.tasks[t].cpuMs.median;
      out.push(
        `${g <= size * 1.25 ? 'MET   ' : 'MISSED'} ${t} grows linearly, ${f0(a.nodes)} → ${f0(b.nodes)} nodes (${f2(size)}x bytes): CPU ${f2(g)}x (at most ${f2(size * 1.25)}x)`,
      );
    }
  }
  return out;
}

// ---- main --------------------------------------------------------------------

fs.mkdirSync(outDir, { recursive: true });
const cli = findCli({ build: Boolean(opts.build) });
if (!cli) fail('this suite times the CLI: run `npm run build` first, or pass --build.');
const loadBefore = os.loadavg()[0] ?? Number.NaN;
const rows = sizes.map((n) => measureSize(n, cli.bin));
const loadAfter = os.loadavg()[0] ?? Number.NaN;

const t = table(rows);
const v = verdicts(rows);
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const loadLine = `1-minute load average ${f2(loadBefore)} before the runs, ${f2(loadAfter)} after`;
process.stdout.write(`\n${textTable(t)}\n${v.join('\n')}\n\nmachine: ${machineLine()}\n${loadLine}\n`);

const md = [
  `Command: \`${command}\` (${new Date().toISOString().slice(0, 10)}).`,
  '',
  `Machine: ${machineLine()}; ${loadLine}.`,
  '',
  markdownTable(t),
  `Medians of ${RUNS} fresh-process runs, the fastest and slowest in brackets; wall time of the whole process (Node start-up included) from the parent, CPU time and peak resident set from the child. **bare** is \`node -e\` reading the imported warrant.yaml and calling js-yaml \`load\`; **pretty**, **json** and **sarif** are \`node ${path.relative(repo, cli.bin)} check <case> --as-of ${AS_OF}\` in each format (${cli.note}), output read through a pipe and checked to hold every finding.`,
  '',
  'Against the aim:',
  '',
  ...v.map((s) => `- ${s.replace(/^(MET|MISSED)\s*/, '**$1** ')}`),
  '',
].join('\n');
fs.writeFileSync(path.join(outDir, 'output-results.md'), `# warrant check output benchmark\n\n${md}`);
if (opts.record) {
  recordSection('warrant-check-output', 'warrant check output', md);
  process.stdout.write('recorded in docs/benchmarks.md\n');
}
