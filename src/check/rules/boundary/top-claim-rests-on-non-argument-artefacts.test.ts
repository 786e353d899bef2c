import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { topClaimRestsOnNonArgumentArtefacts as rule } from './top-claim-rests-on-non-argument-artefacts.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('lists the items and their kinds', () => {
    assert.match(findings(rule, failing)[0]!.message, /E1 \(benchmark-score\), E2 \(system-card\)/);
  });
  it('does not count an undermining item cited by a defeater as support', () => {
    const input =
      failing.replace(
        '  Sn2: { kind: evidence',
        '  D1: { kind: defeater, form: counter-evidence, text: A range escape was seen., challenges: [G1], status: open, evidence: [E3] }\n  Sn2: { kind: evidence',
      ) +
      '  E3: { title: Range escape, kind: red-team, source_type: third-party-evaluation, date: 2026-10-05, produced_by: Ashgrove, external: true, polarity: undermines, result: { metric: escapes, value: 1 } }\n';
    assert.equal(findings(rule, input).length, 1);
  });
  it('is silent when nothing is cited (another rule reports that)', () => {
    assert.deepEqual(
      findings(rule, 'argument:\n  G1: { kind: claim, text: The model is contained., undeveloped: true }\n'),
      [],
    );
  });
});
