import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { EXPIRY_EXAMPLE } from './evidence-expired.js';
import { staleEvidence as rule } from './stale-evidence.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('is silent when the decision approves (evidence-expired reports it)', () => {
    assert.deepEqual(findings(rule, EXPIRY_EXAMPLE('approve', 190)), []);
  });
  it('reports in a case with no decision yet', () => {
    const input = EXPIRY_EXAMPLE('defer', 190).replace(/decision:.*\n/, '');
    assert.equal(findings(rule, input).length, 1);
  });
});
