import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { bridgingJustification, hasBridge, NARROW_CLASSES, pathItems, sameWords, unsoundBridgeNote } from './scope.js';

const ex = (tier: string) => `context:
  model: { id: m7, build: m7-2026-10-02-rc4 }
  deployment_channel: Public API
  user_population: { description: Any organisation with a verified payment method, access_tier: general availability }
argument:
  G1: { kind: claim, text: Universal jailbreaks against the tier-3 classifier succeed in under 2% of attempts., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Jailbreak red team, evidence: [E1] }
evidence:
  E1:
    title: Universal jailbreak red team
    kind: red-team
    source_type: internal-test
    measured: { model: m7, build: m7-2026-10-02-rc4, access_tier: ${tier} }
    date: 2026-10-05
    produced_by: Red team
    polarity: supports
    result: { metric: attack success rate, value: 0.008, interval: [0.004, 0.015], sample_size: 1500, threshold: { max: 0.02 } }
`;

export const evidenceOtherAccessTier = defineRule({
  meta: {
    id: 'scope-substitution/evidence-other-access-tier',
    title: 'Evidence measured under another access tier',
    failureMode: 'scope-substitution',
    severity: 'warning',
    rationale:
      'Safeguards, rate limits and policies differ by access tier. A red team run under the trusted-researcher tier says little about the general tier, where the policy is stricter but the users are unvetted, and the reverse.',
    docs: `Reports evidence cited on the decision path whose \`measured.access_tier\` differs from the deployment's: \`context.user_population.access_tier\` or \`decision.scope.access_tier\` (matching either is enough). When neither is given, the measured tier is reported only if it names a narrower class of users (internal staff, trusted or vetted users, early-access users, enterprise customers; see \`scope-substitution/evidence-other-population\`) that the population's description does not mention. Tiers are compared after dropping case, hyphens and parenthesised asides; a tier that is a whole-word start of the other counts as the same ("LS-Trusted" and "LS-Trusted (policy 1.3)", "general" and "general availability").

Bridged, and not reported, when a justification framing the citing evidence node or anything above it has \`bridges: [{ from: <measured tier>, to: <deployed tier> }]\`. A justification that an open defeater challenges does not bridge, nor does one with \`bridges\` that rests on no registered evidence (its \`evidence:\`); the message then names it and says why it does not count.

Fix: re-run the evaluation under the deployed tier, or add a bridging justification arguing why the result carries over (for example, the measured tier's policy is strictly more permissive).`,
    examples: { failing: ex('trusted-researcher'), passing: ex('general availability') },
    messages: {
      otherTier:
        'Evidence {{item}} was measured under access tier "{{tier}}", but {{why}}; it is cited on the decision path by {{citing}}.{{unsound}}',
    },
    hints: {
      otherTier:
        'Re-run it under the deployed tier, or add a justification with bridges: [{ from: "{{tier}}", to: <deployed tier> }] arguing why the result carries over.',
    },
  },
  run(ctx) {
    const c = ctx.case;
    const deployed = [c.context?.value.user_population.access_tier, c.decision?.value.scope?.access_tier].filter(
      (t): t is string => !!t?.trim(),
    );
    // With no deployed tier, compare against the population's description, by narrower class only.
    const description = [c.context?.value.user_population.description, c.decision?.value.scope?.population]
      .filter(Boolean)
      .join(' ');
    if (deployed.length === 0 && !description) return [];
    const out: Finding[] = [];
    for (const { item, citing } of pathItems(ctx)) {
      const tier = item.measured?.access_tier;
      if (!tier?.trim()) continue;
      let why: string;
      if (deployed.length > 0) {
        if (deployed.some((d) => sameWords(d, tier))) continue;
        why = `the deployment's tier is "${listSome(deployed, { sep: '" / "' })}"`;
      } else {
        const narrower = NARROW_CLASSES.find((k) => k.re.test(tier) && !k.re.test(description));
        if (!narrower) continue;
        why = `it is a tier for ${narrower.name}, which the deployed population ("${description}") does not include`;
      }
      const bridge = (b: { from: string }) => sameWords(b.from, tier);
      if (bridgingJustification(ctx, citing, bridge)) continue;
      out.push(
        report(this.meta, {
          messageId: 'otherTier',
          data: {
            item: item.id,
            tier,
            why,
            citing: listSome(citing),
            unsound: unsoundBridgeNote(ctx, citing, 'access tier', hasBridge(bridge)),
          },
          at: { thing: item, path: ['measured', 'access_tier'] },
          target: item.id,
        }),
      );
    }
    return out;
  },
});
