import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { approvedWithUndevelopedClaims as rule } from './approved-with-undeveloped-claims.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names the node and says no condition names it', () => {
    const fs = findings(rule, failing);
    assert.deepEqual(
      fs.map((f) => f.target),
      ['G3'],
    );
    assert.match(fs[0]!.message, /no decision condition names it/);
  });
  it('reports a naming condition once its due date has passed', () => {
    const fs = findings(rule, passing, '2027-01-15');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message, /condition 1 was due 2026-12-31/);
  });
  it('does not match an id that is only part of a longer token', () => {
    assert.equal(findings(rule, passing.replace('G3 is developed', 'G3b is developed')).length, 1);
  });
  it('is silent when the decision rejects', () => {
    assert.deepEqual(findings(rule, failing.replace('approve-with-conditions', 'reject')), []);
  });
  it('reports an undeveloped strategy too', () => {
    const input = failing.replace(
      'G3: { kind: claim, text: Sabotage of research judgement does not change conclusions., undeveloped: true }',
      'G3: { kind: claim, text: Sabotage of research judgement does not change conclusions., supported_by: [S3] }\n  S3: { kind: strategy, text: Argue over each research output type., undeveloped: true }',
    );
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      ['S3'],
    );
  });
});
