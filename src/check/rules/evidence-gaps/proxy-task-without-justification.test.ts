import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { inabilityCase, item } from './fixtures.js';
import { proxyTaskWithoutJustification as rule } from './proxy-task-without-justification.js';

const result =
  'measured: { model: m7, build: m7-2026-09-30, elicitation: "10 attempts" }, result: { metric: accuracy, value: 0.21, sample_size: 180 }';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('accepts a linking justification on a claim above', () => {
    const input = inabilityCase({
      supports: 'G2',
      extraNodes:
        '  G2: { kind: claim, text: The model scores 21% on troubleshooting tasks., supported_by: [Sn1] }\n  J1: { kind: justification, text: Troubleshooting tasks are the bottleneck step of the threat model. }\n',
      items: item('E1', result),
    }).replace('    addresses: [R1]\n', '    addresses: [R1]\n    in_context_of: [J1]\n');
    assert.deepEqual(findings(rule, input), []);
  });
  it('does not accept a justification that says nothing about proxies or risks', () => {
    const input = inabilityCase({
      extraNodes: '  J1: { kind: justification, text: The launch date was agreed with the partner organisation. }\n',
      items: item('E1', result),
    }).replace('    addresses: [R1]\n', '    addresses: [R1]\n    in_context_of: [J1]\n');
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      ['G1'],
    );
  });
  it('reports the claim nearest the evidence, looking through strategies', () => {
    const input = inabilityCase({
      supports: 'S1',
      extraNodes: '  S1: { kind: strategy, text: Argue from the evaluation., supported_by: [Sn1] }\n',
      items: item('E1', result),
    });
    const fs = findings(rule, input);
    assert.deepEqual(
      fs.map((f) => f.target),
      ['G1'],
    );
    assert.match(fs[0]!.message, /\(E1\)/);
  });
  it('does not report claims resting on other kinds of evidence', () => {
    const input = inabilityCase({ items: item('E1', result).replace('capability-evaluation', 'red-team') });
    assert.deepEqual(findings(rule, input), []);
  });
});
