import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { criterionWithoutThreshold } from './criterion-without-threshold.js';
import { thresholdWithoutHistory as rule } from './threshold-without-history.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('leaves a criterion without a numeric threshold to criterion-without-threshold', () => {
    const input = (criterionWithoutThreshold.meta.examples.failing as string).replace(/ {6}history:\n.*\n/, '');
    assert.deepEqual(findings(rule, input), []);
  });
});
