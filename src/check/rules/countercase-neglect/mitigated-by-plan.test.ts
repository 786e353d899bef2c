import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { mitigatedByPlan as rule } from './mitigated-by-plan.js';

const passing = rule.meta.examples.passing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('quotes plan wording when nothing shows the mitigation works', () => {
    const fs = findings(rule, rule.meta.examples.failing);
    assert.match(fs[0]!.message, /reads as a plan \("will deploy"\).*cites only G2/);
  });
  it('fires on forward-looking wording even when evidence is cited', () => {
    const input = passing.replace(
      'A cross-episode monitor now scores',
      'A cross-episode monitor is being deployed that scores',
    );
    assert.match(findings(rule, input)[0]!.message, /still to come \("is being deployed"\)/);
  });
  it('accepts a policy that evidence shows is in force', () => {
    const input = passing.replace(
      'A cross-episode monitor now scores',
      'Under the new audit policy a cross-episode monitor scores',
    );
    assert.deepEqual(findings(rule, input), []);
  });
  it('does not count undermining evidence or an undeveloped claim as showing work', () => {
    const input = passing.replace(/(E2: \{[^\n]*)polarity: supports/, '$1polarity: undermines');
    assert.match(findings(rule, input)[0]!.message, /cites only E2, G2/);
  });
  it('reports a mitigated defeater without a resolution', () => {
    const input = (rule.meta.examples.failing as string)
      .replace(/\n {4}resolution: .*\n/, '\n')
      .replace(/ {2}G2: .*\n/, '');
    assert.match(findings(rule, input)[0]!.message, /no resolution/);
  });
});
