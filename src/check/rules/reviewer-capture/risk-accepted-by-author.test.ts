import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { riskAcceptedByAuthor as rule } from './risk-accepted-by-author.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('ignores mitigated defeaters signed off by an author', () => {
    const input = (rule.meta.examples.failing as string).replace('status: accepted', 'status: mitigated');
    assert.deepEqual(findings(rule, input), []);
  });
});
