import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { dissentNotRecorded as rule } from './dissent-not-recorded.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports concerns raised with an endorsement', () => {
    const input = failing.replace('verdict: object, ', 'verdict: endorse, ');
    assert.match(findings(rule, input)[0]!.message, /Kenji Mori raised concerns, but the decision records no dissent/);
  });
  it('does not accept dissent recorded under another name', () => {
    const input = (rule.meta.examples.passing as string).replace('by: Kenji Mori', 'by: Kenji Moriyama');
    assert.equal(findings(rule, input).length, 1);
  });
  it('is silent before a decision is taken', () => {
    assert.deepEqual(findings(rule, failing.replace(/decision:[\s\S]*/, '')), []);
  });
});
