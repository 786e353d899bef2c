import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { noCountercase as rule } from './no-countercase.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('targets the case', () => {
    assert.equal(findings(rule, rule.meta.examples.failing)[0]!.target, 'example');
  });
  it('counts an open defeater as a recorded objection', () => {
    const input = (rule.meta.examples.failing as string).replace(
      'evidence:\n',
      '  D1: { kind: defeater, text: The suite may be too easy., challenges: [G1], status: open }\nevidence:\n',
    );
    assert.deepEqual(findings(rule, input), []);
  });
});
