// The rules' cold cost against the structural checks' (issue 3's figure), in
// CPU time, which other load on the machine inflates less than wall time; and,
// with --against, the same for a second build, the two interleaved so that
// drift in the machine's speed hits them alike. Each run is a fresh process.
//
//   npx tsx bench/profile-rules-cold.ts [--nodes 10000] [--runs 7] [--impl bench/out/build] [--against <other build>] [--top 0]
//
// A build is `tsc -p tsconfig.json --outDir <dir>` of src/ (bench/check.ts --build makes bench/out/build).
// --top N also prints the N rules that took longest in the first run (wall time, cold, so the rule that
// first asks for a shared fact pays for it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCase } from './lib.js';

interface Sample {
  checksCpuMs: number;
  rulesCpuMs: number;
  perRule: [string, number][];
}

const cpu = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

async function child(dir: string, impl: string): Promise<Sample> {
  const from = (rel: string): string => pathToFileURL(path.join(impl, rel)).href;
  const { loadCase } = (await import(from('format/load-case.js'))) as typeof import('../src/format/load-case.js');
  const { fsReader } = (await import(from('node/fs-reader.js'))) as typeof import('../src/node/fs-reader.js');
  const { checkCase } = (await import(from('check/check-case.js'))) as typeof import('../src/check/check-case.js');
  const { CaseFacts } = (await import(from('check/rules/facts.js'))) as typeof import('../src/check/rules/facts.js');
  const { RULES } = (await import(from('check/rules/index.js'))) as typeof import('../src/check/rules/index.js');
  const { buildGraph } = (await import(from('model/graph.js'))) as typeof import('../src/model/graph.js');
  const c = loadCase(path.join(dir, 'warrant.yaml'), fsReader).case;
  if (!c) throw new Error('the case did not load');
  // As bench/measure.ts: the graph once, with the structural checks; positions built apart; then the rules.
  const c0 = process.cpuUsage();
  const graph = buildGraph(c);
  checkCase(c, graph);
  const checksCpuMs = cpu(c0);
  for (const n of c.nodes.values()) void n.pos.line;
  const ctx = { case: c, graph, asOf: '2026-11-26', facts: new CaseFacts(c, graph) };
  const perRule: [string, number][] = [];
  const r0 = process.cpuUsage();
  for (const rule of RULES) {
    const t = performance.now();
    rule.run(ctx);
    perRule.push([rule.meta.id, performance.now() - t]);
  }
  return { checksCpuMs, rulesCpuMs: cpu(r0), perRule };
}

const { values: opts } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
    impl: { type: 'string', default: 'bench/out/build' },
    against: { type: 'string' },
    top: { type: 'string', default: '0' },
    child: { type: 'string' },
    seed: { type: 'string', default: '20261015' },
  },
});

if (opts.child) {
  child(opts.child, path.resolve(opts.impl ?? '')).then(
    (s) => process.stdout.write(`${JSON.stringify(s)}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  const nodes = Number(opts.nodes);
  const dir = ensureCase(nodes, Number(opts.seed));
  const builds = [opts.impl ?? '', ...(opts.against ? [opts.against] : [])].map((b) => path.resolve(b));
  for (const b of builds)
    if (!fs.existsSync(path.join(b, 'check/rules/engine.js')))
      throw new Error(`${b} is not a build of src/ (tsc --outDir)`);
  const samples = builds.map((): Sample[] => []);
  for (let i = 0; i < Number(opts.runs); i++) {
    builds.forEach((b, k) => {
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', new URL(import.meta.url).pathname, '--child', dir, '--impl', b],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      if (r.status !== 0) throw new Error(`run failed: ${r.stderr}`);
      samples[k]!.push(JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as Sample);
    });
  }
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor((s.length - 1) / 2)]!;
  };
  builds.forEach((b, k) => {
    const s = samples[k]!;
    const checks = median(s.map((x) => x.checksCpuMs));
    const rules = median(s.map((x) => x.rulesCpuMs));
    const ratios = s.map((x) => x.rulesCpuMs / x.checksCpuMs);
    process.stdout.write(
      `${path.relative(process.cwd(), b)}: ${nodes} nodes, ${s.length} runs: CPU ms, medians: checks ${checks.toFixed(0)}, rules ${rules.toFixed(0)}; rules / checks ${(100 * median(ratios)).toFixed(0)}% (median of the runs' ratios; ${(100 * Math.min(...ratios)).toFixed(0)}% to ${(100 * Math.max(...ratios)).toFixed(0)}%)\n`,
    );
    const top = Number(opts.top);
    if (top > 0)
      for (const [id, ms] of [...s[0]!.perRule].sort((x, y) => y[1] - x[1]).slice(0, top))
        process.stdout.write(`  ${ms.toFixed(1).padStart(7)} ms  ${id}\n`);
  });
}
