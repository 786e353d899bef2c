import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { highSeverityBranchWithoutDefeaters as rule } from './high-severity-branch-without-defeaters.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('ignores a medium-severity branch', () => {
    assert.deepEqual(findings(rule, failing.replace('severity: critical', 'severity: medium')), []);
  });
  it('counts undermining evidence cited below the claim as a challenge', () => {
    assert.deepEqual(findings(rule, failing.replace('polarity: supports', 'polarity: mixed')), []);
  });
  it('counts a challenge to an assumption the claim is stated in', () => {
    const input = failing
      .replace('addresses: [risk-cyber],', 'addresses: [risk-cyber], in_context_of: [A1],')
      .replace(
        'evidence:\n',
        '  A1: { kind: assumption, text: Novices use the public API only. }\n  D1: { kind: defeater, text: Novices may use leaked weights., challenges: [A1], status: open }\nevidence:\n',
      );
    assert.deepEqual(findings(rule, input), []);
  });
  it('reports only the topmost claim for the risk', () => {
    const input = failing
      .replace('addresses: [risk-cyber], supported_by: [Sn1]', 'addresses: [risk-cyber], supported_by: [G2]')
      .replace(
        'evidence:\n',
        '  G2: { kind: claim, text: Novices solve under 5% of range tasks., addresses: [risk-cyber], supported_by: [Sn1] }\nevidence:\n',
      );
    const fs = findings(rule, input);
    assert.deepEqual(
      fs.map((f) => f.target),
      ['G1'],
    );
    assert.match(fs[0]!.message, /critical risk risk-cyber/);
  });
  it('treats the branch as a whole: a challenge to one sub-claim counters the risk', () => {
    const input = `risks:
  risk-a: { title: Weight exfiltration, pathway: weight-theft, severity: high }
argument:
  G0: { kind: claim, text: Both routes are controlled., addresses: [risk-a], supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each route., supported_by: [G1, G2] }
  G1: { kind: claim, text: Route one is controlled., supported_by: [Sn1] }
  G2: { kind: claim, text: Route two is controlled., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Control evaluation, evidence: [E1] }
  D1: { kind: defeater, text: Route one has a bypass., challenges: [G1], status: open }
evidence:
  E1: { title: CE-05, kind: control-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: AI Control, polarity: supports }
`;
    assert.deepEqual(findings(rule, input), []);
    assert.deepEqual(
      findings(rule, input.replace(/ {2}D1: .*\n/, '')).map((f) => f.target),
      ['G0'],
    );
  });
  it('reports every topmost claim when a risk is addressed in two places', () => {
    const input = `risks:
  risk-a: { title: Weight exfiltration, pathway: weight-theft, severity: high }
argument:
  G0: { kind: claim, text: Both routes are controlled., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each route., supported_by: [G1, G2] }
  G1: { kind: claim, text: Route one is controlled., addresses: [risk-a], supported_by: [Sn1] }
  G2: { kind: claim, text: Route two is controlled., addresses: [risk-a], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Control evaluation, evidence: [E1] }
evidence:
  E1: { title: CE-05, kind: control-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: AI Control, polarity: supports }
`;
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      ['G1', 'G2'],
    );
  });
});
