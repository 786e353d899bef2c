// Shared test harness for rules: load an example input, run one rule, return its findings.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { loadCase } from '../../format/load-case.js';
import { memoryReader } from '../../format/memory-reader.js';
import type { Case } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { buildGraph } from '../../model/graph.js';
import { checkCase } from '../check-case.js';
import { exampleFiles } from '../examples.js';
import type { ExampleInput } from '../types.js';
import { runRules } from './engine.js';
import type { KnownRule as Rule } from './index.js';

export const TEST_AS_OF = '2026-11-26';

/** Load an example (appended to the standard header) that must be structurally clean. */
export function loadExample(input: ExampleInput): Case {
  const r = loadCase('warrant.yaml', memoryReader(exampleFiles(input)));
  assert.deepEqual(
    r.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.message}`),
    [],
    'the example must load cleanly',
  );
  const c = r.case!;
  const structural = checkCase(c).filter((d) => d.severity === 'error');
  assert.deepEqual(
    structural.map((d) => `${d.code} ${d.message}`),
    [],
    'the example must have no structural errors',
  );
  return c;
}

/** The findings of one rule on an example input. */
export function findings(rule: Rule, input: ExampleInput, asOf = TEST_AS_OF): Diagnostic[] {
  const c = loadExample(input);
  return runRules({ case: c, graph: buildGraph(c), asOf, rules: [rule] }).findings;
}

/** The standard tests every rule gets: it fires on its failing example, with a position and a hint, and not on its passing one. */
export function ruleExamples(rule: Rule): void {
  it(`${rule.meta.id}: reports the failing example`, () => {
    const fs = findings(rule, rule.meta.examples.failing);
    assert.ok(fs.length > 0, 'expected a finding');
    for (const f of fs) {
      assert.equal(f.code, rule.meta.id);
      assert.ok(f.line >= 1 && f.col >= 1);
      assert.ok(f.hint && f.hint.length > 10, 'a finding says how to fix it');
      assert.ok(f.target, 'a finding names its target, so it can be suppressed');
    }
  });
  it(`${rule.meta.id}: passes the passing example`, () => {
    assert.deepEqual(
      findings(rule, rule.meta.examples.passing).map((f) => f.message),
      [],
    );
  });
}
