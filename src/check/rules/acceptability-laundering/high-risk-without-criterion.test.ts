import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { highRiskWithoutCriterion as rule } from './high-risk-without-criterion.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('targets the risk', () => {
    assert.deepEqual(
      findings(rule, failing).map((f) => f.target),
      ['risk-scan'],
    );
  });
  it('ignores medium risks', () => {
    assert.deepEqual(
      findings(rule, failing.replace('pathway: cyber, severity: critical', 'pathway: cyber, severity: medium')),
      [],
    );
  });
  it('counts a criterion named by a claim addressing the risk', () => {
    const input = failing.replace(
      'addresses: [risk-scan], undeveloped: true',
      'addresses: [risk-scan], criteria: [crit-injection], undeveloped: true',
    );
    assert.deepEqual(findings(rule, input), []);
  });
});
