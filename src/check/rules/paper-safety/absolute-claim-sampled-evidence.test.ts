import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { absoluteClaimSampledEvidence as rule } from './absolute-claim-sampled-evidence.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('accepts an absolute claim that a formal argument supports', () => {
    const input = (rule.meta.examples.failing as string).replace(
      'kind: capability-evaluation',
      'kind: formal-argument',
    );
    assert.deepEqual(findings(rule, input), []);
  });
  it('does not report an absolute word bounded by a quantifier', () => {
    const input = (rule.meta.examples.failing as string).replace(
      'cannot exploit web vulnerabilities.',
      'cannot reliably exploit web vulnerabilities.',
    );
    assert.deepEqual(findings(rule, input), []);
  });
  it('quotes the absolute word', () => {
    assert.match(findings(rule, rule.meta.examples.failing)[0]!.message, /"cannot"/);
  });
});
