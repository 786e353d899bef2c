import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceOtherAccessTier as rule } from './evidence-other-access-tier.js';
import { sameWords } from './scope.js';

const failing = rule.meta.examples.failing as string;
const noDeployedTier = edit(failing, ', access_tier: general availability', '');
/** J1 bridges the trusted-researcher tier to general availability on a rerun E2; `defeater` may challenge J1. */
const bridged = (defeater = '') =>
  `${edit(
    edit(failing, 'attempts., supported_by', 'attempts., in_context_of: [J1], supported_by'),
    'evidence:\n  E1:',
    '  J1: { kind: justification, text: A 300-attempt rerun under general-availability settings matched., bridges: [{ from: trusted-researcher, to: general availability }], evidence: [E2] }\n' +
      `${defeater}evidence:\n  E1:`,
  )}  E2: { title: GA-settings rerun, kind: red-team, source_type: internal-test, date: 2026-10-06, produced_by: Red team, polarity: supports }\n`;

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
    { name: 'accepts a bridge from the measured tier that rests on evidence', yaml: bridged() },
  ],
  invalid: [
    {
      name: 'does not accept a bridge that an open defeater challenges, and says so',
      yaml: bridged(
        '  D1: { kind: defeater, text: The rerun kept the trusted-researcher rate limits., challenges: [J1], status: open }\n',
      ),
      findings: [
        {
          target: 'E1',
          line: 22,
          column: 67,
          messageId: 'otherTier',
          message:
            /J1 would bridge it but does not count: it is itself challenged by open defeater D1, so the evidence is still from another access tier\.$/,
        },
      ],
    },
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
