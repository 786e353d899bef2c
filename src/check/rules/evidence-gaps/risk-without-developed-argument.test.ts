import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { riskWithoutDevelopedArgument as rule } from './risk-without-developed-argument.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names the undeveloped claim and the risk', () => {
    const [f] = findings(rule, rule.meta.examples.failing);
    assert.equal(f!.target, 'R1');
    assert.match(f!.message, /G2 \(undeveloped\)/);
  });
  it('reports a risk whose claim rests only on an undeveloped strategy', () => {
    const input = (rule.meta.examples.passing as string)
      .replace(
        'G2: { kind: claim, text: Phishing uplift is within the accepted residual harm., addresses: [R1], supported_by: [Sn1] }',
        'G2: { kind: claim, text: Phishing uplift is within the accepted residual harm., addresses: [R1], supported_by: [S2] }\n  S2: { kind: strategy, text: Argue from a phishing red team., undeveloped: true }\n  G3: { kind: claim, text: Load is fine., supported_by: [Sn1] }',
      )
      .replace('supported_by: [G2] }', 'supported_by: [G2, G3] }');
    assert.equal(findings(rule, input).length, 1);
  });
  it('does not report when one of several addressing claims has evidence', () => {
    const input = (rule.meta.examples.failing as string).replace(
      'text: The service meets availability targets., supported_by',
      'text: Phishing volume stays below the abuse threshold., addresses: [R1], supported_by',
    );
    assert.deepEqual(findings(rule, input), []);
  });
  it('counts a module that develops the undeveloped claim', () => {
    const root = (rule.meta.examples.failing as string).replace('argument:', 'includes: [dev.yaml]\nargument:');
    const dev = `module:\n  id: dev\n  extends:\n    - module: main\n      develops: { G2: [Sn2] }\nargument:\n  Sn2: { kind: evidence, text: Phishing red team, evidence: [E2] }\nevidence:\n  E2: { title: Phishing red team, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Red team, polarity: supports }\n`;
    assert.deepEqual(findings(rule, { 'warrant.yaml': root, 'dev.yaml': dev }), []);
  });
});
