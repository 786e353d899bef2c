import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { underminingEvidenceNotInDefeater as rule } from './undermining-evidence-not-in-defeater.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('says when an evidence node cites the item as support', () => {
    const input = failing.replace('evidence: [E1] }', 'evidence: [E1, E2] }');
    assert.match(findings(rule, input)[0]!.message, /Sn1 cites it as support/);
  });
  it('reports mixed evidence too, and accepts a defeater that cites it in its resolution', () => {
    const mixed = failing.replace('polarity: undermines', 'polarity: mixed');
    assert.equal(findings(rule, mixed).length, 1);
    const resolved = mixed.replace(
      'argument:\n',
      'argument:\n  D1: { kind: defeater, text: Retest leaked context., challenges: [G1], status: mitigated, resolution: { summary: Fixed and retested., refs: [E1, E2] } }\n',
    );
    assert.deepEqual(findings(rule, resolved), []);
  });
});
