import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { noOperationalContext as rule } from './no-operational-context.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports once, on the case, at the header', () => {
    const fs = findings(rule, rule.meta.examples.failing);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.target, 'example');
    assert.equal(fs[0]!.line, 2);
  });
});
