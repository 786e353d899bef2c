// One measurement in a fresh process, so that peak memory is this task's and
// the JIT starts cold, as it does for a user running `warrant check`.
//
//   node --import tsx bench/measure.ts <baseline|check> <case-dir> [--impl <compiled src dir>]
//
// Prints one line of JSON: { task, ms, cpuMs, peakRssMB, parts?, diagnostics? }.
// `ms` covers only the task (reading and parsing, or the full check pipeline),
// not process start-up or module loading; the CLI figures in bench/check.ts give
// the end-to-end cost including start-up.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';

interface Measurement {
  task: string;
  ms: number;
  /** CPU time (user + system) of the task, all threads: less sensitive than `ms` to other load on the machine. */
  cpuMs: number;
  peakRssMB: number;
  parts?: Record<string, number>;
  /** Loader and structural diagnostics: a generated case must have none. */
  diagnostics?: number;
  /** Rule findings: an honest generated case has a few notes (open defeaters tracked by conditions). */
  findings?: number;
  bytes?: number;
  /** Start and end of the task on the monotonic clock in µs, to cut a --cpu-prof profile to the task (bench/profile.ts). */
  windowUs: [number, number];
  /** The same for the rules alone (bench/profile.ts --window rules). */
  rulesWindowUs?: [number, number];
  /** CPU time of the structural checks (graph included) and of the rules alone: less sensitive than their wall times to other load. */
  checksCpuMs?: number;
  rulesCpuMs?: number;
}

const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** Peak resident set size of this process so far, in MB (VmHWM, or getrusage's maxrss). */
export function peakRssMB(): number {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m?.[1]) return Number(m[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

async function main(): Promise<Measurement> {
  const [task, dir] = process.argv.slice(2);
  if (!dir || (task !== 'baseline' && task !== 'check'))
    throw new Error('usage: measure.ts <baseline|check> <case-dir>');
  if (task === 'baseline') {
    // The floor: read every file of the case and parse it with js-yaml, default schema, nothing else.
    const files = yamlFiles(dir);
    const c0 = process.cpuUsage();
    const w0 = nowUs();
    const t0 = performance.now();
    let bytes = 0;
    let docs = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      bytes += text.length;
      if (yaml.load(text) !== undefined) docs++;
    }
    const ms = performance.now() - t0;
    const cpuMs = cpuSince(c0);
    const windowUs: [number, number] = [w0, nowUs()];
    if (docs !== files.length) throw new Error('a file parsed to nothing');
    return { task, ms, cpuMs, peakRssMB: peakRssMB(), bytes, windowUs };
  }
  // The in-process `warrant check` pipeline: load (read, parse with positions,
  // validate, merge modules) and run every structural check. No formatting.
  // Imported here, not at the top, so the baseline process loads js-yaml only.
  // `--impl <dir>` takes a compiled build of src/ (tsc --outDir <dir>) instead of src/ through tsx.
  const impl = process.argv[4] === '--impl' ? process.argv[5] : undefined;
  const from = (rel: string): string => pathToFileURL(path.resolve(impl ?? '', rel)).href;
  const { loadCase } = impl
    ? ((await import(from('format/load-case.js'))) as typeof import('../src/format/load-case.js'))
    : await import('../src/format/load-case.js');
  const { fsReader } = impl
    ? ((await import(from('node/fs-reader.js'))) as typeof import('../src/node/fs-reader.js'))
    : await import('../src/node/fs-reader.js');
  const { checkCase } = impl
    ? ((await import(from('check/check-case.js'))) as typeof import('../src/check/check-case.js'))
    : await import('../src/check/check-case.js');
  const { runRules } = impl
    ? ((await import(from('check/rules/engine.js'))) as typeof import('../src/check/rules/engine.js'))
    : await import('../src/check/rules/engine.js');
  const { RULES } = impl
    ? ((await import(from('check/rules/index.js'))) as typeof import('../src/check/rules/index.js'))
    : await import('../src/check/rules/index.js');
  const { buildGraph } = impl
    ? ((await import(from('model/graph.js'))) as typeof import('../src/model/graph.js'))
    : await import('../src/model/graph.js');
  const c0 = process.cpuUsage();
  const w0 = nowUs();
  const t0 = performance.now();
  const loaded = loadCase(path.join(dir, 'warrant.yaml'), fsReader);
  const t1 = performance.now();
  const cc0 = process.cpuUsage();
  if (!loaded.case)
    throw new Error(
      `case did not load: ${loaded.diagnostics
        .map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`)
        .slice(0, 3)
        .join('; ')}`,
    );
  // As `warrant check` does (src/check/run-check.ts): build the graph once,
  // for the structural checks, and give the same graph to the rules.
  const graph = buildGraph(loaded.case);
  const diagnostics = [...loaded.diagnostics, ...checkCase(loaded.case, graph)];
  const t2 = performance.now();
  const checksCpuMs = cpuSince(cc0);
  const cpuMs = cpuSince(c0);
  const windowUs: [number, number] = [w0, nowUs()];
  // Source positions are built lazily, when the first finding needs one; a
  // case with findings pays for them once. Build them here, timed apart, so
  // the rules' own cost shows: issue 3 bounds it relative to the structural checks.
  const tp = performance.now();
  for (const n of loaded.case.nodes.values()) void n.pos.line;
  const positionsMs = performance.now() - tp;
  // Fixed date: the result must not depend on the day.
  const rc0 = process.cpuUsage();
  const rw0 = nowUs();
  const t3 = performance.now();
  const ruleRun = runRules({ case: loaded.case, graph, asOf: '2026-11-26', rules: RULES });
  const rulesMs = performance.now() - t3;
  const rulesCpuMs = cpuSince(rc0);
  const rulesWindowUs: [number, number] = [rw0, nowUs()];
  return {
    task,
    ms: t2 - t0,
    cpuMs,
    peakRssMB: peakRssMB(),
    parts: { load: t1 - t0, check: t2 - t1, positions: positionsMs, rules: rulesMs },
    diagnostics: diagnostics.length,
    findings: ruleRun.findings.length,
    windowUs,
    rulesWindowUs,
    checksCpuMs,
    rulesCpuMs,
  };
}

main().then(
  (m) => process.stdout.write(`${JSON.stringify(m)}\n`),
  (e: unknown) => {
    process.stderr.write(`measure: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
