import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { evidenceOtherBuild as rule } from './evidence-other-build.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names both builds', () => {
    const [f] = findings(rule, failing);
    assert.equal(f!.target, 'E1');
    assert.match(f!.message, /measured build m7-2026-09-11-rc2, not the build decided on \(m7-2026-10-02-rc4\)/);
  });
  it('is not bridged by a justification whose bridge names other builds, or one that does not frame the evidence', () => {
    const wrongBridge = (rule.meta.examples.passing as string).replace(
      'from: m7-2026-09-11-rc2',
      'from: m7-2026-08-01-rc1',
    );
    assert.equal(findings(rule, wrongBridge).length, 1);
    const unframed = `${(rule.meta.examples.passing as string)
      .replace('\n    in_context_of: [J1]', '')
      .replace('supported_by: [Sn1]', 'supported_by: [Sn1, S9]')}`;
    const withUse = unframed.replace(
      'evidence:\n',
      '  S9: { kind: strategy, text: Argue from the bridge., in_context_of: [J1], undeveloped: true }\nevidence:\n',
    );
    assert.equal(findings(rule, withUse).length, 1);
  });
  it('accepts a decision scope build and a component build', () => {
    assert.deepEqual(
      findings(
        rule,
        failing
          .replace(
            'user_population: { description: Verified developer organisations }',
            'user_population: { description: Verified developer organisations }\n  notes: none',
          )
          .replace(
            'evidence:\n  E1:',
            'decision: { outcome: approve, date: 2026-10-10, makers: [{ name: Dana Ito }], residual_risk: Small., scope: { build: m7-2026-09-11-rc2 } }\nevidence:\n  E1:',
          ),
      ),
      [],
    );
  });
  it("checks a component's evidence against that component's build", () => {
    const withComponents = failing
      .replace(
        'model: { id: m7, build: m7-2026-10-02-rc4 }',
        'model: { id: m7, build: m7-2026-10-02-rc4, components: [{ role: agent, build: m7-2026-10-02-rc4 }, { role: monitor, build: m4-mini-2026-02-20 }] }',
      )
      .replace('build: m7-2026-09-11-rc2,', 'build: m7-2026-10-02-rc4, component: monitor,');
    const fs = findings(rule, withComponents);
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message, /not the monitor build decided on \(m4-mini-2026-02-20\)/);
  });
  it('accepts a resolved defeater that raised the build gap for this item', () => {
    const input = failing.replace(
      'evidence:\n  E1:',
      '  D1: { kind: defeater, form: counter-evidence, text: The CTF runs were made on m7-2026-09-11-rc2., challenges: [G1], evidence: [E1], status: refuted, resolution: { summary: A bridging run on rc4 matched., refs: [Sn1] } }\nevidence:\n  E1:',
    );
    assert.deepEqual(findings(rule, input), []);
    assert.equal(findings(rule, input.replace('status: refuted', 'status: open')).length, 1);
  });
  it('does nothing without a context or decision scope', () => {
    const noContext = failing.slice(failing.indexOf('argument:'));
    assert.deepEqual(findings(rule, noContext), []);
  });
});
