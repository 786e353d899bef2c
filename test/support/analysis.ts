// Small hand-built cases for the analysis tests: YAML after a standard header,
// loaded in memory, with the argument graph.
import assert from 'node:assert/strict';
import type { Case } from '../../src/model/case.js';
import { buildGraph, type CaseGraph } from '../../src/model/graph.js';
import { loadCase } from '../../src/format/load-case.js';
import { memoryReader } from '../../src/format/memory-reader.js';
import { EXAMPLE_HEADER } from '../../src/check/examples.js';

/** Load a case from YAML written after the standard header (or from whole files); it must load without errors. */
export function loadSmall(body: string | Record<string, string>): { c: Case; g: CaseGraph } {
  const files = typeof body === 'string' ? { 'warrant.yaml': EXAMPLE_HEADER + body } : body;
  const r = loadCase('warrant.yaml', memoryReader(files));
  assert.deepEqual(
    r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.message}`),
    [],
    'the test case must load',
  );
  const c = r.case!;
  return { c, g: buildGraph(c) };
}

/** A registered evidence item in YAML, one line per field, for `evidence:` sections. */
export function item(id: string, fields: Record<string, string | number> = {}): string {
  const f = { title: `Item ${id}`, kind: 'capability-evaluation', source_type: 'internal-test', date: '2026-03-01', produced_by: 'Evals team', polarity: 'supports', ...fields };
  return `  ${id}:\n${Object.entries(f)
    .map(([k, v]) => `    ${k}: ${v}`)
    .join('\n')}\n`;
}
