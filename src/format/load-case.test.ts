import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_HEADER } from '../check/examples.js';
import { LOADER_CODES } from './codes.js';
import { loadCase } from './load-case.js';
import { memoryReader } from './memory-reader.js';

const ok = 'argument:\n  G1: { kind: claim, text: Safe to launch., undeveloped: true }\n';

function load(files: Record<string, string>, limits?: { maxBytes: number; maxExpandedValues: number }) {
  return loadCase('warrant.yaml', memoryReader(files), limits);
}
const codes = (r: ReturnType<typeof load>) => r.diagnostics.map((d) => d.code);

/** One failing and one passing input per loader code. */
const cases: Record<string, { failing: Record<string, string>; passing: Record<string, string>; fatal: boolean }> = {
  L01: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}argument: [\n` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: true,
  },
  L02: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER + ok}  G1: { kind: claim, text: Again., undeveloped: true }\n` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: true,
  },
  L05: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., supportedBy: [G2] }\n` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: false,
  },
  L06: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., supported_by: G2 }\n` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: false,
  },
  L07: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, undeveloped: true }\n` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: false,
  },
  L08: {
    failing: { 'warrant.yaml': EXAMPLE_HEADER.replace('status: draft', 'status: drafted') + ok },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: false,
  },
  L09: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}includes: [missing.yaml]\n${ok}` },
    passing: { 'warrant.yaml': `${EXAMPLE_HEADER}includes: [m.yaml]\n${ok}`, 'm.yaml': 'module: { id: m }\n' },
    fatal: true,
  },
  L10: {
    failing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml]\n${ok}`,
      'a.yaml': 'module: { id: a }\nincludes: [b.yaml]\n',
      'b.yaml': 'module: { id: b }\nincludes: [a.yaml]\n',
    },
    passing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml, b.yaml]\n${ok}`,
      'a.yaml': 'module: { id: a }\nincludes: [b.yaml]\n',
      'b.yaml': 'module: { id: b }\n',
    },
    fatal: true,
  },
  L11: {
    failing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [m.yaml]\n${ok}`,
      'm.yaml': 'module: { id: m }\nargument:\n  G1: { kind: claim, text: Twice., undeveloped: true }\n',
    },
    passing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [m.yaml]\n${ok}`,
      'm.yaml': 'module: { id: m }\nargument:\n  G2: { kind: claim, text: Once., undeveloped: true }\n',
    },
    fatal: false,
  },
  L12: {
    failing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml, b.yaml]\n${ok}`,
      'a.yaml': 'module: { id: m }\n',
      'b.yaml': 'module: { id: m }\n',
    },
    passing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml, b.yaml]\n${ok}`,
      'a.yaml': 'module: { id: a }\n',
      'b.yaml': 'module: { id: b }\n',
    },
    fatal: false,
  },
  L13: {
    failing: { 'warrant.yaml': `module: { id: m }\n${ok}` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: true,
  },
};

describe('loader codes: each has a failing and a passing input', () => {
  for (const [code, c] of Object.entries(cases)) {
    it(`${code}: reported with a position and a hint`, () => {
      const r = load(c.failing);
      const found = r.diagnostics.filter((d) => d.code === code);
      assert.ok(found.length > 0, `expected ${code}, got ${codes(r).join(', ')}`);
      for (const d of found) assert.ok(d.line >= 1 && d.col >= 1 && d.hint);
      assert.equal(r.fatal, c.fatal);
      // Unusable input and schema errors stop before a case is built; a duplicate id or module keeps the first definition.
      if (c.fatal || ['L05', 'L06', 'L07', 'L08'].includes(code)) assert.equal(r.case, undefined, 'no half-built case');
      else assert.ok(r.case);
    });
    it(`${code}: absent on the passing input`, () => {
      const r = load(c.passing);
      assert.deepEqual(codes(r), []);
      assert.ok(r.case);
    });
  }

  it('L03: a file over the size limit is refused before parsing', () => {
    const text = EXAMPLE_HEADER + ok;
    const r = load({ 'warrant.yaml': text }, { maxBytes: 100, maxExpandedValues: 1000 });
    assert.deepEqual(codes(r), ['L03']);
    assert.equal(r.fatal, true);
    assert.ok(load({ 'warrant.yaml': text }, { maxBytes: 10_000, maxExpandedValues: 1000 }).case);
  });

  it('L04: an alias bomb is refused', () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++)
      bomb += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const r = load({ 'warrant.yaml': bomb });
    assert.deepEqual(codes(r), ['L04']);
    assert.equal(r.fatal, true);
  });

  it('every loader code is tested here', () => {
    // L14 and L15 concern the rule configuration: src/check/run-check.test.ts tests them.
    const tested = new Set([...Object.keys(cases), 'L03', 'L04', 'L14', 'L15']);
    for (const c of LOADER_CODES) assert.ok(tested.has(c.code), `${c.code} has no test`);
  });

  it('L05 suggests the snake_case field for camelCase and wrong case', () => {
    const r = load({
      'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., Undeveloped: true, inContextOf: [] }\n`,
    });
    const hints = r.diagnostics.map((d) => d.hint);
    assert.ok(hints.includes('Did you mean `undeveloped`? Field names are snake_case.'));
    assert.ok(hints.includes('Did you mean `in_context_of`? Field names are snake_case.'));
  });

  it('L05 on a claim with `challenges` explains that only defeaters challenge', () => {
    const r = load({
      'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., undeveloped: true, challenges: [G2] }\n`,
    });
    assert.match(r.diagnostics[0]!.hint!, /Only defeaters challenge/);
  });

  it('L11 points at both definitions', () => {
    const r = load(cases.L11!.failing);
    const d = r.diagnostics.find((x) => x.code === 'L11')!;
    assert.equal(d.file, 'm.yaml');
    assert.equal(d.line, 3);
    assert.equal(d.related?.[0]?.file, 'warrant.yaml');
    assert.match(d.message, /G1/);
  });

  it('L02 names the repeated key and points at it', () => {
    const d = load(cases.L02!.failing).diagnostics[0]!;
    assert.deepEqual([d.code, d.line, d.col], ['L02', 10, 3]);
    assert.match(d.message, /`G1`/);
  });

  it('L10 prints the cycle', () => {
    const d = load(cases.L10!.failing).diagnostics.find((x) => x.code === 'L10')!;
    assert.match(d.message, /a\.yaml -> b\.yaml -> a\.yaml/);
  });

  it('S01 suggests the Warrant name for a GSN node type', () => {
    const r = load({ 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: goal, text: Safe. }\n` });
    assert.equal(r.diagnostics[0]?.code, 'S01');
    assert.match(r.diagnostics[0]!.hint!, /`claim`/);
  });

  it('keeps the position of every field', () => {
    const r = load({
      'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1:\n    kind: claim\n    text: Safe.\n    undeveloped: true\n`,
    });
    const g1 = r.case!.nodes.get('G1')!;
    assert.deepEqual([g1.pos.key?.line, g1.pos.key?.col], [9, 3]);
    const text = g1.pos.fields!.get('text')!;
    assert.deepEqual([text.line, text.col, text.key?.line, text.key?.col], [11, 11, 11, 5]);
  });

  it('a module included twice is loaded once', () => {
    const r = load({
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml, b.yaml]\n${ok}`,
      'a.yaml': 'module: { id: a }\nincludes: [c.yaml]\n',
      'b.yaml': 'module: { id: b }\nincludes: [c.yaml]\n',
      'c.yaml': 'module: { id: c }\n',
    });
    assert.deepEqual(codes(r), []);
    assert.deepEqual(r.case!.files, ['warrant.yaml', 'a.yaml', 'c.yaml', 'b.yaml']);
  });
});
