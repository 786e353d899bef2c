import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { acceptability, argument, RISKS } from './examples.js';
import { noAcceptanceRationale as rule } from './no-acceptance-rationale.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names both missing parts', () => {
    assert.match(findings(rule, rule.meta.examples.failing)[0]!.message, /a rationale .* or the residual harms/);
  });
  it('names only the residual harms when the rationale is there', () => {
    const input = RISKS + acceptability({ harms: null }) + argument();
    assert.equal(findings(rule, input)[0]!.message, 'The acceptability criteria do not state the residual harms.');
  });
});
