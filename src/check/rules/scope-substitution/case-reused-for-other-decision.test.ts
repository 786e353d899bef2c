import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { kindsNamed, caseReusedForOtherDecision as rule } from './case-reused-for-other-decision.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports both the header and the top claim', () => {
    assert.deepEqual(
      findings(rule, failing)
        .map((f) => f.target)
        .sort(),
      ['G1', 'example'],
    );
  });
  it('reports a based_on decision kind that differs even when the claim was rewritten', () => {
    const input = failing.replace('Deploying m7 internally on the agent platform', 'Launching m7 on the public API');
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      ['example'],
    );
  });
  it('accepts a case with no based_on and a neutral top claim', () => {
    const input = failing
      .replace(/ {2}based_on: .*\n/, '')
      .replace('Deploying m7 internally on the agent platform', 'Making m7 available to verified organisations');
    assert.deepEqual(findings(rule, input), []);
  });
  it('ignores negated and historical mentions', () => {
    assert.deepEqual(kindsNamed('Launching m7 on the public API, after six months of internal deployment, is safe.'), [
      'api-launch',
    ]);
    assert.deepEqual(kindsNamed('Serving m7 without releasing the weights is safe.'), []);
    assert.deepEqual(kindsNamed('Releasing the model weights of m7 is safe.'), ['open-weights']);
  });
});
