import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { noExpiry as rule } from './no-expiry.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('accepts a dated review trigger instead of an expiry', () => {
    const input = `${rule.meta.examples.failing as string}    - { id: trg-review, kind: date, description: Six-month review, date: 2027-05-01 }\n`;
    assert.deepEqual(findings(rule, input), []);
  });
  it('reports a case with no change control at all', () => {
    assert.equal(
      findings(rule, 'argument:\n  G1: { kind: claim, text: Launch is acceptable., undeveloped: true }\n').length,
      1,
    );
  });
});
