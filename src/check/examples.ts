// Turn a check's example input into case files: the docs show these, the tests load them.
import type { ExampleInput } from './types.js';

export const EXAMPLE_HEADER = `warrant: 1
case:
  id: example
  title: Example case
  version: "1"
  status: draft
  decision_boundary: { kind: api-launch, decision: Make the example model available through the public API. }
`;

export function exampleFiles(input: ExampleInput): Record<string, string> {
  const files = typeof input === 'string' ? { 'warrant.yaml': input } : { ...input };
  files['warrant.yaml'] = EXAMPLE_HEADER + (files['warrant.yaml'] ?? '');
  return files;
}
