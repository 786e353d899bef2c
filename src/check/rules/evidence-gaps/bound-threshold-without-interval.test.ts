import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { boundThresholdWithoutInterval as rule } from './bound-threshold-without-interval.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('does not apply to a threshold on the point estimate', () => {
    assert.deepEqual(findings(rule, failing.replace(', on: interval-high', '')), []);
  });
  it('leaves a result with no sample size either to no-uncertainty-reported', () => {
    assert.deepEqual(findings(rule, failing.replace(', sample_size: 300', '')), []);
  });
});
