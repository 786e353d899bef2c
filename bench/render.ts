// `npm run bench -- --suite render`: how fast is the diagram (layout and SVG)
// of large cases, against Graphviz dot laying out the same graph, and how
// readable and stable is it?
//
//   npm run bench -- --suite render [--sizes 1000,10000] [--runs N] [--dot-runs N]
//                 [--seed N] [--no-dot] [--record]
//
// For each size it generates a valid case (bench/generate-case.ts), builds its
// DiagramGraph (loading is not timed: `warrant check`'s suite measures it) and
// writes it to bench/out/render-<size>.json, with the same nodes and edges as a
// DOT file (labels wrapped to the same widths, GSN-like shapes).
// Then, each time in a fresh child process (cold JIT, as for a user):
//   layout   layoutDiagram(graph)
//   svg      renderSvg(layout)
// median of --runs (default 5). And `dot -Tsvg` on the DOT file, wall clock,
// --dot-runs times (default 3 at 1,000 nodes, 1 above: it takes ~30 s at 10,000),
// reported as the ratio dot / (layout + svg) from the same run. Without
// /usr/bin/dot (Debian package graphviz; a bench-only tool) the ratio is skipped.
// Readability: drawing width and height, aspect, overlapping node pairs (must be
// 0), SVG bytes. Stability: the share of unrelated nodes moved over random
// edits (src/render/layout/stability.ts) on the smallest size.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCase } from '../src/format/load-case.js';
import { memoryReader } from '../src/format/memory-reader.js';
import {
  type DiagramGraph,
  type DiagramNode,
  diagramFromCase,
  layoutDiagram,
  overlaps,
  renderSvg,
} from '../src/render/index.js';
import { measureNode } from '../src/render/layout/shapes.js';
import { movement, relatedTo } from '../src/render/layout/stability.js';
import { createRng, generateCase } from './generate-case.js';
import {
  benchDir,
  f0,
  f2,
  failer,
  machineLine,
  markdownTable,
  modulesFor,
  outDir,
  recordSection,
  runChild,
  type Stat,
  stat,
  textTable,
} from './lib.js';

const fail: (message: string) => never = failer('render');

const { values: opts } = parseArgs({
  strict: false,
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '5' },
    'dot-runs': { type: 'string' },
    seed: { type: 'string', default: '20261015' },
    'no-dot': { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
    child: { type: 'string' },
    suite: { type: 'string' },
  },
});

interface ChildResult {
  layoutMs: number;
  svgMs: number;
  /** CPU time (user + system, all threads) of layout and SVG: less sensitive than wall time to other load on the machine. */
  cpuMs: number;
  bytes: number;
  width: number;
  height: number;
  overlaps: number;
  nodes: number;
  edges: number;
}

// ---- child: one measurement in a fresh process ------------------------------------
if (typeof opts.child === 'string') {
  const d = JSON.parse(fs.readFileSync(opts.child, 'utf8')) as DiagramGraph;
  const cpu0 = process.cpuUsage();
  let t = performance.now();
  const layout = layoutDiagram(d);
  const layoutMs = performance.now() - t;
  t = performance.now();
  const svg = renderSvg(layout);
  const svgMs = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const r: ChildResult = {
    layoutMs,
    svgMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    bytes: Buffer.byteLength(svg),
    width: layout.width,
    height: layout.height,
    overlaps: overlaps(layout).length,
    nodes: layout.nodes.length,
    edges: layout.edges.length,
  };
  process.stdout.write(JSON.stringify(r));
  process.exit(0);
}

const ratio = (x: number): string => (Number.isFinite(x) ? (x < 10 ? `${f2(x)}×` : `${f0(x)}×`) : 'n/a');
const sizes = String(opts.sizes)
  .split(',')
  .map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 30)) fail(`--sizes must be integers >= 30, got "${opts.sizes}"`);
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got "${opts.runs}"`);
const seed = Number(opts.seed);
const DOT = '/usr/bin/dot';
const haveDot = !opts['no-dot'] && fs.existsSync(DOT);
const dotRunsFor = (n: number): number => (opts['dot-runs'] ? Number(opts['dot-runs']) : n > 1000 ? 1 : 3);

function diagramOf(nodes: number): DiagramGraph {
  const g = generateCase({ nodes, seed, modules: modulesFor(nodes) });
  const loaded = loadCase('warrant.yaml', memoryReader(g.files));
  if (!loaded.case) fail(`generated case of ${nodes} nodes does not load`);
  return diagramFromCase(loaded.case as NonNullable<typeof loaded.case>);
}

const dotString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
const DOT_SHAPE: Record<DiagramNode['kind'], string> = {
  claim: 'shape=box',
  strategy: 'shape=parallelogram',
  evidence: 'shape=circle',
  context: 'shape=box, style=rounded',
  assumption: 'shape=ellipse',
  justification: 'shape=ellipse',
  defeater: 'shape=octagon',
};

/** The same nodes and edges as DOT, labels wrapped as the diagram wraps them. */
function toDot(d: DiagramGraph): string {
  const out = ['digraph argument {', '  node [fontname="Helvetica", fontsize=12];'];
  for (const n of d.nodes) {
    const box = measureNode(n);
    const label = [n.id, ...box.lines.map((l) => l.spans.map((s) => s.text).join(''))].join('\n');
    out.push(`  ${dotString(n.id)} [label=${dotString(label)}, ${DOT_SHAPE[n.kind]}];`);
  }
  for (const e of d.edges) {
    const style = e.kind === 'context' ? ' [arrowhead=empty]' : e.kind === 'challenge' ? ' [style=dashed]' : '';
    out.push(`  ${dotString(e.from)} -> ${dotString(e.to)}${style};`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

function child(file: string): ChildResult {
  return runChild<ChildResult>(path.join(benchDir, 'render.ts'), ['--child', file], fail);
}

/** Wall and CPU time of one `dot -Tsvg` run (CPU from /usr/bin/time when it is there). */
function timeDot(file: string): { ms: number; cpuMs: number } {
  const timed = fs.existsSync('/usr/bin/time');
  const t = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', DOT, '-Tsvg', file, '-o', '/dev/null'], {
        encoding: 'utf8',
        timeout: 1_200_000,
      })
    : spawnSync(DOT, ['-Tsvg', file, '-o', '/dev/null'], { stdio: 'ignore', timeout: 1_200_000 });
  const ms = performance.now() - t;
  if (r.status !== 0) return { ms: Number.NaN, cpuMs: Number.NaN };
  const m = timed ? /cpu ([\d.]+) ([\d.]+)/.exec(String(r.stderr)) : null;
  return { ms, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN };
}

/** Pooled share of unrelated nodes moved over `n` random rewordings and additions. */
function stability(
  d: DiagramGraph,
  n: number,
): { reword: number; add: number; all: number; unmoved: number; edits: number } {
  const base = layoutDiagram(d);
  const rnd = createRng(seed);
  const sum = { reword: [0, 0], add: [0, 0] };
  let unmoved = 0;
  let edits = 0;
  for (let i = 0; edits < n && i < n * 10; i++) {
    const node = d.nodes[Math.floor(rnd() * d.nodes.length)] as DiagramNode;
    const kind = edits % 2 === 0 ? 'reword' : 'add';
    let g: DiagramGraph;
    let edited = node.id;
    if (kind === 'reword') {
      const words = 1 + Math.floor(rnd() * 40);
      g = {
        ...d,
        nodes: d.nodes.map((m) =>
          m === node ? { ...m, text: Array.from({ length: words }, (_, k) => `word${k}`).join(' ') } : m,
        ),
      };
    } else {
      if (node.kind !== 'claim' && node.kind !== 'strategy') continue;
      edited = 'Ebench-new';
      g = {
        ...d,
        nodes: [...d.nodes, { id: edited, kind: 'evidence', text: 'A new test result', module: node.module }],
        edges: [...d.edges, { kind: 'support', from: node.id, to: edited }],
      };
    }
    const m = movement(base, layoutDiagram(g), relatedTo(g, edited));
    (sum[kind] as number[])[0]! += m.moved;
    (sum[kind] as number[])[1]! += m.unrelated;
    if (m.moved === 0) unmoved++;
    edits++;
  }
  const share = (x: number[]) => (x[0] as number) / Math.max(1, x[1] as number);
  return {
    reword: share(sum.reword),
    add: share(sum.add),
    all: share([sum.reword[0]! + sum.add[0]!, sum.reword[1]! + sum.add[1]!]),
    unmoved: unmoved / Math.max(1, edits),
    edits,
  };
}

fs.mkdirSync(outDir, { recursive: true });
const loadAtStart = os.loadavg()[0] ?? 0;
interface Row {
  nodes: number;
  edges: number;
  layout: Stat;
  svg: Stat;
  total: Stat;
  cpu: Stat;
  bytes: number;
  width: number;
  height: number;
  overlaps: number;
  dot?: Stat;
  dotCpu?: Stat;
  dotRuns: number;
}
const rows: Row[] = [];
for (const n of sizes) {
  process.stderr.write(`bench render: ${n} nodes\n`);
  const d = diagramOf(n);
  const json = path.join(outDir, `render-${n}.json`);
  fs.writeFileSync(json, JSON.stringify(d));
  const samples: ChildResult[] = [];
  for (let i = 0; i < runs; i++) samples.push(child(json));
  const last = samples[samples.length - 1] as ChildResult;
  const row: Row = {
    nodes: n,
    edges: last.edges,
    layout: stat(samples.map((s) => s.layoutMs)),
    svg: stat(samples.map((s) => s.svgMs)),
    total: stat(samples.map((s) => s.layoutMs + s.svgMs)),
    cpu: stat(samples.map((s) => s.cpuMs)),
    bytes: last.bytes,
    width: last.width,
    height: last.height,
    overlaps: Math.max(...samples.map((s) => s.overlaps)),
    dotRuns: 0,
  };
  if (haveDot) {
    const dotFile = path.join(outDir, `render-${n}.dot`);
    fs.writeFileSync(dotFile, toDot(d));
    const k = dotRunsFor(n);
    process.stderr.write(`bench render: dot on ${n} nodes, ${k} run${k === 1 ? '' : 's'}\n`);
    const times: { ms: number; cpuMs: number }[] = [];
    for (let i = 0; i < k; i++) times.push(timeDot(dotFile));
    row.dot = stat(times.map((x) => x.ms));
    row.dotCpu = stat(times.map((x) => x.cpuMs));
    row.dotRuns = k;
  }
  rows.push(row);
}
const stab = stability(diagramOf(sizes[0] as number), 60);

const table = {
  header: [
    'nodes',
    'edges',
    'layout ms',
    'SVG ms',
    'layout + SVG ms',
    'CPU ms',
    'dot -Tsvg ms',
    'dot CPU ms',
    'dot / ours (wall)',
    'dot / ours (CPU)',
    'width × height px',
    'aspect',
    'overlaps',
    'SVG bytes',
  ],
  body: rows.map((r) => [
    f0(r.nodes),
    f0(r.edges),
    `${f0(r.layout.median)} (${f0(r.layout.min)}–${f0(r.layout.max)})`,
    `${f0(r.svg.median)} (${f0(r.svg.min)}–${f0(r.svg.max)})`,
    f0(r.total.median),
    f0(r.cpu.median),
    r.dot
      ? `${f0(r.dot.median)}${r.dotRuns > 1 ? ` (${r.dotRuns} runs)` : ' (1 run)'}`
      : haveDot
        ? 'n/a'
        : opts['no-dot']
          ? 'skipped (--no-dot)'
          : 'dot not installed',
    r.dotCpu ? f0(r.dotCpu.median) : 'n/a',
    r.dot ? ratio(r.dot.median / r.total.median) : 'n/a',
    r.dotCpu ? ratio(r.dotCpu.median / r.cpu.median) : 'n/a',
    `${f0(r.width)} × ${f0(r.height)}`,
    f2(r.width / r.height),
    String(r.overlaps),
    f0(r.bytes),
  ]),
};
const command = `npm run bench -- --suite render${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
const stabLine = `Stability on the ${f0(sizes[0] as number)}-node case, ${stab.edits} random edits (half rewordings of a random node to 1–40 words, half a new evidence node under a random claim or strategy): ${f2(stab.all * 100)}% of the nodes unrelated to the edit moved (rewordings ${f2(stab.reword * 100)}%, additions ${f2(stab.add * 100)}%); ${f0(stab.unmoved * 100)}% of the edits moved no unrelated node at all.`;
process.stdout.write(`\n${textTable(table)}\n${stabLine}\n`);
const md = [
  `Measured with \`${command}\` on ${machineLine()}, load average ${f2(loadAtStart)} at the start (${f2(os.loadavg()[0] ?? 0)} at the end). Layout and SVG: median (fastest–slowest) of ${runs} runs, each in a fresh process (cold JIT), of \`layoutDiagram\` and \`renderSvg\` on the case's DiagramGraph (loading not included); CPU is user + system time of both, all threads (GC included), which other load on the machine disturbs less than wall time. dot: \`dot -Tsvg\` (Graphviz) on a DOT file with the same nodes, edges and wrapped labels, wall and CPU time (/usr/bin/time).`,
  '',
  markdownTable(table),
  stabLine,
].join('\n');
fs.writeFileSync(path.join(outDir, 'render-results.md'), md);
if (opts.record) {
  recordSection('render', 'warrant render', md);
  process.stdout.write('recorded in docs/benchmarks.md\n');
}
