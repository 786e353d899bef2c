// Time each rule on a generated case, after the structural checks, with source
// positions built first so each rule's own cost shows:
//   npx tsx bench/profile-rules.ts [nodes=10000]
import { checkCase } from '../src/check/check-case.js';
import { CaseFacts } from '../src/check/rules/facts.js';
import { RULES } from '../src/check/rules/index.js';
import { loadCase } from '../src/format/load-case.js';
import { memoryReader } from '../src/format/memory-reader.js';
import { buildGraph } from '../src/model/graph.js';
import { generateCase } from './generate-case.js';
import { modulesFor } from './lib.js';

const nodes = Number(process.argv[2] ?? 10_000);
const g = generateCase({ nodes, seed: 1, modules: modulesFor(nodes) });
const c = loadCase('warrant.yaml', memoryReader(g.files)).case!;
for (const n of c.nodes.values()) void n.pos.line; // build every file's positions now
for (let i = 0; i < 3; i++) checkCase(c);
let t = performance.now();
checkCase(c);
const structural = performance.now() - t;
const rows: [string, number, number][] = [];
const runs = 3;
const totals: number[] = [];
for (let k = 0; k < runs; k++) {
  const graph = buildGraph(c);
  const ctx = { case: c, graph, asOf: '2026-11-26', facts: new CaseFacts(c, graph) };
  let total = 0;
  RULES.forEach((r, i) => {
    t = performance.now();
    const found = r.run(ctx).length;
    const ms = performance.now() - t;
    total += ms;
    if (k === runs - 1) rows[i] = [r.meta.id, ms, found];
  });
  totals.push(total);
}
rows.sort((a, b) => b[1] - a[1]);
console.log(
  `${nodes} nodes: structural checks ${structural.toFixed(1)} ms; all ${RULES.length} rules ${totals.map((x) => x.toFixed(1)).join(', ')} ms over ${runs} runs`,
);
for (const [id, ms, found] of rows.slice(0, 20))
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${id} (${found} findings)`);
