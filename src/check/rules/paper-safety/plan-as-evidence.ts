import { LIST_MAX, listSome } from '../../../util/list-some.js';
import { relatedAt } from '../../report.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { directlySupportedClaims, planOnlySupport } from './plans.js';

const arg = (claim: string) => `argument:
  G1: { kind: claim, text: ${claim}, supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Incident response for model misuse, evidence: [E1] }
`;
const item = `evidence:
  E1: { title: Misuse incident response plan IRP-4, kind: framework, source_type: company-framework, date: 2026-09-01, produced_by: Trust and Safety, polarity: supports, artefact: { uri: docs/irp-4.pdf } }
`;

export const planAsEvidence = defineRule({
  meta: {
    id: 'paper-safety/plan-as-evidence',
    title: 'Plan or policy offered as proof that something was achieved',
    failureMode: 'paper-safety',
    severity: 'warning',
    rationale:
      'A plan, policy, procedure or tabletop exercise says what is meant to happen; it does not show that it happens. A claim that incidents are contained, or that a safeguard works, needs a test of the plan (a live drill, an audit, telemetry), not the plan itself.',
    docs: `Reports a claim on the decision path whose only support is evidence nodes citing plans: directly, or through strategies, with anything else below it undeveloped. An evidence item counts as a plan when:

- its \`kind\` is \`framework\`, \`risk-register\`, \`policy\`, \`procedure\`, \`plan\`, \`tabletop-exercise\` or \`contract\` (a \`drill\` or \`post-mortem\` reports what happened, and is judged by its wording like any other item), or its \`source_type\` is \`company-framework\` or \`template\`; or
- its title or result summary says "tabletop" (a tabletop exercise rehearses a plan on paper); or
- its title or result summary uses plan wording (plan, policy, procedure, playbook, runbook, roadmap, "will implement/deploy/monitor...", "intends to", "commits to", "aims to") **and** it reports no measured result (no \`value\`, \`interval\` or \`sample_size\`) and no wording of something that happened (tested, drill, audited, measured, observed, exercised, executed, conducted, live drill/exercise/test, results, findings, telemetry). Nouns that also name plans ("test plan", "evaluation plan", "red-team plan") do not count as a test. Plan words in another sense do not count as plan wording: "policy" as the model that acts (an attack policy, the untrusted policy, the policy model), and a plan word that something else was done by ("tested against the incident response plan", "sampled under the retention policy", "per the release procedure").

Not reported: a claim about the plan itself ("Northwind has a documented incident response plan", "the runbook is approved and in place"), recognised by wording such as has/maintains/adopted/documented/approved ... plan/policy/procedure/runbook/framework, or plan ... exists/is in place/was approved.

Fix: support the claim with a test of the plan (a live drill with its timings, an audit of its use, telemetry from operation), or restate the claim as what the plan is, and argue separately that it works.`,
    examples: {
      failing: arg('Misuse incidents are contained within 24 hours of detection.') + item,
      passing: arg('Northwind has a documented misuse incident response plan with named owners.') + item,
    },
    messages: {
      planOnly: 'Claim {{claim}} states something achieved, but rests only on {{plans}}: {{list}}.',
    },
    hints: {
      planOnly:
        'Support {{claim}} with a test of the plan (a live drill with timings, an audit, telemetry from operation), or restate it as a claim about the plan and argue separately that the plan works.',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const support of directlySupportedClaims(ctx)) {
      const plans = planOnlySupport(ctx, support);
      if (!plans) continue;
      const n = support.claim;
      const list = listSome(
        plans.map((p) => `${p.item.id} (${p.why})`),
        { sep: '; ' },
      );
      out.push(
        report(this.meta, {
          messageId: 'planOnly',
          data: { claim: n.id, plans: plans.length === 1 ? 'a plan' : 'plans', list },
          at: { thing: n, path: ['text'] },
          target: n.id,
          // The items the message names; it counts the rest.
          related: plans.slice(0, LIST_MAX).map((p) => relatedAt(p.item, `${p.item.id}: ${p.why}`)),
        }),
      );
    }
    return out;
  },
});
