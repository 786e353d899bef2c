import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { evidenceAfterDecision as rule } from './evidence-after-decision.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('gives both dates', () => {
    assert.match(findings(rule, failing)[0]!.message, /dated 2026-07-15, 44 days after the decision of 2026-06-01/);
  });
  it('accepts evidence from the day of the decision', () => {
    assert.deepEqual(findings(rule, failing.replace('date: 2026-07-15', 'date: 2026-06-01')), []);
  });
  it('ignores later counter-evidence in a defeater', () => {
    const input = failing
      .replace('date: 2026-07-15', 'date: 2026-05-15')
      .replace(
        '  Sn1: { kind: evidence',
        '  D1: { kind: defeater, form: counter-evidence, text: A multi-episode attack got through., challenges: [G1], status: open, evidence: [E2] }\n  Sn1: { kind: evidence',
      )
      .replace(
        'decision:',
        '  E2: { title: Multi-episode attack, kind: red-team, source_type: internal-test, date: 2026-08-01, produced_by: Red team, polarity: undermines, result: { metric: attacks undetected, value: 2 } }\ndecision:',
      );
    assert.deepEqual(findings(rule, input), []);
  });
});
