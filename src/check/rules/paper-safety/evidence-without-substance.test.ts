import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { evidenceWithoutSubstance as rule } from './evidence-without-substance.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('accepts an artefact alone', () => {
    assert.deepEqual(
      findings(
        rule,
        failing.replace('polarity: supports', 'polarity: supports, artefact: { uri: s3://evals/bioguard.pdf }'),
      ),
      [],
    );
  });
  it('ignores counter-evidence cited only by a defeater', () => {
    const input = `argument:
  G1: { kind: claim, text: The classifier blocks most synthesis requests., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Classifier evaluation, evidence: [E1] }
  D1: { kind: defeater, form: counter-evidence, text: Jailbreaks get through., challenges: [G1], status: open, evidence: [E2] }
evidence:
  E1: { title: BioGuard evaluation, kind: monitoring-performance, source_type: internal-test, date: 2026-10-01, produced_by: Safeguards team, polarity: supports, artefact: { uri: s3://evals/bioguard.eval } }
  E2: { title: Jailbreak report, kind: red-team, source_type: third-party-evaluation, date: 2026-10-02, produced_by: Outside team, polarity: undermines }
`;
    assert.deepEqual(findings(rule, input), []);
  });
});
