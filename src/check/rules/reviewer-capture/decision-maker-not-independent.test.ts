import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { decisionMakerNotIndependent as rule } from './decision-maker-not-independent.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports an author deciding, whatever their title', () => {
    const input = (rule.meta.examples.passing as string).replace('name: Elena Vasquez', 'name: Naomi Kagame');
    assert.match(findings(rule, input)[0]!.message, /Naomi Kagame is also an author/);
  });
  it('is silent without a decision', () => {
    assert.deepEqual(findings(rule, (rule.meta.examples.failing as string).replace(/decision:[\s\S]*/, '')), []);
  });
});
