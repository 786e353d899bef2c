import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { evidenceWithoutValidityWindow as rule } from './evidence-without-validity-window.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('accepts an expiry date instead of a window', () => {
    assert.deepEqual(
      findings(rule, failing.replace('date: 2026-09-01,', 'date: 2026-09-01, expires: 2027-03-01,')),
      [],
    );
  });
  it('does not ask a security-control test for a window', () => {
    assert.deepEqual(findings(rule, failing.replace('kind: red-team', 'kind: security-control')), []);
  });
});
