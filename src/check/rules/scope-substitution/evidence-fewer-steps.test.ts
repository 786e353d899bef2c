import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { evidenceFewerSteps as rule } from './evidence-fewer-steps.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('accepts exactly the deployed budget', () => {
    assert.deepEqual(findings(rule, failing.replace('max_steps: 50', 'max_steps: 200')), []);
  });
  it('uses the larger of the context and decision scope budgets', () => {
    const input = failing
      .replace('max_steps: 50', 'max_steps: 200')
      .replace(
        'evidence:\n  E1:',
        'decision: { outcome: approve, date: 2026-10-10, makers: [{ name: Dana Ito }], residual_risk: Small., scope: { max_steps: 400 } }\nevidence:\n  E1:',
      );
    assert.match(findings(rule, input)[0]!.message, /200 steps per episode, fewer than the 400/);
  });
  it('is bridged by a justification whose bridge starts from the measured budget', () => {
    const bridged = failing
      .replace(
        'text: The agent does not complete autonomous replication tasks., supported_by',
        'text: The agent does not complete autonomous replication tasks., in_context_of: [J1], supported_by',
      )
      .replace(
        'evidence:\n  E1:',
        '  J1: { kind: justification, text: Success plateaus after 40 steps in a 500-step ablation., bridges: [{ from: 50 steps, to: 200 steps }] }\nevidence:\n  E1:',
      );
    assert.deepEqual(findings(rule, bridged), []);
    assert.equal(findings(rule, bridged.replace('from: 50 steps', 'from: 500 steps')).length, 1);
  });
});
