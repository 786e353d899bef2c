import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { noExternalReviewer as rule } from './no-external-reviewer.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('is silent when every risk is low or medium', () => {
    assert.deepEqual(findings(rule, failing.replace('severity: critical', 'severity: medium')), []);
  });
  it('leaves a case with no reviewers to no-reviewers', () => {
    assert.deepEqual(findings(rule, failing.replace(/ {2}reviewers:\n.*\n/, '')), []);
  });
  it('does not count an internal reviewer from another organisation unless marked external', () => {
    assert.equal(
      findings(rule, failing.replace('organisation: Northwind Labs', 'organisation: Northwind Labs Europe')).length,
      1,
    );
  });
});
