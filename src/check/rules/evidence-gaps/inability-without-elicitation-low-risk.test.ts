import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { inabilityWithoutElicitationLowRisk as rule } from './inability-without-elicitation-low-risk.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('uses the worst severity on the branch: a critical risk above moves it to the error rule', () => {
    const input = (rule.meta.examples.failing as string).replace('severity: medium', 'severity: high');
    assert.deepEqual(findings(rule, input), []);
  });
  it('says which severity the branch has', () => {
    assert.match(findings(rule, rule.meta.examples.failing)[0]!.message, /medium-severity branch/);
  });
});
