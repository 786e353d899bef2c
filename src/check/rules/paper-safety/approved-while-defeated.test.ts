import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { approvedWhileDefeated as rule } from './approved-while-defeated.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names the defeated node and its challenger', () => {
    const fs = findings(rule, failing);
    assert.deepEqual(
      fs.map((f) => f.target),
      ['G2'],
    );
    assert.match(fs[0]!.message, /challenged by D1/);
  });
  it('is silent when the decision defers', () => {
    assert.deepEqual(findings(rule, failing.replace('outcome: approve,', 'outcome: defer,')), []);
  });
  it('reports a defeated support link on the path', () => {
    const input = passing
      .replace('supported_by: [Sn1] }', 'supported_by: [Sn1], defeated_relations: [Sn1] }')
      .replace('challenges: [G2]', 'challenges: ["G2 -> Sn1"]');
    const fs = findings(rule, input);
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message, /G2 -> Sn1/);
  });
});
