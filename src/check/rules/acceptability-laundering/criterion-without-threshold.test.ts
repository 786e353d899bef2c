import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { criterionWithoutThreshold as rule } from './criterion-without-threshold.js';
import { acceptability, argument, CRITERION, RISKS } from './examples.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('quotes the text-only threshold', () => {
    assert.match(findings(rule, rule.meta.examples.failing)[0]!.message, /only "Leaks are rare"/);
  });
  it('reports a criterion with no threshold at all', () => {
    const input =
      RISKS +
      acceptability({ criterion: CRITERION.replace('      threshold: { max: 0.02, on: interval-high }\n', '') }) +
      argument();
    assert.equal(findings(rule, input)[0]!.message, 'Criterion crit-injection has no threshold.');
  });
  it('accepts a min-only threshold', () => {
    const input =
      RISKS +
      acceptability({
        criterion: CRITERION.replace('threshold: { max: 0.02, on: interval-high }\n', 'threshold: { min: 0.98 }\n'),
      }) +
      argument();
    assert.deepEqual(findings(rule, input), []);
  });
});
