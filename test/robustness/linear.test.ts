// Issue 11, finding 2 and the size part of 9: every message and structure
// stays linear in the size of the case. Each unconnected top-level node's S09
// message listed every top-level node, so 10,000 of them printed 2 GB and
// 20,000 killed the process; a message now names a few items and counts the
// rest (src/util/list-some.ts). What is asserted is size per finding, not
// wall time: a quadratic message grows with the case, a linear one does not.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { EXAMPLE_HEADER, exampleFiles } from '../../src/check/examples.js';
import { idsNamedIn, namesId } from '../../src/check/rules/countercase-neglect/open-on-path.js';
import { findingsOf, ruleContext } from '../../src/check/rules/engine.js';
import { RULES } from '../../src/check/rules/index.js';
import { runCheck } from '../../src/check/run-check.js';
import { STRUCTURE_CHECKS } from '../../src/check/structure/index.js';
import type { ExampleInput } from '../../src/check/types.js';
import { loadCase } from '../../src/format/load-case.js';
import { memoryReader } from '../../src/format/memory-reader.js';
import type { Case } from '../../src/model/case.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { buildGraph, type CaseGraph } from '../../src/model/graph.js';
import { SUGGEST_BUDGET } from '../../src/util/suggest.js';
import { tempDir } from '../support/cli.js';

const BIN = path.resolve('dist/cli/bin.js');
const noDist = !fs.existsSync(BIN) && 'dist not built';
const AS_OF = '2026-04-28';

/** A case of `n` claims that nothing links: n top-level nodes, n - 1 of them S09 errors. */
function unconnected(n: number): string {
  const lines = [EXAMPLE_HEADER, 'argument:\n'];
  for (let i = 0; i < n; i++) lines.push(`  G${i}: { kind: claim, text: Safe., undeveloped: true }\n`);
  return lines.join('');
}

/** Bytes a finding puts in front of a reader: message, hint and related locations. */
function sizeOf(d: Diagnostic): number {
  return d.message.length + (d.hint?.length ?? 0) + (d.related ?? []).reduce((n, r) => n + r.message.length + 40, 0);
}

/** Every diagnostic of the case in `files`: the loader's, the checks' and the rules'. */
function checkInMemory(files: Record<string, string>): Diagnostic[] {
  const r = loadCase('warrant.yaml', memoryReader(files));
  assert.ok(r.case, JSON.stringify(r.diagnostics.slice(0, 3)));
  return [...r.diagnostics, ...runCheck(r.case, { asOf: AS_OF }).diagnostics];
}

describe('finding 2: 50,000 unconnected top-level nodes', () => {
  it('check and rules in process give messages of bounded size, whatever the number of nodes', () => {
    // First a small case, so that a regression fails here instead of exhausting the heap of the test run.
    const small = checkInMemory({ 'warrant.yaml': unconnected(2_000) });
    assert.ok(Math.max(...small.map(sizeOf)) < 1_000, 'a message grows with the number of top-level nodes');
    const heapBefore = process.memoryUsage().heapUsed;
    const ds = checkInMemory({ 'warrant.yaml': unconnected(50_000) });
    const s09 = ds.filter((d) => d.code === 'S09');
    assert.equal(s09.length, 49_999);
    assert.match(s09[0]!.message, /Top-level nodes: G0, G1, G2, G3, G4 and 49,995 more\.$/);
    const total = ds.reduce((n, d) => n + sizeOf(d), 0);
    // About 290 bytes each; the old message was 340 KB each (17 GB in all).
    assert.ok(total < 400 * ds.length, `${total} bytes for ${ds.length} findings`);
    assert.ok(Math.max(...ds.map(sizeOf)) < 1_000);
    // What the run keeps is the case and its findings, not lists per finding.
    const grown = process.memoryUsage().heapUsed - heapBefore;
    assert.ok(grown < 600e6, `heap grew by ${Math.round(grown / 1e6)} MB`);
  });

  it('the built CLI prints pretty output of bounded size per finding and exits 1', { skip: noDist }, () => {
    // 20,000 aborted the process with V8 heap exhaustion (exit 134) before.
    const n = 20_000;
    const dir = tempDir({ 'warrant.yaml': unconnected(n) });
    const r = spawnSync(process.execPath, [BIN, 'check', '--as-of', AS_OF], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 1 << 30,
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(r.signal, null, `killed by ${r.signal}`);
    assert.doesNotMatch(r.stderr, /internal error|heap|\n\s+at /);
    assert.equal(r.status, 1, r.stderr.slice(0, 500));
    const blocks = r.stdout.match(/^error\[S09\]/gm)?.length ?? 0;
    assert.equal(blocks, n - 1);
    // A block is a heading, a five-line code frame and a hint: under 800 bytes.
    assert.ok(r.stdout.length < 800 * n, `${r.stdout.length} bytes for ${n} findings`);
  });
});

describe('per-finding work that scanned the whole case', () => {
  it('did-you-mean hints for thousands of unknown ids cost a bounded number of comparisons', () => {
    // Each hint compared the unknown id with every id of the case: 5,000 of each kind took about 15 s.
    const n = 5_000;
    const lines = [EXAMPLE_HEADER, 'risks:\n'];
    for (let i = 0; i < n; i++) lines.push(`  R${i}: { title: Risk ${i}, pathway: cyber, severity: low }\n`);
    lines.push('argument:\n  T: { kind: claim, text: Top., supported_by: [');
    lines.push(Array.from({ length: n }, (_, i) => `G${i}`).join(', '), '] }\n');
    for (let i = 0; i < n; i++) {
      lines.push(`  G${i}: { kind: claim, text: Sub., supported_by: [G${i + 1}x], addresses: [Q${i}x] }\n`);
      lines.push(`  D${i}: { kind: defeater, text: Doubt., challenges: [X${i}x], status: open }\n`);
    }
    const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': lines.join('') }));
    assert.ok(r.case, r.diagnostics[0]?.message);
    const ds = runCheck(r.case, { asOf: AS_OF, rules: [] }).diagnostics;
    // Counted, not timed (speed belongs to the bench): every unknown id is reported, the first ones still get a
    // suggestion, and no more of them than one Suggester's budget of edit distances affords, per check. Without
    // the budget all 5,000 would get one, at 5,000 x 10,000 distances each (about 15 s).
    const candidates = { S07: 2 * n + 1, S15: n, S25: 2 * n + 1 };
    for (const [code, known] of Object.entries(candidates)) {
      const found = ds.filter((d) => d.code === code);
      assert.equal(found.length, n, code);
      const suggested = found.filter((d) => /^Did you mean/.test(d.hint ?? '')).length;
      // G1x is close to G1; Q1x and X1x are close to nothing, so only S07 has suggestions to give.
      if (code === 'S07') assert.ok(suggested > 0, `${code}: no suggestion at all`);
      assert.ok(suggested <= Math.ceil(SUGGEST_BUDGET / known), `${code}: ${suggested} suggestions, past the budget`);
    }
  });
});

describe('per-finding walks over a shared branch', () => {
  it("claims resting on one long branch: listing each one's undeveloped nodes shares a budget", () => {
    // n claims beside an evidence node, all supported by the top of one chain of n claims that ends undeveloped:
    // each claim is reported, and a walk below each one was n steps (12,000 of them took about 9 s).
    const n = 12_000;
    const lines = [EXAMPLE_HEADER, 'evidence:\n'];
    lines.push(
      '  E1: { title: Eval, kind: red-team, source_type: internal-test, date: 2026-01-01, produced_by: Team, polarity: supports }\n',
    );
    lines.push('argument:\n  T: { kind: claim, text: Top., supported_by: [Sn, ');
    lines.push(Array.from({ length: n }, (_, i) => `G${i}`).join(', '), '] }\n');
    lines.push('  Sn: { kind: evidence, text: Eval., evidence: [E1] }\n');
    for (let i = 0; i < n; i++) {
      lines.push(`  G${i}: { kind: claim, text: Sub., supported_by: [C0] }\n`);
      lines.push(
        `  C${i}: { kind: claim, text: Chain., ${i < n - 1 ? `supported_by: [C${i + 1}]` : 'undeveloped: true'} }\n`,
      );
    }
    const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': lines.join('') }));
    assert.ok(r.case, r.diagnostics[0]?.message);
    const rule = RULES.find((x) => x.meta.id === 'paper-safety/leaf-claim-without-evidence')!;
    const found = findingsOf(rule, ruleContext(r.case, buildGraph(r.case), AS_OF));
    assert.equal(found.length, n);
    // The first claims walked still name the hole their branch ends in; the rest say only that no evidence is below.
    const named = found.filter((f) => f.message.endsWith(`ends in undeveloped node C${n - 1}.`)).length;
    assert.ok(named >= 50, `${named} findings name the hole`);
    // Counted, not timed: a walk per claim (n x n steps) would let every finding name the hole; the shared budget
    // stops that well before the end.
    assert.ok(named < n / 2, `${named} of ${n} findings walked the whole branch: the walks share no budget`);
  });
});

describe('idsNamedIn: the ids a decision condition names, by one pass over its text', () => {
  it('is exactly the ids namesId finds in the text', () => {
    const piece = fc.constantFrom('D1', 'D1.2', 'D-1', 'd_1', '.', '..', ' ', ', ', 'x', '(', 'D10', '-');
    const id = fc.constantFrom('D1', 'D1.2', 'D-1', 'd_1', 'D10', 'x', 'D1.2.', 'D');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), id, (parts, want) => {
        const text = parts.join('');
        assert.equal(idsNamedIn(text).has(want), namesId(text, want), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });
});

// The property: take each check's and rule's failing example, and give every
// list in it k more entries, by cloning every node, evidence item, risk and
// criterion k times and adding the clones to every id list that names the
// original (and k copies to lists of records, such as affected parties). Every
// list a message can be built from then grows with k. A message that names a
// few items and counts the rest is as long for 2k as for k; one that lists
// them all grows by a few hundred characters.

type Yaml = unknown;
const isMap = (v: Yaml): v is Record<string, Yaml> => typeof v === 'object' && v !== null && !Array.isArray(v);
const CLONE = /-c\d+$/;

/** The YAML text with every list k entries longer; only the originals' lists grow, so the case grows linearly. */
function withLongerLists(text: string, k: number): string {
  const doc = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  if (!isMap(doc)) return text;
  const clones = new Map<string, string[]>();
  const criteria = isMap(doc.acceptability) ? doc.acceptability.criteria : undefined;
  for (const m of [doc.argument, doc.evidence, doc.risks, criteria]) {
    if (!isMap(m)) continue;
    for (const id of Object.keys(m)) {
      const ids = Array.from({ length: k }, (_, i) => `${id}-c${i + 1}`);
      for (const c of ids) m[c] = structuredClone(m[id]);
      clones.set(id, ids);
    }
  }
  const grow = (v: Yaml, inClone: boolean): void => {
    if (Array.isArray(v) && !inClone && v.length > 0) {
      if (v.every((x) => typeof x === 'string') && v.some((x) => clones.has(x)))
        for (const x of [...v]) v.push(...(clones.get(x) ?? []));
      else if (v.every((x) => isMap(x) && !('id' in x) && !('module' in x))) {
        const records = [...v];
        for (let i = 0; i < k; i++) v.push(...records.map((x) => structuredClone(x)));
      }
    }
    if (Array.isArray(v)) for (const x of v) grow(x, inClone);
    else if (isMap(v)) for (const [key, x] of Object.entries(v)) grow(x, inClone || CLONE.test(key));
  };
  grow(doc, false);
  return yaml.dump(doc, { lineWidth: -1, noRefs: true });
}

type Run = (c: Case, g: CaseGraph) => readonly Diagnostic[];

/** The longest message and hint `run` gives on the example with k more entries in each list, and whether one counts. */
function longest(example: ExampleInput, k: number, run: Run): { chars: number; counts: boolean } {
  const files = Object.fromEntries(
    Object.entries(exampleFiles(example)).map(([name, text]) => [name, withLongerLists(text, k)]),
  );
  const r = loadCase('warrant.yaml', memoryReader(files));
  assert.ok(r.case, `${k} more entries: ${r.diagnostics[0]?.message}`);
  const ds = run(r.case, buildGraph(r.case));
  return {
    chars: Math.max(0, ...ds.map((d) => d.message.length + (d.hint?.length ?? 0))),
    counts: ds.some((d) => / and [\d,]+ more\b/.test(d.message + d.hint)),
  };
}

describe('property: a message built from a list is as long for a long list as for a short one', () => {
  const subjects: { name: string; example: ExampleInput; run: Run }[] = [
    ...STRUCTURE_CHECKS.map((c) => ({
      name: c.meta.code,
      example: c.meta.examples.failing,
      run: (cs: Case, graph: CaseGraph) => c.run({ case: cs, graph }),
    })),
    ...RULES.map((r) => ({
      name: r.meta.id,
      example: r.meta.examples.failing,
      run: (cs: Case, g: CaseGraph) => findingsOf(r, ruleContext(cs, g, '2026-11-26')),
    })),
  ];

  it('for every structural check and rule, on its failing example with 20 and 40 more entries per list', () => {
    const K = 20;
    const grew: string[] = [];
    let counting = 0;
    for (const s of subjects) {
      const short = longest(s.example, K, s.run);
      const long = longest(s.example, 2 * K, s.run);
      // 20 more ids listed in full are 100 characters or more; a count changes by a digit or two.
      if (long.chars > short.chars + 30) grew.push(`${s.name}: ${short.chars} -> ${long.chars} characters`);
      if (long.counts) counting++;
    }
    assert.deepEqual(grew, []);
    // The lists do grow: this many checks and rules name a few and count the rest (32 when written).
    assert.ok(counting >= 25, `${counting} count`);
  });
});
