// The generator must produce valid cases: zero loader diagnostics and zero
// findings from every structural check, at several sizes and module splits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import yaml from 'js-yaml';
import { checkCase } from '../src/check/check-case.js';
import { loadCase } from '../src/format/load-case.js';
import { memoryReader } from '../src/format/memory-reader.js';
import { type GeneratedCase, generateCase, MIN_NODES } from './generate-case.js';

function diagnosticsOf(g: GeneratedCase): string[] {
  const loaded = loadCase('warrant.yaml', memoryReader(g.files));
  const all = [...loaded.diagnostics, ...(loaded.case ? checkCase(loaded.case) : [])];
  assert.ok(loaded.case, `case did not load: ${JSON.stringify(all.slice(0, 3))}`);
  assert.equal(loaded.case.nodes.size, g.stats.nodes);
  return all.map((d) => `${d.code} ${d.severity} ${d.file}:${d.line}:${d.col} ${d.message}`);
}

describe('generateCase', () => {
  const shapes: Array<{ nodes: number; seed: number; modules?: number }> = [
    { nodes: MIN_NODES, seed: 1 },
    { nodes: 137, seed: 2 },
    { nodes: 1000, seed: 3 },
    { nodes: 1000, seed: 4, modules: 4 },
    { nodes: 5000, seed: 5, modules: 6 },
  ];
  for (const shape of shapes) {
    it(`${shape.nodes} nodes, ${shape.modules ?? 1} file(s), seed ${shape.seed}: loads and checks with zero diagnostics`, () => {
      const g = generateCase(shape);
      assert.deepEqual(diagnosticsOf(g), []);
      assert.equal(g.stats.nodes, shape.nodes);
      assert.equal(g.files.size, shape.modules ?? 1);
    });
  }

  it('is valid across many seeds at small sizes', () => {
    for (let seed = 0; seed < 25; seed++) {
      const nodes = MIN_NODES + seed * 13;
      const modules = 1 + (seed % 3);
      assert.deepEqual(
        diagnosticsOf(generateCase({ nodes, seed, modules })),
        [],
        `seed ${seed}, ${nodes} nodes, ${modules} files`,
      );
    }
  });

  it('counts argument nodes exactly and has the expected shape', () => {
    const g = generateCase({ nodes: 2000, seed: 9, modules: 3 });
    let argumentNodes = 0;
    const kinds = new Set<string>();
    for (const text of g.files.values()) {
      const doc = yaml.load(text, { schema: yaml.CORE_SCHEMA }) as { argument?: Record<string, { kind: string }> };
      for (const n of Object.values(doc.argument ?? {})) {
        argumentNodes++;
        kinds.add(n.kind);
      }
    }
    assert.equal(argumentNodes, 2000);
    assert.deepEqual([...kinds].sort(), [
      'assumption',
      'claim',
      'context',
      'defeater',
      'evidence',
      'justification',
      'strategy',
    ]);
    assert.ok(g.stats.maxDepth >= 4, `argument only ${g.stats.maxDepth} levels deep`);
    assert.ok(g.stats.evidenceItems > 0 && g.stats.risks >= 3);
  });

  it('is deterministic: the same options give byte-identical files, another seed differs', () => {
    const a = generateCase({ nodes: 800, seed: 42, modules: 3 });
    const b = generateCase({ nodes: 800, seed: 42, modules: 3 });
    const c = generateCase({ nodes: 800, seed: 43, modules: 3 });
    assert.deepEqual([...a.files], [...b.files]);
    assert.notDeepEqual([...a.files], [...c.files]);
  });

  it('refuses impossible options', () => {
    assert.throws(() => generateCase({ nodes: MIN_NODES - 1, seed: 1 }), RangeError);
    assert.throws(() => generateCase({ nodes: 100.5, seed: 1 }), RangeError);
    assert.throws(() => generateCase({ nodes: 100, seed: 1, modules: 0 }), RangeError);
    assert.throws(() => generateCase({ nodes: 100, seed: 1, modules: 50 }), RangeError);
  });
});
