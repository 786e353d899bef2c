import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { intervalBoundFailsThreshold as rule } from './interval-bound-fails-threshold.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('gives the numbers', () => {
    assert.match(
      findings(rule, failing)[0]!.message,
      /point estimate 0\.15 passes .* upper end of its 95% interval, 0\.26, is above the maximum 0\.2/,
    );
  });
  it('respects a threshold declared on the point estimate', () => {
    assert.deepEqual(
      findings(rule, failing.replace('threshold: { max: 0.20 }', 'threshold: { max: 0.20, on: value }')),
      [],
    );
  });
  it('respects a criterion that says, in words, it is on the point estimate', () => {
    const input =
      `acceptability:\n  standard: FSF v3\n  set_by: Safety council\n  criteria:\n    C1: { statement: Solve rate at most 20%., metric: solve rate (point estimate), threshold: { max: 0.20 } }\n` +
      failing.replace('supported_by: [Sn1] }', 'criteria: [C1], supported_by: [Sn1] }');
    assert.deepEqual(findings(rule, input), []);
    assert.equal(findings(rule, input.replace('(point estimate)', '(upper 95% bound)')).length, 1);
  });
  it('compares the declared end of the interval', () => {
    assert.equal(
      findings(rule, failing.replace('threshold: { max: 0.20 }', 'threshold: { max: 0.20, on: interval-high }')).length,
      1,
    );
    assert.deepEqual(
      findings(rule, failing.replace('threshold: { max: 0.20 }', 'threshold: { max: 0.20, on: interval-low }')),
      [],
    );
  });
  it('checks the lower end against a minimum', () => {
    const input = failing
      .replace('value: 0.15, interval: [0.08, 0.26]', 'value: 0.93, interval: [0.89, 0.96]')
      .replace('threshold: { max: 0.20 }', 'threshold: { min: 0.90 }');
    assert.match(findings(rule, input)[0]!.message, /lower end .* 0\.89, is below the minimum 0\.9/);
  });
  it('leaves a failing point estimate to the point-estimate rule, and ignores non-supporting evidence', () => {
    assert.deepEqual(findings(rule, failing.replace('value: 0.15', 'value: 0.22')), []);
    assert.deepEqual(findings(rule, failing.replace('polarity: supports', 'polarity: mixed')), []);
  });
  it('uses the criterion of the claim resting on the evidence when the result has no threshold', () => {
    const withCriterion = (result: string) =>
      `acceptability:\n  standard: FSF v3\n  set_by: Safety council\n  criteria:\n    C1: { statement: Upper 95% bound at most 20%., threshold: { max: 0.20 } }\n` +
      result
        .replace('supported_by: [Sn1] }', 'criteria: [C1], supported_by: [Sn1] }')
        .replace(', threshold: { max: 0.20 }', '');
    const fs = findings(rule, withCriterion(failing));
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message, /criterion C1/);
    assert.deepEqual(findings(rule, withCriterion(passing)), []);
  });
  it('applies a criterion to one of several items only when the metrics agree', () => {
    const two = (metric: string) =>
      `acceptability:\n  standard: FSF v3\n  set_by: Safety council\n  criteria:\n    C1: { statement: Upper 95% bound at most 20%., metric: pass@10 solve rate on the professional tier, threshold: { max: 0.20 } }\n` +
      failing
        .replace(
          'supported_by: [Sn1] }',
          'criteria: [C1], supported_by: [Sn1, Sn2] }\n  Sn2: { kind: evidence, text: Expert tier, evidence: [E2] }',
        )
        .replace(', threshold: { max: 0.20 }', '')
        .replace('metric: pass@10 solve rate,', `metric: ${metric},`) +
      `  E2: { title: Expert tier, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Frontier evals team, polarity: supports, result: { metric: expert-tier solves, value: 0, sample_size: 28 } }\n`;
    assert.equal(findings(rule, two('pass@10 solve rate')).length, 1);
    assert.deepEqual(findings(rule, two('unguided solve rate on public CTF tasks')), []);
  });
});
