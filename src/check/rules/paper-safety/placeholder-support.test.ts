import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { placeholderSupport as rule } from './placeholder-support.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports the evidence item once, at its title, quoting the word', () => {
    const fs = findings(rule, failing);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.target, 'E1');
    assert.match(fs[0]!.message, /"further analysis required"/);
  });
  it('reads the result summary when the title is clean', () => {
    const fs = findings(
      rule,
      failing.replace('Novice uplift study UPL-07, further analysis required', 'Novice uplift study UPL-07'),
    );
    assert.deepEqual(
      fs.map((f) => f.target),
      ['E1'],
    );
    assert.match(fs[0]!.message, /"to be confirmed"/);
  });
  it('reports a placeholder claim and a placeholder assumption framing the path', () => {
    const input = `argument:
  G1: { kind: claim, text: The model cannot assist with synthesis (TBD)., in_context_of: [A1], supported_by: [Sn1] }
  A1: { kind: assumption, text: Weights security is to be confirmed by the security team. }
  Sn1: { kind: evidence, text: Study, evidence: [E1] }
evidence:
  E1: { title: Study, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Team, polarity: supports, result: { metric: m, value: 0 } }
`;
    assert.deepEqual(
      findings(rule, input)
        .map((f) => f.target)
        .sort(),
      ['A1', 'G1'],
    );
  });
  it('leaves an honest undeveloped claim and an off-path defeater alone', () => {
    const input = `argument:
  G1: { kind: claim, text: Misuse is detected., supported_by: [G2, G3] }
  G2: { kind: claim, text: Further analysis required on account sharing., undeveloped: true }
  G3: { kind: claim, text: Classifier recall is at least 0.9., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Study, evidence: [E1] }
  D1: { kind: defeater, text: Recall on new jailbreaks is to be determined., challenges: [G3], status: open }
evidence:
  E1: { title: Classifier study, kind: monitoring-performance, source_type: internal-test, date: 2026-10-01, produced_by: Team, polarity: supports, result: { metric: recall, value: 0.93 } }
`;
    assert.deepEqual(findings(rule, input), []);
  });
});
