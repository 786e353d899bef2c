import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { noUncertaintyReported as rule } from './no-uncertainty-reported.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('is satisfied by a sample size alone, or an interval alone', () => {
    assert.deepEqual(findings(rule, failing.replace('value: 0.03', 'value: 0.03, sample_size: 1')), []);
    assert.deepEqual(findings(rule, failing.replace('value: 0.03', 'value: 0.03, interval: [0.01, 0.06]')), []);
  });
  it('does not apply without a threshold, or to a formal argument', () => {
    assert.deepEqual(findings(rule, failing.replace(', threshold: { max: 0.05 }', '')), []);
    assert.deepEqual(findings(rule, failing.replace('kind: red-team', 'kind: formal-argument')), []);
  });
});
