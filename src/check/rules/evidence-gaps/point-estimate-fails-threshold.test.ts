import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { pointEstimateFailsThreshold as rule } from './point-estimate-fails-threshold.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('quotes the value and the bound', () => {
    assert.match(findings(rule, failing)[0]!.message, /0\.86 is below the minimum 0\.9/);
  });
  it('accepts undermining or mixed evidence that fails', () => {
    assert.deepEqual(findings(rule, failing.replace('polarity: supports', 'polarity: undermines')), []);
    assert.deepEqual(findings(rule, failing.replace('polarity: supports', 'polarity: mixed')), []);
  });
  it('treats the bound as inclusive', () => {
    assert.deepEqual(findings(rule, failing.replace('value: 0.86', 'value: 0.9')), []);
  });
  it('reports a failing maximum too', () => {
    const input = failing.replace('threshold: { min: 0.90 }', 'threshold: { max: 0.80 }');
    assert.match(findings(rule, input)[0]!.message, /above the maximum 0\.8/);
  });
});
