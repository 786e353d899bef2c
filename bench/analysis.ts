// `npm run bench -- --suite analysis`: how fast are the analyses (support
// status, load-bearing nodes, what-if) on a large case, against the cost of
// loading that case?
//
//   npm run bench -- --suite analysis [--nodes 50000] [--runs N] [--seed N (default 20261015, as bench/check.ts)] [--record]
//
// It generates a valid case (bench/generate-case.ts) of --nodes argument nodes
// (default 50,000, split into modules of about a thousand nodes as
// bench/check.ts does) into bench/out/analysis-<nodes>/, then runs --runs
// fresh child processes (default 5). Each child loads the case (loadCase +
// buildGraph: the baseline) and then times, one after another,
//   status    caseStatus: the support status of every node, O(nodes + links)
//   critical  criticalNodes: the failure circuit, single points of failure (one
//             failure walk per point, within its default work budget), reach,
//             uncorroborated claims, alternatives and minimal failure sets
//   whatif    whatIf defeating one mid-level claim (two status runs and a comparison)
// first cold (the first call in the process, as `warrant status` pays it) and
// then warm (the median of five more calls in the same process). The report
// gives medians over the child processes, and each analysis's time as a share
// of loading. Impact and diff are timed by their own suite (bench/diff.ts).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  f0,
  f2,
  failer,
  machine,
  machineLine,
  markdownTable,
  modulesFor,
  outDir,
  recordSection,
  repo,
  runChild,
  type Stat,
  stat,
  textTable,
  withRange,
  writeCase,
} from './lib.js';

const fail: (message: string) => never = failer('analysis');

const AS_OF = '2026-11-01';

interface ChildResult {
  loadMs: number;
  nodes: number;
  items: number;
  midNode: string;
  top: string;
  topStatus: string;
  singlePoints: number;
  basis: string;
  cutSets: number;
  exact: boolean;
  changed: number;
  cold: Record<Task, number>;
  /** CPU time (user + system, all threads) of the first run: less sensitive than wall time to other load. */
  coldCpu: Record<Task, number>;
  warm: Record<Task, number>;
  loadAvg: number;
}

type Task = 'status' | 'critical' | 'whatif';
const TASKS: Task[] = ['status', 'critical', 'whatif'];

async function child(dir: string): Promise<void> {
  const { loadCase } = await import('../src/format/load-case.js');
  const { createFsReader } = await import('../src/node/fs-reader.js');
  const { buildGraph } = await import('../src/model/graph.js');
  const { caseStatus } = await import('../src/analysis/status.js');
  const { criticalNodes } = await import('../src/analysis/critical.js');
  const { whatIf } = await import('../src/analysis/whatif.js');
  const { supportChildren } = await import('../src/analysis/support.js');
  const t0 = performance.now();
  const loaded = loadCase('warrant.yaml', createFsReader(dir));
  if (!loaded.case) throw new Error('the generated case did not load');
  const c = loaded.case;
  const g = buildGraph(c);
  const loadMs = performance.now() - t0;
  // A mid-level claim: the first claim with children at half the depth of the argument, breadth-first from the top.
  const kids = supportChildren(c, g);
  const top = g.top!;
  const levels: string[][] = [[top]];
  const seen = new Set([top]);
  while (levels[levels.length - 1]!.length) {
    const next: string[] = [];
    for (const v of levels[levels.length - 1]!)
      for (const k of kids.get(v) ?? [])
        if (!seen.has(k)) {
          seen.add(k);
          next.push(k);
        }
    levels.push(next);
  }
  const mid =
    levels[Math.floor((levels.length - 2) / 2)]!.find((id) => c.nodes.get(id)!.kind === 'claim' && kids.has(id)) ?? top;
  const run: Record<Task, () => unknown> = {
    status: () => caseStatus(c, g, { asOf: AS_OF }),
    critical: () => criticalNodes(c, g, { asOf: AS_OF }),
    whatif: () => whatIf(c, g, { asOf: AS_OF, defeat: [mid] }),
  };
  const cold = {} as Record<Task, number>;
  const coldCpu = {} as Record<Task, number>;
  const results = {} as Record<Task, unknown>;
  for (const t of TASKS) {
    const cpu = process.cpuUsage();
    const s = performance.now();
    results[t] = run[t]();
    cold[t] = performance.now() - s;
    const d = process.cpuUsage(cpu);
    coldCpu[t] = (d.user + d.system) / 1000;
  }
  const warm = {} as Record<Task, number>;
  for (const t of TASKS) {
    const xs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      run[t]();
      xs.push(performance.now() - s);
    }
    warm[t] = stat(xs).median;
  }
  const st = results.status as Awaited<ReturnType<typeof caseStatus>>;
  const cr = results.critical as ReturnType<typeof criticalNodes>;
  const wi = results.whatif as ReturnType<typeof whatIf>;
  const out: ChildResult = {
    loadMs,
    nodes: c.nodes.size,
    items: c.evidence.size,
    midNode: mid,
    top,
    topStatus: st.nodes.get(top)!.status,
    singlePoints: cr.singlePoints.length,
    basis: cr.basis,
    cutSets: cr.cutSets.length,
    exact: cr.exact,
    changed: wi.changes.length,
    cold,
    coldCpu,
    warm,
    loadAvg: os.loadavg()[0]!,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function parent(): Promise<void> {
  const { values: opts } = parseArgs({
    args: process.argv.slice(2),
    strict: false,
    options: {
      nodes: { type: 'string', default: '50000' },
      runs: { type: 'string', default: '5' },
      seed: { type: 'string', default: '20261015' },
      record: { type: 'boolean' },
    },
  });
  const nodes = Number(opts.nodes);
  const runs = Number(opts.runs);
  const seed = Number(opts.seed);
  if (!Number.isInteger(nodes) || nodes < 30) fail(`--nodes must be an integer >= 30, got "${String(opts.nodes)}"`);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got "${String(opts.runs)}"`);
  const dir = path.join(outDir, `analysis-${nodes}`);
  writeCase(dir, nodes, seed);
  const samples: ChildResult[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(runChild<ChildResult>(path.join(repo, 'bench/analysis.ts'), ['--child', dir], fail));
    process.stderr.write(
      `  run ${i + 1}/${runs}: load ${f0(samples[i]!.loadMs)} ms, ${TASKS.map((t) => `${t} ${f0(samples[i]!.cold[t])}/${f0(samples[i]!.warm[t])} ms`).join(', ')}\n`,
    );
  }
  const s0 = samples[0]!;
  const load = stat(samples.map((s) => s.loadMs));
  const rows: string[][] = [['load (baseline): loadCase + buildGraph', withRange(load), '', '', '1.00']];
  const cold: Record<Task, Stat> = {} as never;
  const warm: Record<Task, Stat> = {} as never;
  for (const t of TASKS) {
    cold[t] = stat(samples.map((s) => s.cold[t]));
    warm[t] = stat(samples.map((s) => s.warm[t]));
    rows.push([
      t,
      withRange(cold[t]),
      f0(stat(samples.map((s) => s.coldCpu[t])).median),
      withRange(warm[t]),
      f2(cold[t].median / load.median),
    ]);
  }
  const table = {
    header: ['step', 'first run ms (min–max)', 'first run CPU ms', 'warm ms (min–max)', 'first run / load'],
    body: rows,
  };
  const loadAvg = stat(samples.map((s) => s.loadAvg)).median;
  const m = machine();
  const command = `npm run bench -- --suite analysis${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
  const facts = [
    `Case: generated, ${f0(s0.nodes)} argument nodes, ${f0(s0.items)} evidence items, ${modulesFor(nodes)} files (seed ${seed}); as of ${AS_OF}. Top claim ${s0.top} is ${s0.topStatus}.`,
    `critical (${s0.basis} basis): ${s0.singlePoints} single points of failure, ${s0.cutSets} minimal failure sets; ${s0.exact ? 'exact' : 'counts cut short by the default work budget'}.`,
    `whatif: defeats the mid-level claim ${s0.midNode}; ${s0.changed} node${s0.changed === 1 ? '' : 's'} change${s0.changed === 1 ? 's' : ''} status.`,
    `Machine load average (1 min) during the runs: ${loadAvg.toFixed(1)} on ${os.availableParallelism()} cores${loadAvg > os.availableParallelism() ? ': the machine was shared, so wall times are inflated; the ratio to loading, measured under the same load, is the steadier figure' : ''}.`,
  ];
  const cpu = (t: Task) => stat(samples.map((s) => s.coldCpu[t])).median;
  const verdicts = TASKS.map((t) => {
    const wall = cold[t].median;
    const under = (ms: number) => (ms < 500 ? 'well under a second' : ms < 1000 ? 'under a second' : 'over a second');
    const met = wall < 500 ? 'MET' : 'MISSED';
    return `**${met}** ${t} well under a second after loading: first run ${f0(wall)} ms wall (${under(wall)}), ${f0(cpu(t))} ms CPU (${under(cpu(t))}); ${f2(wall / load.median)}x of loading the case`;
  });
  const verdict = verdicts.join('; ').replace(/\*\*/g, '');
  process.stdout.write(`\n${textTable(table)}\n${facts.join('\n')}\n${verdict}.\n`);
  if (opts.record) {
    const md = [
      `Measured with \`${command}\` on ${m.date}, commit ${m.commit}: ${machineLine(m)}. Medians of ${runs} fresh processes; "first run" is the first call in the process (what one CLI run pays), "warm" the median of five more calls.`,
      '',
      markdownTable(table).trimEnd(),
      '',
      ...facts.map((f) => `- ${f}`),
      ...verdicts.map((v) => `- ${v}.`),
      '',
      'Complexity (docs/analysis.md): status O(nodes + links + citations); critical O(V + E) for the failure circuit, plus one failure walk per point over what falls with it within 20,000,000 link visits, plus minimal failure sets within 4,000,000 steps where alternatives are declared; whatif two status runs.',
    ].join('\n');
    recordSection('warrant-analysis', 'warrant status, critical, whatif', md);
    process.stderr.write('bench analysis: recorded in docs/benchmarks.md\n');
  }
}

const i = process.argv.indexOf('--child');
if (i !== -1) await child(process.argv[i + 1]!);
else await parent();
