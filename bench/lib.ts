// What every benchmark suite shares: medians, the machine description, tables,
// and recording a suite's section of docs/benchmarks.md between its markers.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCase, maxModules } from './generate-case.js';

export const benchDir = path.dirname(new URL(import.meta.url).pathname);
export const repo = path.resolve(benchDir, '..');
export const outDir = path.join(benchDir, 'out');

/**
 * How a suite stops on bad options or a failed run: `bench <suite>: message`
 * on stderr and exit 2 (bench/run.ts reports the suite as failed).
 */
export function failer(suite: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`bench ${suite}: ${message}\n`);
    process.exit(2);
  };
}

/**
 * Run `script` (a bench module) in a fresh process under tsx, so that its
 * timings start cold and its peak memory is its own, and read the JSON it
 * prints on its last line of output. A non-zero exit stops the suite with
 * the child's stderr.
 */
export function runChild<T>(script: string, args: readonly string[], fail: (message: string) => never): T {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 22,
  });
  if (r.status !== 0)
    fail(
      `${path.basename(script)} ${args.join(' ')} failed (exit ${r.status ?? r.signal}): ${r.stderr.trim().slice(0, 2000)}`,
    );
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as T;
}

export interface Stat {
  median: number;
  min: number;
  max: number;
}

export function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { median, min: s[0] as number, max: s[s.length - 1] as number };
}

export function machine(): Record<string, string> {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // keep os.cpus()
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: repo, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (with uncommitted changes in src/)';
  } catch {
    // not a git checkout
  }
  return {
    cpu,
    nproc: String(os.availableParallelism()),
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    commit,
    date: new Date().toISOString().slice(0, 10),
  };
}

/** One line naming the machine, for a recorded section. */
export function machineLine(m: Record<string, string> = machine()): string {
  return `${m.cpu}, ${m.nproc} cores (nproc), ${m.memory}, Node ${m.node}, ${m.os}`;
}

export const f0 = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
export const f2 = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');

/** "839 (760–1,020)": the median, then the fastest and slowest run. */
export const withRange = (st: Stat): string => `${f0(st.median)} (${f0(st.min)}–${f0(st.max)})`;

export interface Table {
  header: string[];
  body: string[][];
}

export function markdownTable(t: Table): string {
  const lines = [
    `| ${t.header.join(' | ')} |`,
    `| ${t.header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
  ];
  for (const r of t.body) lines.push(`| ${r.join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

export function textTable(t: Table): string {
  const widths = t.header.map((h, i) => Math.max(h.length, ...t.body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return `${[line(t.header), widths.map((w) => '-'.repeat(w)).join('  '), ...t.body.map(line)].join('\n')}\n`;
}

/**
 * Replace the section `name` of docs/benchmarks.md (between its
 * `<!-- bench:NAME:start ... -->` and `<!-- bench:NAME:end -->` markers) with
 * `md`; when the markers are missing, append `## heading` and the section.
 * Written atomically.
 */
export function recordSection(name: string, heading: string, md: string): void {
  const doc = path.join(repo, 'docs/benchmarks.md');
  const startTag = `<!-- bench:${name}:start`;
  const start = `${startTag} (written by \`npm run bench -- --record\`) -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${md.endsWith('\n') ? md : `${md}\n`}${end}`;
  let text = fs.existsSync(doc)
    ? fs.readFileSync(doc, 'utf8')
    : '# Benchmarks\n\nSpeed is measured here, by `npm run bench`, never by timed unit tests.\n';
  const a = text.indexOf(startTag);
  const b = text.indexOf(end);
  if (a !== -1 && b !== -1) text = text.slice(0, a) + block + text.slice(b + end.length);
  else if (text.includes(`## ${heading}\n`)) text = text.replace(`## ${heading}\n`, `## ${heading}\n\n${block}\n`);
  else text = `${text.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
  fs.mkdirSync(path.dirname(doc), { recursive: true });
  const tmp = `${doc}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, doc);
}

/**
 * Modules per generated case: about a thousand nodes per file, as a real case of this size would be split,
 * up to the generator's limit of one module per group of risks (61 files from about 57,000 nodes).
 */
export const modulesFor = (nodes: number): number => Math.min(maxModules(nodes), Math.max(1, Math.round(nodes / 1000)));

/** Write the generated case of `nodes` nodes into `dir` (replacing what is there). */
export function writeCase(dir: string, nodes: number, seed: number): { files: number; bytes: number } {
  fs.rmSync(dir, { recursive: true, force: true });
  const g = generateCase({ nodes, seed, modules: modulesFor(nodes) });
  for (const [rel, text] of g.files) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return { files: g.files.size, bytes: g.stats.bytes };
}

/** bench/out/case-<nodes>, generated if it is not there yet (the profilers reuse the check suite's cases). */
export function ensureCase(nodes: number, seed: number): string {
  const dir = path.join(outDir, `case-${nodes}`);
  if (!fs.existsSync(path.join(dir, 'warrant.yaml'))) writeCase(dir, nodes, seed);
  return dir;
}

/**
 * A fresh build of the binary in bench/out/build, as `npm run build` makes
 * dist/ (type-checked by tsc, bundled by scripts/build-cli.mjs); the tsc or
 * esbuild output when it does not build.
 */
export function freshBuild(): { bin: string } | { error: string } {
  const build = path.join(outDir, 'build');
  fs.rmSync(build, { recursive: true, force: true });
  try {
    const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(repo, 'tsconfig.json'), '--noEmit'], {
      cwd: repo,
      stdio: 'pipe',
    });
    execFileSync(process.execPath, [path.join(repo, 'scripts/build-cli.mjs'), '--outdir', build], {
      cwd: repo,
      stdio: 'pipe',
    });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
    return { error: `${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`.slice(0, 2000) };
  }
  return { bin: path.join(build, 'cli/bin.js') };
}

/**
 * The CLI a suite times: with `build`, a fresh build of src/ in bench/out/build
 * (undefined when it does not compile); else dist/cli/bin.js when it exists.
 */
export function findCli(opts: { build: boolean }): { bin: string; note: string } | undefined {
  if (opts.build) {
    const built = freshBuild();
    if ('error' in built) {
      process.stderr.write(`bench: the CLI does not build:\n${built.error}\n`);
      return undefined;
    }
    return { bin: built.bin, note: 'fresh build of src/ in bench/out/build' };
  }
  const dist = path.join(repo, 'dist/cli/bin.js');
  return fs.existsSync(dist) ? { bin: dist, note: 'dist/cli/bin.js (npm run build)' } : undefined;
}
