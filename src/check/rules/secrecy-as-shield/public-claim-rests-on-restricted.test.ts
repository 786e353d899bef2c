import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { publicClaimRestsOnRestricted as rule } from './public-claim-rests-on-restricted.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names the item and the evidence node', () => {
    assert.match(findings(rule, failing)[0]!.message, /Public claim G1 rests on restricted E1 \(via Sn1\)/);
  });
  it('ignores regulator-tier evidence', () => {
    assert.deepEqual(findings(rule, failing.replace('tier: restricted', 'tier: regulator')), []);
  });
  it('ignores a claim that is not public', () => {
    assert.deepEqual(findings(rule, failing.replace('default_tier: public', 'default_tier: internal')), []);
  });
  it('reports the nearest public claims only, and restricted nodes too', () => {
    const input = failing.replace(
      'G1: { kind: claim, text: The agent cannot reach model weight storage., supported_by: [Sn1] }',
      'G0: { kind: claim, text: Weight exfiltration is controlled., supported_by: [G1, G2] }\n  G1: { kind: claim, text: The agent cannot reach model weight storage., supported_by: [Sn1] }\n  G2: { kind: claim, text: The egress filter blocks weight-shaped payloads., tier: restricted, supported_by: [Sn1] }',
    );
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      ['G0', 'G1'],
    );
    assert.match(findings(rule, input)[0]!.message, /G0 rests on restricted G2, E1 \(via Sn1\), and/);
  });
});
