import type { EvidenceItem, NodeOf } from '../../../model/case.js';
import { listSome } from '../../../util/list-some.js';
import { relatedAt } from '../../report.js';
import { report } from '../messages.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { directlySupportedClaims, planOnlySupport } from './plans.js';
import { deployedCapability, directItems, rehearsalReason } from './rehearsal.js';

const CASE = (claim: string) => `argument:
  G1: { kind: claim, text: ${claim}, supported_by: [Sn1, Sn2] }
  Sn1: { kind: evidence, text: Containment in operation and in rehearsal, evidence: [E1, E2] }
  Sn2: { kind: evidence, text: On-call coverage, evidence: [E3] }
evidence:
  E1: { title: Account-ban latency in 212 real abuse reports, kind: telemetry, source_type: internal-test, date: 2026-09-01, produced_by: Trust and Safety, polarity: supports, result: { metric: hours to ban (p90), value: 3.1, sample_size: 212 } }
  E2: { title: Tabletop exercise of a coordinated misuse campaign, kind: tabletop-exercise, source_type: internal-test, date: 2026-09-10, produced_by: Trust and Safety, polarity: supports }
  E3: { title: On-call rota audit for Q3, kind: external-audit, source_type: third-party-evaluation, date: 2026-09-12, produced_by: Halden Assurance, polarity: supports, result: { metric: shifts covered, value: 1.0, sample_size: 92 } }
`;

/** Claims plan-as-evidence reports: they rest on plans alone, and that finding says more. */
function planOnlyClaims(ctx: RuleContext): Set<string> {
  return new Set(
    directlySupportedClaims(ctx)
      .filter((s) => planOnlySupport(ctx, s))
      .map((s) => s.claim.id),
  );
}

export const capabilityRestsOnRehearsal = defineRule({
  meta: {
    id: 'paper-safety/capability-rests-on-rehearsal',
    title: 'Deployed capability shown in part by a rehearsal',
    failureMode: 'paper-safety',
    severity: 'warning',
    rationale:
      "A tabletop, a drill or a simulated incident shows that a response can work under the exercise's conditions, with people who knew it was coming. A claim that the deployed system contains incidents, responds in a time or covers what it monitors needs the system at work; a rehearsal cited beside real data adds weight the claim has not earned, and hides how much rests on the rehearsal.",
    docs: `Reports each evidence item that is a rehearsal and that a claim about a deployed capability, on the decision path, cites directly (through its evidence nodes, looking through strategies). One finding per item, naming the claims.

- A claim about a deployed capability says that the system or its operators contain, respond, roll back, shut down, take down or revoke, or detect, flag, page, escalate, suspend, ban, block, remove or patch *within* a time, or what monitoring covers. A claim that is itself about a rehearsal ("contained the simulated incident in drill DR-3") is not one.
- An item is a rehearsal when its \`kind\` is \`drill\` or \`tabletop-exercise\`; when its title or summary says tabletop, drill, dry run, game day, war game, rehearsal, mock incident, a simulated incident (outage, breach, escalation, exfiltration, emergency, rollback, shutdown), or an incident, response, emergency, crisis, containment, rollback or shutdown exercise ("red-team exercise" and "simulated users" are not); or when it is a plan (as \`paper-safety/plan-as-evidence\` reads plans). A staged exercise (a drill, a simulated incident, a dry run, by kind or by wording; not a tabletop or a plan) is not reported when its title, summary or environment says it was unannounced, no-notice or a surprise, or ran on the live or production system (not a production mirror, a production-like or pre-production environment): it tests the deployed process as it is. Nor is it reported for a claim of ability ("can roll back within 24 hours", "is able to", "capable of"), which an exercise does show; a tabletop or a plan does not.

Not reported: a claim that rests on plans alone, which \`paper-safety/plan-as-evidence\` reports.

Fix: support the claim with the deployed system at work (telemetry, real incidents and their timings, an audit of operation) and cite the rehearsal for a claim about readiness ("the on-call team has rehearsed ..."), or say in the claim that the time or coverage was shown in rehearsal.`,
    examples: {
      failing: CASE('Misuse campaigns are contained within 4 hours of the first report.'),
      passing: CASE('The on-call team contained a rehearsed misuse campaign within 4 hours in the tabletop exercise.'),
    },
    messages: {
      rehearsal:
        'Evidence {{item}} is a rehearsal ({{why}}), yet {{claims}} {{says}} something of the deployed system at work ("{{capability}}").',
    },
    hints: {
      rehearsal:
        'Support {{claims}} with the deployed system at work (telemetry, real incidents and their timings, an audit of operation) and cite {{item}} for a claim about readiness, or restate the claim as what was shown in rehearsal.',
    },
  },
  run(ctx) {
    const skip = planOnlyClaims(ctx);
    const byItem = new Map<EvidenceItem, { why: string; claims: NodeOf<'claim'>[]; capability: string }>();
    for (const n of ctx.facts.nodesOnDecisionPath()) {
      if (n.kind !== 'claim' || skip.has(n.id)) continue;
      const capability = deployedCapability(n);
      if (!capability) continue;
      for (const item of directItems(ctx, n)) {
        const why = rehearsalReason(item, n);
        if (!why) continue;
        const hit = byItem.get(item);
        if (hit) hit.claims.push(n);
        else byItem.set(item, { why, claims: [n], capability });
      }
    }
    const out: Finding[] = [];
    for (const [item, { why, claims, capability }] of byItem)
      out.push(
        report(this.meta, {
          messageId: 'rehearsal',
          data: {
            item: item.id,
            why,
            claims: listSome(claims.map((c) => c.id)),
            says: claims.length === 1 ? 'claims' : 'claim',
            capability,
          },
          at: { thing: item, path: ['title'] },
          target: item.id,
          related: claims.slice(0, 5).map((c) => relatedAt(c, `${c.id}: a claim about the deployed system`)),
        }),
      );
    return out;
  },
});
