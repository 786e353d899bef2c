import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { leafClaimWithoutEvidence as rule } from './leaf-claim-without-evidence.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names the claim and the holes it ends in', () => {
    const fs = findings(rule, failing);
    assert.deepEqual(
      fs.map((f) => f.target),
      ['G2'],
    );
    assert.match(fs[0]!.message, /undeveloped node S2/);
  });
  it('reports only the highest claim of a branch that rests on nothing', () => {
    const input = failing.replace(
      'S2: { kind: strategy, text: Argue over each write path., undeveloped: true }',
      'S2: { kind: strategy, text: Argue over each write path., supported_by: [G4] }\n  G4: { kind: claim, text: Writes through the editor tool are confined., supported_by: [G5] }\n  G5: { kind: claim, text: The editor tool checks paths., undeveloped: true }',
    );
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      ['G2'],
    );
  });
  it('reports the top claim when the whole case rests on nothing', () => {
    const input = `argument:
  G1: { kind: claim, text: The agent is contained., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over routes., supported_by: [G2] }
  G2: { kind: claim, text: Egress is blocked., undeveloped: true }
`;
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      ['G1'],
    );
  });
});
