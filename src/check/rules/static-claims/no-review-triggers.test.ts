import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { noReviewTriggers as rule } from './no-review-triggers.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports an empty trigger list at the list', () => {
    const fs = findings(
      rule,
      `${rule.meta.examples.failing as string}change_control:\n  expires: 2027-01-01\n  review_triggers: []\n`,
    );
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.target, 'example');
  });
});
