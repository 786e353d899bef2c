// Helpers for the render tests: a case from YAML text, and an XML well-formedness check.
import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { loadCase } from '../../src/format/load-case.js';
import { memoryReader } from '../../src/format/memory-reader.js';
import type { Case } from '../../src/model/case.js';

const HEADER = `warrant: 1
case:
  id: t
  title: Test case
  version: "1"
  status: draft
  decision_boundary: { kind: api-launch, decision: Launch the thing }
`;

/** A case from an `argument:` body (YAML, indented two spaces under argument:), plus optional extra root sections. */
export function caseOf(argument: string, extra = ''): Case {
  const text = `${HEADER}${extra}argument:\n${argument}`;
  const loaded = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': text }));
  assert.ok(loaded.case, loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.case;
}

export function assertWellFormed(svg: string): void {
  const r = XMLValidator.validate(svg);
  assert.equal(r, true, r === true ? '' : JSON.stringify(r));
}
