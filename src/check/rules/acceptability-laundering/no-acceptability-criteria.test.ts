import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { acceptability } from './examples.js';
import { noAcceptabilityCriteria as rule } from './no-acceptability-criteria.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('is silent on a draft with no decision', () => {
    assert.deepEqual(findings(rule, failing.replace(/decision:[\s\S]*/, '')), []);
  });
  it('is silent when the decision rejects', () => {
    assert.deepEqual(findings(rule, failing.replace('outcome: approve', 'outcome: reject')), []);
  });
  it('reports an acceptability section with no criteria', () => {
    const input = failing.replace('risks:\n', `${acceptability({ criterion: '' })}risks:\n`);
    assert.match(
      findings(rule, input)[0]!.message,
      /an acceptability section but no criteria, yet the decision approves \(approve\)/,
    );
  });
});
