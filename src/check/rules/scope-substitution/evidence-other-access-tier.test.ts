import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceOtherAccessTier as rule } from './evidence-other-access-tier.js';
import { sameWords } from './scope.js';

const failing = rule.meta.examples.failing as string;
const noDeployedTier = edit(failing, ', access_tier: general availability', '');

ruleTester(rule, {
  valid: [
    {
      name: 'without a deployed tier, accepts a narrower tier when the population is narrow too',
      yaml: edit(noDeployedTier, 'Any organisation with a verified payment method', 'Vetted research institutions'),
    },
    {
      name: 'accepts a match with the decision scope tier',
      yaml: edit(
        failing,
        'evidence:\n  E1:',
        'decision: { outcome: approve, date: 2026-10-10, makers: [{ name: Dana Ito }], residual_risk: Small., scope: { access_tier: trusted researcher } }\nevidence:\n  E1:',
      ),
    },
  ],
  invalid: [
    {
      name: 'quotes both tiers',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 20,
          column: 67,
          messageId: 'otherTier',
          message: /"trusted-researcher", but the deployment's tier is "general availability"/,
        },
      ],
    },
    {
      name: 'without a deployed tier, compares narrower tiers with the population description',
      yaml: noDeployedTier,
      findings: [
        { target: 'E1', line: 20, column: 67, messageId: 'otherTier', message: /tier for trusted or vetted users/ },
      ],
    },
  ],
});

describe(`${rule.meta.id}: tier names`, () => {
  it('compares tiers by their leading words', () => {
    assert.ok(sameWords('LS-Trusted (policy ls-trusted-1.3)', 'LS-Trusted (programme tier T2)'));
    assert.ok(sameWords('LS-Trusted application pipeline', 'LS-Trusted (programme tier T2)'));
    assert.ok(sameWords('internal', 'internal, named allowlist managed by the AI Control team'));
    assert.ok(!sameWords('tier 2', 'tier 3'));
    assert.ok(!sameWords('trusted tester', 'general availability'));
  });
});
