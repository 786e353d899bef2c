import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { claimRestsOnNonArgumentArtefact as rule } from './claim-rests-on-non-argument-artefact.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names the claim and the artefact', () => {
    const fs = findings(rule, failing);
    assert.deepEqual(
      fs.map((f) => f.target),
      ['G3'],
    );
    assert.match(fs[0]!.message, /E3 \(benchmark-score\)/);
  });
  it('accepts an artefact cited beside a developed sub-claim', () => {
    const input = failing.replace(
      'supported_by: [Sn3] }',
      'supported_by: [Sn3, G4] }\n  G4: { kind: claim, text: Recall holds on held-out requests., supported_by: [Sn2] }',
    );
    assert.deepEqual(findings(rule, input), []);
  });
  it('leaves a claim resting on a framework to plan-as-evidence', () => {
    assert.deepEqual(findings(rule, failing.replace('kind: benchmark-score', 'kind: framework')), []);
  });
  it('reports a claim about a framework that rests on it', () => {
    const input = failing
      .replace('kind: benchmark-score', 'kind: framework')
      .replace(
        'The refusal classifier blocks at least 95% of synthesis requests.',
        'Northwind has adopted a refusal policy for synthesis requests.',
      );
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      ['G3'],
    );
  });
  it('leaves the whole case to the top-claim rule when everything below the top is an artefact', () => {
    const input = `argument:
  G1: { kind: claim, text: Launching on the API keeps cyber risk acceptable., supported_by: [Sn1, G2] }
  G2: { kind: claim, text: The model is below the cyber threshold., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Model card, evidence: [E1] }
evidence:
  E1: { title: Model card, kind: model-card, source_type: system-card, date: 2026-10-01, produced_by: Evals team, polarity: supports }
`;
    assert.deepEqual(findings(rule, input), []);
  });
});
