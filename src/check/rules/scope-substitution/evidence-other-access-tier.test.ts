import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { evidenceOtherAccessTier as rule } from './evidence-other-access-tier.js';
import { sameWords } from './scope.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('quotes both tiers', () => {
    assert.match(
      findings(rule, rule.meta.examples.failing)[0]!.message,
      /"trusted-researcher", but the deployment's tier is "general availability"/,
    );
  });
  it('compares tiers by their leading words', () => {
    assert.ok(sameWords('LS-Trusted (policy ls-trusted-1.3)', 'LS-Trusted (programme tier T2)'));
    assert.ok(sameWords('LS-Trusted application pipeline', 'LS-Trusted (programme tier T2)'));
    assert.ok(sameWords('internal', 'internal, named allowlist managed by the AI Control team'));
    assert.ok(!sameWords('tier 2', 'tier 3'));
    assert.ok(!sameWords('trusted tester', 'general availability'));
  });
  it('without a deployed tier, compares narrower tiers with the population description', () => {
    const input = (rule.meta.examples.failing as string).replace(', access_tier: general availability', '');
    assert.match(findings(rule, input)[0]!.message, /tier for trusted or vetted users/);
    assert.deepEqual(
      findings(rule, input.replace('Any organisation with a verified payment method', 'Vetted research institutions')),
      [],
    );
  });
  it('accepts a match with the decision scope tier', () => {
    const input = (rule.meta.examples.failing as string).replace(
      'evidence:\n  E1:',
      'decision: { outcome: approve, date: 2026-10-10, makers: [{ name: Dana Ito }], residual_risk: Small., scope: { access_tier: trusted researcher } }\nevidence:\n  E1:',
    );
    assert.deepEqual(findings(rule, input), []);
  });
});
