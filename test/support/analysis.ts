// Small hand-built cases for the analysis tests: YAML after a standard header,
// loaded in memory, with the argument graph.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_HEADER } from '../../src/check/examples.js';
import { main } from '../../src/cli/main.js';
import { loadCase } from '../../src/format/load-case.js';
import { memoryReader } from '../../src/format/memory-reader.js';
import type { Case } from '../../src/model/case.js';
import { buildGraph, type CaseGraph } from '../../src/model/graph.js';
import { fakeIo } from './cli.js';

/** Load a case from YAML written after the standard header (or from whole files); it must load without errors. */
export function loadSmall(body: string | Record<string, string>): { c: Case; g: CaseGraph } {
  const files = typeof body === 'string' ? { 'warrant.yaml': EXAMPLE_HEADER + body } : body;
  const r = loadCase('warrant.yaml', memoryReader(files));
  assert.deepEqual(
    r.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.message}`),
    [],
    'the test case must load',
  );
  const c = r.case!;
  return { c, g: buildGraph(c) };
}

/** A registered evidence item in YAML, one line per field, for `evidence:` sections. */
export function item(id: string, fields: Record<string, string | number> = {}): string {
  const f = {
    title: `Item ${id}`,
    kind: 'capability-evaluation',
    source_type: 'internal-test',
    date: '2026-03-01',
    produced_by: 'Evals team',
    polarity: 'supports',
    ...fields,
  };
  return `  ${id}:\n${Object.entries(f)
    .map(([k, v]) => `    ${k}: ${v}`)
    .join('\n')}\n`;
}

/** The repository root (examples/ lives there). */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Run the CLI in-process in `cwd` (default: the repository root). */
export async function runCli(args: string[], cwd = REPO): Promise<{ code: number; out: string; err: string }> {
  const f = fakeIo(cwd);
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

/** A small case for the CLI tests: G1 -> S1 [A1] -> {G2 -> Sn1 [E1], G3 undeveloped}; D1 open on G2; E1 expires 2026-06-01. */
export const SMALL = `${EXAMPLE_HEADER}argument:
  G1: { kind: claim, text: The model is safe to launch., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3], in_context_of: [A1] }
  A1: { kind: assumption, text: Users are verified. }
  G2: { kind: claim, text: Risk A is acceptable., supported_by: [Sn1] }
  G3: { kind: claim, text: Risk B is acceptable., undeveloped: true }
  Sn1: { kind: evidence, text: Evaluation A, evidence: [E1] }
  D1: { kind: defeater, text: The suite is saturated., challenges: [G2], status: open }
evidence:
  E1: { title: Suite A, kind: capability-evaluation, source_type: internal-test, date: 2026-03-01, produced_by: Evals, polarity: supports, expires: 2026-06-01 }
`;
