import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { MIN_SAMPLE, smallSample as rule } from './small-sample.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('accepts exactly the minimum', () => {
    assert.deepEqual(findings(rule, failing.replace('sample_size: 12', `sample_size: ${MIN_SAMPLE}`)), []);
    assert.equal(findings(rule, failing.replace('sample_size: 12', `sample_size: ${MIN_SAMPLE - 1}`)).length, 1);
  });
  it('reports a proportion with an interval but no sample size', () => {
    const fs = findings(rule, failing.replace(', sample_size: 12', ''));
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message, /without a sample size/);
  });
  it('leaves a value with a threshold and no uncertainty at all to no-uncertainty-reported', () => {
    assert.deepEqual(
      findings(rule, failing.replace(', interval: [0.74, 1.0], confidence: 0.95, sample_size: 12', '')),
      [],
    );
  });
  it('does not ask counts or durations for a sample size', () => {
    assert.deepEqual(findings(rule, failing.replace('value: 1.0', 'value: 23').replace(', sample_size: 12', '')), []);
  });
  it('ignores evidence off the decision path and formal arguments', () => {
    assert.deepEqual(findings(rule, failing.replace('kind: control-evaluation', 'kind: formal-argument')), []);
    const offPath = failing
      .replace(
        'supported_by: [Sn1] }',
        'undeveloped: true }\n  D1: { kind: defeater, text: A small drill missed one attack., challenges: [G1], evidence: [E1], status: open }',
      )
      .replace('  Sn1: { kind: evidence, text: Sabotage detection evaluation, evidence: [E1] }\n', '');
    assert.deepEqual(findings(rule, offPath), []);
  });
});
