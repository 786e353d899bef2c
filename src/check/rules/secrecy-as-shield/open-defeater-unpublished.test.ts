import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { openDefeaterUnpublished as rule } from './open-defeater-unpublished.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('ignores a resolved defeater at a restricted tier', () => {
    const input = failing.replace(
      'status: open\n    owner: Anjali Deshmukh',
      'status: refuted\n    resolution: { summary: CE-06 covered multi-episode attacks., refs: [E1] }',
    );
    assert.deepEqual(findings(rule, input), []);
  });
  it('compares with the default tier: an internal case may hold internal defeaters', () => {
    const input = failing
      .replace('tier: restricted', 'tier: internal')
      .replace('default_tier: public', 'default_tier: internal');
    assert.deepEqual(findings(rule, input), []);
    assert.equal(findings(rule, failing.replace('tier: restricted', 'tier: regulator')).length, 1);
  });
});
