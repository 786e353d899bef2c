import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCase } from '../../format/load-case.js';
import { memoryReader } from '../../format/memory-reader.js';
import { checkCase } from '../check-case.js';
import { exampleFiles } from '../examples.js';
import type { ExampleInput } from '../types.js';
import { STRUCTURE_CHECKS } from './index.js';

function run(input: ExampleInput) {
  const r = loadCase('warrant.yaml', memoryReader(exampleFiles(input)));
  assert.deepEqual(
    r.diagnostics.map((d) => `${d.code} ${d.message}`),
    [],
    'the example must load cleanly',
  );
  assert.ok(r.case);
  return checkCase(r.case);
}

describe('structural checks: each has a failing and a passing example', () => {
  for (const check of STRUCTURE_CHECKS) {
    const { code, name } = check.meta;
    it(`${code} ${name}: reported on the failing example`, () => {
      const found = run(check.meta.examples.failing).filter((d) => d.code === code);
      assert.ok(found.length > 0, `expected ${code}`);
      for (const d of found) {
        assert.ok(d.line >= 1 && d.col >= 1);
        assert.ok(d.hint && d.hint.length > 10, 'every diagnostic says how to fix it');
        assert.equal(d.severity, check.meta.severity);
      }
    });
    it(`${code} ${name}: silent on the passing example`, () => {
      const found = run(check.meta.examples.passing).filter((d) => d.code === code);
      assert.deepEqual(found, []);
    });
  }
  it('codes are unique and stable in form', () => {
    const codes = STRUCTURE_CHECKS.map((c) => c.meta.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const c of codes) assert.match(c, /^S\d\d$/);
  });
});
