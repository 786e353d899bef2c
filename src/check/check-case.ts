// Run every structural check over a loaded case.
import type { Case } from '../model/case.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { buildGraph } from '../model/graph.js';
import { STRUCTURE_CHECKS } from './structure/index.js';

export function checkCase(c: Case): Diagnostic[] {
  const ctx = { case: c, graph: buildGraph(c) };
  const out: Diagnostic[] = [];
  for (const check of STRUCTURE_CHECKS) out.push(...check.run(ctx));
  return out.sort(compareDiagnostics);
}
