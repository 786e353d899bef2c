import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { noReviewers as rule } from './no-reviewers.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('is silent on an undecided case without reviewers', () => {
    assert.deepEqual(findings(rule, (rule.meta.examples.failing as string).replace(/decision:[\s\S]*/, '')), []);
  });
  it('counts an empty reviewer list as none', () => {
    assert.equal(findings(rule, `  reviewers: []\n${rule.meta.examples.failing as string}`).length, 1);
  });
});
