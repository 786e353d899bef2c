// What a structural check is: metadata, examples and a pure run function,
// in the manner of an ESLint rule module.
import type { Case } from '../model/case.js';
import type { CodeInfo, Diagnostic } from '../model/diagnostic.js';
import type { CaseGraph } from '../model/graph.js';
import type { StructureCode } from './codes.js';

export interface CheckContext {
  case: Case;
  graph: CaseGraph;
}

/**
 * Example inputs for the docs and the tests. A string is appended to a
 * standard case header in warrant.yaml; a record maps file names to contents
 * (warrant.yaml still gets the header).
 */
export type ExampleInput = string | Record<string, string>;

export interface CheckMeta extends CodeInfo {
  code: StructureCode;
  examples: { failing: ExampleInput; passing: ExampleInput };
}

export interface StructureCheck {
  meta: CheckMeta;
  run(ctx: CheckContext): Diagnostic[];
}
