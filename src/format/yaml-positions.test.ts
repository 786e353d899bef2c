// Positions built on demand from the recorded events must be the positions
// the eager builder (which they replaced) gave: the builder is kept here as
// the reference, and both are run over every YAML file of the repository,
// tricky YAML, and generated documents.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { generateGsn2x } from '../../bench/generate-gsn2x.js';
import { LineIndex } from '../model/line-index.js';
import type { Point, PosTree } from '../model/loc.js';
import { importGsn2x } from './gsn2x/import.js';
import { parseYaml } from './parse-yaml.js';

/** The eager builder as it was: every node's position from js-yaml's open and close events, at once. */
function eagerPositions(text: string): PosTree | undefined {
  const lines = new LineIndex(text);
  const skipBlank = (at: number): number => {
    let i = at;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else if (c === 35) {
        const nl = text.indexOf('\n', i);
        if (nl === -1) return text.length;
        i = nl + 1;
      } else return i;
    }
  };
  const stack: { tree: PosTree; kids: PosTree[]; results: unknown[] }[] = [];
  let top: PosTree | undefined;
  const listener = (event: 'open' | 'close', state: { position: number; result: unknown }) => {
    if (event === 'open') {
      const at = skipBlank(state.position);
      const line = lines.lineAt(at);
      stack.push({ tree: { line, col: at - lines.lineStart(line) + 1 }, kids: [], results: [] });
      return;
    }
    const frame = stack.pop()!;
    const result = state.result;
    let tree = frame.tree;
    const { kids, results } = frame;
    if (kids.length === 1 && results[0] === result) tree = kids[0]!;
    else if (kids.length && Array.isArray(result)) {
      if (kids.length === result.length) tree.items = kids;
    } else if (kids.length && typeof result === 'object' && result !== null && kids.length % 2 === 0) {
      tree.fields = new Map();
      for (let i = 0; i < kids.length; i += 2) {
        const k = kids[i]!;
        const v = kids[i + 1]!;
        v.key = { line: k.line, col: k.col };
        tree.fields.set(String(results[i]), v);
      }
    }
    const parent = stack[stack.length - 1];
    if (!parent) top = tree;
    else {
      parent.kids.push(tree);
      parent.results.push(result);
    }
  };
  try {
    yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false, listener });
  } catch {
    return undefined;
  }
  return top ?? { line: 1, col: 1 };
}

interface Plain {
  at: string;
  key?: string;
  fields?: [string, Plain][];
  items?: Plain[];
}

/** Every position in a tree, read through its public fields, as plain data. */
function plain(t: PosTree): Plain {
  const show = (p: Point) => `${p.line}:${p.col}`;
  return {
    at: show(t),
    ...(t.key ? { key: show(t.key) } : {}),
    ...(t.fields ? { fields: [...t.fields].map(([k, v]): [string, Plain] => [k, plain(v)]) } : {}),
    ...(t.items ? { items: t.items.map(plain) } : {}),
  };
}

function same(text: string, name: string): boolean {
  const eager = eagerPositions(text);
  const lazy = parseYaml(text, name);
  if (!eager || !lazy.ok) {
    // Both fail or neither: a text only the new parser rejects must not pass as "not comparable".
    assert.equal(lazy.ok, eager !== undefined, `${name}: parses only one way`);
    return false;
  }
  assert.deepEqual(plain(lazy.pos), plain(eager), name);
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('positions built on demand', () => {
  it('are the eager positions on every YAML file in examples/ and test/fixtures/', () => {
    const files = [...yamlFiles('examples'), ...yamlFiles('test/fixtures')];
    assert.ok(files.length > 40, `only ${files.length} files`);
    const parsed = files.filter((f) => same(fs.readFileSync(f, 'utf8'), f));
    assert.ok(parsed.length > 40);
  });

  it('are the eager positions on a gsn2x argument and its import', () => {
    const g = generateGsn2x(400);
    same(g.text, 'argument.gsn.yaml');
    const imported = importGsn2x([{ path: 'argument.gsn.yaml', text: g.text }]);
    assert.ok(imported.files.length > 0);
    for (const f of imported.files) assert.ok(same(f.text, f.path));
  });

  it('are the eager positions on tricky YAML', () => {
    const cases = [
      '',
      '# only a comment\n',
      'a',
      'a: 1\r\nb:\r\n  - x\r\n  -\r\n  - z\r\n',
      'list:\n  -\n  - b\n  - - c\n    - d\n',
      '? complex\n: value\n? [a, b]\n: pair\n',
      'base: &b {x: 1, y: [1, 2]}\nuse: *b\nmerged:\n  <<: *b\n  z: 3\n',
      'flow: {a: [1, {b: 2}], "c": \'d\'}\n',
      'text: |\n  block\n  text\nnext: >-\n  folded\n',
      '- a: 1\n  b: 2\n- c: 3\n',
      '---\nkey: value\n...\n',
      'a:\n  # comment before\n  b: 1 # after\n',
      'é: ü\n"quoted key": x\n',
      'a: !!str 1\nb: null\nc: ~\nd:\n',
    ];
    for (const c of cases) same(c, JSON.stringify(c));
  });

  it('are the eager positions on generated documents, in block and flow style', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), fc.integer({ min: 1, max: 4 }), (v, flow, indent) => {
        const text = yaml.dump(v, { flowLevel: flow ? 1 : -1, indent });
        same(text, text);
      }),
      { numRuns: 300 },
    );
  });

  it('build a mapping only when it is descended into', () => {
    const r = parseYaml('a:\n  b:\n    c: 1\nd: 2\n', 'f.yaml');
    assert.ok(r.ok);
    const a = r.pos.fields!.get('a')!;
    assert.equal((a as unknown as { built: boolean }).built, false);
    assert.equal((a as unknown as { at?: unknown }).at, undefined);
    assert.deepEqual([a.line, a.col, a.key?.line, a.key?.col], [2, 3, 1, 1]);
    assert.deepEqual([a.fields!.get('b')!.line, a.fields!.get('b')!.key?.col], [3, 3]);
    assert.equal((a as unknown as { built: boolean }).built, true);
  });
});
