// Run every structural check over a loaded case.
//
// A check runs once per command, mostly before V8 has compiled it: the loops
// over every node read graph.nodes by index, as for...of (an iterator result
// per step) and Object.entries on every node cost several times as much there.
import type { Case } from '../model/case.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { buildGraph, type CaseGraph } from '../model/graph.js';
import { STRUCTURE_CHECKS } from './structure/index.js';

/** `graph` may be passed in by a caller that needs it afterwards (the rules), so it is built once. */
export function checkCase(c: Case, graph: CaseGraph = buildGraph(c)): Diagnostic[] {
  const ctx = { case: c, graph };
  const out: Diagnostic[] = [];
  for (const check of STRUCTURE_CHECKS) out.push(...check.run(ctx));
  return out.sort(compareDiagnostics);
}
