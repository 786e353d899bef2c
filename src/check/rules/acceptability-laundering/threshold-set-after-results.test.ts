import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { thresholdRelaxedAfterResults } from './threshold-relaxed-after-results.js';
import { thresholdSetAfterResults as rule } from './threshold-set-after-results.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('does not note a later tightening with the results known', () => {
    assert.deepEqual(findings(rule, thresholdRelaxedAfterResults.meta.examples.passing), []);
  });
});
