import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { EXPIRY_EXAMPLE, evidenceExpired as rule } from './evidence-expired.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('gives the dates and points at valid_for_days', () => {
    const fs = findings(rule, EXPIRY_EXAMPLE('approve', 190));
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message, /valid for 190 days, so until 2026-09-17/);
    assert.match(fs[0]!.message, /70 days before 2026-11-26/);
  });
  it('says when the evidence had expired before the decision', () => {
    assert.match(
      findings(rule, EXPIRY_EXAMPLE('approve', 20))[0]!.message,
      /already expired when the decision was taken on 2026-04-14/,
    );
  });
  it('takes the earlier of expires and the window, and counts the expiry day itself', () => {
    const input = EXPIRY_EXAMPLE('approve', 365).replace(
      'valid_for_days: 365,',
      'valid_for_days: 365, expires: 2026-11-26,',
    );
    assert.deepEqual(findings(rule, input), []);
    assert.equal(findings(rule, input, '2026-11-27').length, 1);
  });
  it('is silent when the decision does not approve (stale-evidence reports it)', () => {
    assert.deepEqual(findings(rule, EXPIRY_EXAMPLE('defer', 190)), []);
  });
});
