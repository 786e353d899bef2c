// Turn a check's example input into case files: the docs show these, the tests load them.
import type { ExampleInput } from './types.js';

export const EXAMPLE_HEADER = `warrant: 2
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

/**
 * An example as Markdown for the generated docs: one YAML block, or one per
 * file, each named; `rootNote` is added after the root file's name.
 */
export function exampleMarkdown(input: ExampleInput, rootNote = ''): string {
  const fence = (text: string) => `\`\`\`yaml\n${text.trimEnd()}\n\`\`\``;
  if (typeof input === 'string') return fence(input);
  return Object.keys(exampleFiles(input))
    .map((name) => `\`${name}\`${name === 'warrant.yaml' ? rootNote : ''}\n\n${fence(input[name] ?? '')}`)
    .join('\n\n');
}
