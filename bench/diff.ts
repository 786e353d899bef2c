// `npm run bench -- --suite diff`: how fast are change impact and the semantic
// diff on large cases, once the cases are loaded?
//
//   npm run bench -- --suite diff [--impact-nodes 50000] [--diff-nodes 10000]
//                 [--change-rate 0.05] [--runs N] [--seed N] [--record]
//
// impact: a generated case of 50,000 nodes (bench/generate-case.ts), loaded
//   from memory; then, timed, what `warrant impact --change
//   context.model.build=<new> --change tools+=<new tool>` does after loading:
//   apply the changes, build the argument graph, analyse (context diff,
//   triggers, every evidence item against both contexts, the claims above
//   mismatched evidence, the support status of both versions). The baseline
//   is loadCase on the same files (read from memory, parse, validate, merge).
// diff: a generated case of 10,000 nodes and a copy with 5% of its nodes and
//   evidence items changed deterministically (rewording, links added and
//   removed, renamed ids with every reference updated, evidence results and
//   artefact hashes changed), both loaded; then, timed, diffCases with and
//   without the support statuses of both versions.
// Each figure is the median of several runs in this process, after one
// warm-up run, with the fastest and slowest in brackets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { diffCases, diffCounts } from '../src/analysis/diff/diff.js';
import { applyChanges, parseChange } from '../src/analysis/impact/changes.js';
import { analyseImpact, withContext } from '../src/analysis/impact/impact.js';
import { caseStatus } from '../src/analysis/status.js';
import { loadCase } from '../src/format/load-case.js';
import { memoryReader } from '../src/format/memory-reader.js';
import type { Case } from '../src/model/case.js';
import { buildGraph } from '../src/model/graph.js';
import { createRng, generateCase, toYaml } from './generate-case.js';
import {
  f0,
  f2,
  machine,
  machineLine,
  markdownTable,
  modulesFor,
  outDir,
  recordSection,
  repo,
  type Stat,
  stat,
  textTable,
  withRange,
} from './lib.js';

const { values: opts } = parseArgs({
  strict: false,
  options: {
    'impact-nodes': { type: 'string', default: '50000' },
    'diff-nodes': { type: 'string', default: '10000' },
    'change-rate': { type: 'string', default: '0.05' },
    runs: { type: 'string', default: '7' },
    seed: { type: 'string', default: '20261015' },
    record: { type: 'boolean', default: false },
    suite: { type: 'string' },
  },
});
const impactNodes = Number(opts['impact-nodes']);
const diffNodes = Number(opts['diff-nodes']);
const rate = Number(opts['change-rate']);
const runs = Number(opts.runs);
const seed = Number(opts.seed);

function load(files: Map<string, string>): Case {
  const r = loadCase('warrant.yaml', memoryReader(files));
  if (!r.case)
    throw new Error(
      `generated case did not load: ${r.diagnostics
        .slice(0, 3)
        .map((d) => d.message)
        .join('; ')}`,
    );
  return r.case;
}

function time<T>(f: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, value };
}

/** Wall and CPU time of `f`: medians of `runs` runs after a warm-up. CPU time is less disturbed by other work on a shared machine. */
function measure<T>(f: () => T): { st: Stat; cpu: Stat; value: T } {
  let value = f(); // warm-up
  const xs: number[] = [];
  const cs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = time(f);
    xs.push(r.ms);
    cs.push(r.cpuMs);
    value = r.value;
  }
  return { st: stat(xs), cpu: stat(cs), value };
}

// ---- impact -------------------------------------------------------------------

const loadBefore = os.loadavg()[0] ?? NaN;
process.stderr.write(`impact: generating ${f0(impactNodes)} nodes...\n`);
const big = generateCase({ nodes: impactNodes, seed, modules: modulesFor(impactNodes) });
const loadRun = measure(() => load(big.files));
const bigCase = loadRun.value;
const changes = ['context.model.build=fm7-2026-11-20-rc1', "tools+=email_send: send mail from the user's account"].map(
  parseChange,
);
const impactRun = measure(() => {
  const after = withContext(bigCase, applyChanges(bigCase.context!.value, changes));
  return analyseImpact(bigCase, after, { asOf: '2026-10-20', graph: buildGraph(bigCase), status: caseStatus });
});
const graphRun = measure(() => buildGraph(bigCase));
const bigGraph = graphRun.value;
const impactNoStatus = measure(() => {
  const after = withContext(bigCase, applyChanges(bigCase.context!.value, changes));
  return analyseImpact(bigCase, after, { asOf: '2026-10-20', graph: bigGraph });
});
const report = impactRun.value;

// ---- diff -----------------------------------------------------------------------

type Doc = Record<string, unknown> & {
  argument?: Record<string, Record<string, unknown>>;
  evidence?: Record<string, Record<string, unknown>>;
};

/** Change `rate` of the nodes and evidence items, deterministically. Returns the new files and what was done. */
function mutate(
  files: Map<string, string>,
  rate: number,
  seed: number,
): { files: Map<string, string>; done: Record<string, number> } {
  const rnd = createRng(seed ^ 0x5bd1e995);
  const docs = new Map([...files].map(([f, t]) => [f, yaml.load(t, { schema: yaml.CORE_SCHEMA }) as Doc]));
  const nodes: { file: string; id: string; node: Record<string, unknown> }[] = [];
  const items: Record<string, unknown>[] = [];
  for (const [file, d] of docs) {
    for (const [id, node] of Object.entries(d.argument ?? {})) nodes.push({ file, id, node });
    for (const item of Object.values(d.evidence ?? {})) items.push(item);
  }
  const contexts = nodes.filter((n) => n.node.kind === 'context').map((n) => n.id);
  const done = {
    'nodes reworded': 0,
    'links added': 0,
    'links removed': 0,
    'nodes renamed': 0,
    'evidence items changed': 0,
  };
  const renames = new Map<string, string>();
  const target = Math.round((nodes.length + items.length) * rate);
  const pickedNodes = new Set<number>();
  const nodeBudget = Math.round(target * (nodes.length / (nodes.length + items.length)));
  while (pickedNodes.size < nodeBudget) pickedNodes.add(Math.floor(rnd() * nodes.length));
  for (const i of [...pickedNodes].sort((a, b) => a - b)) {
    const n = nodes[i]!;
    const roll = rnd();
    if (roll < 0.45) {
      n.node.text = `${String(n.node.text)} (revised after review)`;
      done['nodes reworded']++;
    } else if (roll < 0.65 && (n.node.kind === 'claim' || n.node.kind === 'strategy') && contexts.length) {
      n.node.in_context_of = [
        ...((n.node.in_context_of as string[] | undefined) ?? []),
        contexts[Math.floor(rnd() * contexts.length)]!,
      ].filter((x, k, a) => a.indexOf(x) === k);
      done['links added']++;
    } else if (roll < 0.75 && Array.isArray(n.node.in_context_of) && (n.node.in_context_of as string[]).length > 0) {
      n.node.in_context_of = (n.node.in_context_of as string[]).slice(1);
      done['links removed']++;
    } else if (n.node.kind !== 'claim' || n.id !== 'G0') {
      renames.set(n.id, `${n.id}-r`);
      done['nodes renamed']++;
    }
  }
  for (let k = 0; k < Math.round(target - nodeBudget); k++) {
    const item = items[Math.floor(rnd() * items.length)]!;
    const result = item.result as Record<string, unknown> | undefined;
    if (result && typeof result.value === 'number') result.value = Math.round((result.value as number) * 900) / 1000;
    else item.date = '2026-10-01';
    const artefact = item.artefact as Record<string, unknown> | undefined;
    if (artefact)
      artefact.sha256 = Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');
    done['evidence items changed']++;
  }
  // Renames: the node's key and every reference to it.
  const ren = (id: string) => renames.get(id) ?? id;
  for (const d of docs.values()) {
    if (!d.argument) continue;
    const next: Record<string, Record<string, unknown>> = {};
    for (const [id, node] of Object.entries(d.argument)) {
      for (const f of ['supported_by', 'in_context_of'])
        if (Array.isArray(node[f])) node[f] = (node[f] as string[]).map(ren);
      if (Array.isArray(node.challenges))
        node.challenges = (node.challenges as string[]).map((c) =>
          c
            .split(' -> ')
            .map((x) => ren(x.trim()))
            .join(' -> '),
        );
      const res = node.resolution as Record<string, unknown> | undefined;
      if (res && Array.isArray(res.refs)) res.refs = (res.refs as string[]).map(ren);
      next[ren(id)] = node;
    }
    d.argument = next;
    const mod = d.module as { extends?: { develops: Record<string, string[]> }[] } | undefined;
    for (const e of mod?.extends ?? [])
      e.develops = Object.fromEntries(Object.entries(e.develops).map(([k, v]) => [ren(k), v.map(ren)]));
  }
  for (const d of docs.values()) {
    const dec = d.decision as { conditions?: unknown[] } | undefined;
    if (dec?.conditions)
      dec.conditions = dec.conditions.map((c) =>
        typeof c === 'object' && c && 'text' in c
          ? { ...c, text: String((c as { text: string }).text).replace(/\b[A-Z][A-Za-z]*\d+\b/g, (m) => ren(m)) }
          : c,
      );
  }
  return { files: new Map([...docs].map(([f, d]) => [f, toYaml(d as never)])), done };
}

process.stderr.write(`diff: generating ${f0(diffNodes)} nodes and a version with ${rate * 100}% changed...\n`);
const small = generateCase({ nodes: diffNodes, seed: seed + 1, modules: modulesFor(diffNodes) });
const mutated = mutate(small.files, rate, seed);
const a = load(small.files);
const b = load(mutated.files);
const asOf = '2026-10-20';
const diffPlain = measure(() => diffCases(a, b));
const diffStatus = measure(() =>
  diffCases(a, b, { status: { a: caseStatus(a, buildGraph(a), { asOf }), b: caseStatus(b, buildGraph(b), { asOf }) } }),
);
const counts = diffCounts(diffStatus.value);

// ---- report ---------------------------------------------------------------------

const ratio = (x: Stat, y: Stat) => `${(x.median / y.median).toFixed(2)}×`;
const rows = [
  ['loadCase (baseline)', `${f0(impactNodes)} nodes`, withRange(loadRun.st), withRange(loadRun.cpu), '1.00×'],
  [
    'impact, all of it',
    `${f0(impactNodes)} nodes`,
    withRange(impactRun.st),
    withRange(impactRun.cpu),
    ratio(impactRun.cpu, loadRun.cpu),
  ],
  [
    'of which buildGraph',
    `${f0(impactNodes)} nodes`,
    withRange(graphRun.st),
    withRange(graphRun.cpu),
    ratio(graphRun.cpu, loadRun.cpu),
  ],
  [
    'of which the impact analysis',
    `${f0(impactNodes)} nodes`,
    withRange(impactNoStatus.st),
    withRange(impactNoStatus.cpu),
    ratio(impactNoStatus.cpu, loadRun.cpu),
  ],
  ['diff, with statuses', `2 × ${f0(diffNodes)} nodes`, withRange(diffStatus.st), withRange(diffStatus.cpu), ''],
  ['diff, without statuses', `2 × ${f0(diffNodes)} nodes`, withRange(diffPlain.st), withRange(diffPlain.cpu), ''],
];
const t = {
  header: ['task', 'size', 'wall ms, median (min–max)', 'CPU ms, median (min–max)', 'CPU vs loadCase'],
  body: rows,
};
const impactMet = impactRun.st.median < 1000;
const diffMet = diffStatus.st.median < 1000;
const loadAfter = os.loadavg()[0] ?? NaN;
const loadLine = `1-minute load average ${f2(loadBefore)} before the runs, ${f2(loadAfter)} after (the suite keeps one core busy; more means other work shared the ${os.availableParallelism()} cores and inflated wall times)`;
const m = machine();
const command = `npm run bench -- --suite diff${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
const what = `The impact run found ${report.changes.length} context changes, ${report.triggers.length} triggers fired, ${f0(report.evidence.length)} evidence mismatches, ${f0(report.claimsOnMismatchedEvidence.length)} claims above them and ${f0(report.statusLosses?.length ?? 0)} status losses. The mutated version changed ${Object.entries(
  mutated.done,
)
  .filter(([, v]) => v)
  .map(([k, v]) => `${f0(v)} ${k}`)
  .join(
    ', ',
  )}; the diff reported ${counts.nodesRenamed} renames, ${counts.nodesReworded} rewordings, ${counts.links} link changes, ${counts.evidenceChanged} changed evidence items and ${counts.status} claim status changes (with ${counts.nodesAdded + counts.nodesRemoved} nodes added or removed: renames are not mistaken for them).`;
const verdicts = [
  `${impactMet ? 'MET' : 'MISSED'} impact on ${f0(impactNodes)} nodes well under a second after loading: ${f0(impactRun.st.median)} ms wall, ${f0(impactRun.cpu.median)} ms CPU, median (${ratio(impactRun.cpu, loadRun.cpu)} of loadCase's CPU time; ${impactRun.cpu.median < 1000 ? 'under' : 'over'} a second of CPU). The impact analysis itself takes ${f0(impactNoStatus.cpu.median)} ms CPU and the graph ${f0(graphRun.cpu.median)} ms; the rest is the two status propagations.`,
  `${diffMet ? 'MET' : 'MISSED'} diff of two ${f0(diffNodes)}-node versions with ${rate * 100}% changes under a second: ${f0(diffStatus.st.median)} ms wall (${f0(diffStatus.cpu.median)} ms CPU) median with statuses, ${f0(diffPlain.st.median)} ms wall (${f0(diffPlain.cpu.median)} ms CPU) without; ${diffStatus.cpu.median < 1000 ? 'under' : 'over'} a second of CPU.`,
];
process.stdout.write(
  `\n${textTable(t)}\n${what}\n${verdicts.join('\n')}\n\nmachine: ${machineLine(m)}\n${loadLine}\ncommit: ${m.commit}\n`,
);
const md = [
  `Command: \`${command}\` (${m.date}, commit ${m.commit}).`,
  '',
  `Machine: ${machineLine(m)}; ${loadLine}.`,
  '',
  markdownTable(t),
  `Medians of ${runs} runs in one process after a warm-up run, fastest and slowest in brackets; the cases are loaded once, from memory, and every timed figure starts after loading. "impact" is what \`warrant impact\` does after loading: apply the changes, build the argument graph, analyse, and (with statuses) propagate the support status of both versions. "diff" is \`diffCases\`; with statuses it includes building both graphs and both status propagations. CPU time is user plus system time of this process (garbage collection included). ${what}`,
  '',
  'Against the targets:',
  '',
  ...verdicts.map((s) => `- ${s.replace(/^(MET|MISSED)\s*/, '**$1** ')}`),
  '',
].join('\n');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'diff-results.md'), `# impact and diff benchmark\n\n${md}`);
process.stdout.write(`wrote ${path.relative(repo, path.join(outDir, 'diff-results.md'))}\n`);
if (opts.record) {
  recordSection('impact-diff', 'warrant impact and warrant diff', md);
  process.stdout.write('recorded in docs/benchmarks.md\n');
}
