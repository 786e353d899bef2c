import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCase } from './load-case.js';
import { memoryReader } from './memory-reader.js';

const HEAD = 'warrant: 2\ncase:\n  id: example\n';
const load = (body: string) =>
  loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': HEAD + body })).diagnostics.map(
    (d) => `${d.code} ${d.line}:${d.col} ${d.message} | ${d.hint}`,
  );

describe('a YAML syntax error from an unquoted colon says so and shows the quoted value', () => {
  it('in a block mapping', () => {
    const [d] = load('  title: Example case: the sequel\n  version: "1"\n');
    assert.match(d!, /^L01 4:22 YAML syntax error: the value of `title` is not quoted and has ": " in it/);
    assert.match(d!, /\| Quote the value: `title: "Example case: the sequel"`\.$/);
  });
  it('in a flow mapping, naming the entry at the error', () => {
    const [d] = load(
      'argument:\n  G1: { kind: claim, text: Safe: "mostly", undeveloped: true }\n'.replace('"mostly"', 'mostly.'),
    );
    assert.match(d!, /the value of `text` is not quoted/);
    assert.match(d!, /Quote the value: `text: "Safe: mostly\."`\.$/);
  });
  it('the quoted twin loads, and another syntax error keeps the general hint', () => {
    assert.deepEqual(
      load('  title: "Example case: the sequel"\n').filter((d) => d.startsWith('L01')),
      [],
    );
    const [d] = load('  title: [unclosed\n');
    assert.match(d!, /^L01 .*\| Fix the YAML at this position; check indentation, colons and quotes\.$/);
  });
});
