// Where does `warrant check` spend its time? Runs one measurement under
// `node --cpu-prof` and summarises the profile: top functions by self time,
// self time by file, and the inclusive time of the pipeline's stages.
//
//   npx tsx bench/profile.ts [--nodes 10000] [--task check|baseline] [--top 30] [--impl bench/out/build] [--window task|rules]
//
// --window rules cuts the profile to the rules' run (runRules) instead of the task.
//
// The case is bench/out/case-<nodes> (generated as bench/check.ts does when missing).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchDir, ensureCase, repo } from './lib.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const here = benchDir;
const { values: opts } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    task: { type: 'string', default: 'check' },
    top: { type: 'string', default: '30' },
    impl: { type: 'string' },
    seed: { type: 'string', default: '20261015' },
    window: { type: 'string', default: 'task' },
  },
});
const nodes = Number(opts.nodes);
const dir = ensureCase(nodes, Number(opts.seed));
const profDir = path.join(here, 'out', 'prof', `${opts.task}-${nodes}-${Date.now()}`);
fs.mkdirSync(profDir, { recursive: true });
const args = [
  '--cpu-prof',
  '--cpu-prof-dir',
  profDir,
  '--cpu-prof-interval',
  '250',
  '--import',
  'tsx',
  path.join(here, 'measure.ts'),
  opts.task ?? 'check',
  dir,
];
if (opts.impl) args.push('--impl', path.resolve(opts.impl));
const r = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8' });
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(2);
}
const measured = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as {
  windowUs?: [number, number];
  rulesWindowUs?: [number, number];
};
const { windowUs: _w, rulesWindowUs: _r, ...shown } = measured;
const windowUs = opts.window === 'rules' ? measured.rulesWindowUs : measured.windowUs;
process.stdout.write(`measurement: ${JSON.stringify(shown)}\n`);

// tsx's loader thread writes a profile of its own; the main thread's is the busiest one.
const busy = (p: CpuProfile): number => {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return p.samples.filter((id) => !idle.has(id)).length;
};
const profiles = fs
  .readdirSync(profDir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(profDir, f), 'utf8')) as CpuProfile)
  .sort((a, b) => busy(b) - busy(a));
const prof = profiles[0];
if (!prof) throw new Error('no profile written');

const byId = new Map<number, ProfileNode>();
const parent = new Map<number, number>();
for (const n of prof.nodes) {
  byId.set(n.id, n);
  for (const c of n.children ?? []) parent.set(c, n.id);
}
const short = (url: string): string => {
  if (!url) return '(native)';
  const u = url.replace(/^file:\/\//, '');
  const nm = u.lastIndexOf('node_modules/');
  if (nm !== -1) return u.slice(nm + 'node_modules/'.length);
  return path.relative(repo, u);
};
const keyOf = (f: CallFrame): string =>
  `${f.functionName || '(anonymous)'}  ${short(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`;

const self = new Map<string, number>();
const selfByFile = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
// Keep only the samples inside the task's window (both clocks are the monotonic clock, in µs).
const [from, to] = windowUs ?? [-Infinity, Infinity];
let t = prof.startTime;
for (let i = 0; i < prof.samples.length; i++) {
  t += prof.timeDeltas[i] ?? 0;
  if (t < from || t > to) continue;
  const dt = (prof.timeDeltas[i] ?? 0) / 1000;
  total += dt;
  const id = prof.samples[i] as number;
  const leaf = byId.get(id);
  if (!leaf) continue;
  const k = keyOf(leaf.callFrame);
  self.set(k, (self.get(k) ?? 0) + dt);
  const file = leaf.callFrame.url
    ? short(leaf.callFrame.url)
    : leaf.callFrame.functionName.startsWith('(')
      ? leaf.callFrame.functionName
      : '(native)';
  selfByFile.set(file, (selfByFile.get(file) ?? 0) + dt);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const n = byId.get(at);
    if (!n) break;
    const name = n.callFrame.functionName;
    if (!name) continue;
    const ik = keyOf(n.callFrame);
    if (seen.has(ik)) continue;
    seen.add(ik);
    inclusive.set(ik, (inclusive.get(ik) ?? 0) + dt);
  }
}

const top = Number(opts.top);
const pct = (ms: number): string => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
const line = (ms: number, label: string): string => `${ms.toFixed(0).padStart(7)} ms ${pct(ms)}  ${label}`;
const out: string[] = [
  `sampled ${total.toFixed(0)} ms in the main thread during the ${opts.window === 'rules' ? 'rules' : 'task'}${windowUs ? '' : ' (whole process: no task window reported)'}`,
  '',
  `top ${top} functions by self time:`,
];
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(line(ms, k));
out.push('', 'self time by file:');
for (const [k, ms] of [...selfByFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) out.push(line(ms, k));
const stages = [
  'loadCase',
  'visit',
  'parseYaml',
  'load',
  'listener',
  'build',
  'lineStarts',
  'validate',
  'safeParse',
  'expandedSize',
  'buildCase',
  'addAll',
  'checkCase',
  'buildGraph',
  'reachable',
  'run',
  'sort',
  'read',
  'readFileSync',
];
out.push('', 'inclusive time of pipeline stages (a function counted once per stack):');
for (const [k, ms] of [...inclusive]
  .filter(([k]) => stages.includes(k.split('  ')[0] ?? '') && /(format|check|model|cli)\/|js-yaml|zod|node:fs/.test(k))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25))
  out.push(line(ms, k));
process.stdout.write(`${out.join('\n')}\n\nprofile: ${path.relative(repo, profDir)}\n`);
