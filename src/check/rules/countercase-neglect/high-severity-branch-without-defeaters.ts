import { listSome } from '../../../util/list-some.js';
import { severityRank } from '../facts.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const HIGH = severityRank('high');

export const highSeverityBranchWithoutDefeaters = defineRule({
  meta: {
    id: 'countercase-neglect/high-severity-branch-without-defeaters',
    title: 'High-severity branch that nobody tried to break',
    failureMode: 'countercase-neglect',
    severity: 'warning',
    rationale:
      'An argument about a high or critical risk that records no defeater and no counter-evidence has either never been challenged or has had its challenges left out. Either way the reader cannot tell how hard anyone tried to break it.',
    docs: `A branch is the part of the argument for one risk: every claim whose \`addresses\` names the risk, and everything those claims rest on. For each \`high\` or \`critical\` risk, reports the topmost claims addressing it when nothing in its branch has been challenged:

- no defeater challenges a node in the branch, a link from a node in the branch, or a context, assumption or justification a node in the branch is stated in; and
- no evidence node in the branch cites an item with polarity \`undermines\` or \`mixed\`.

A claim below another claim that addresses the same risk is covered by the finding on the upper one. One finding per claim, naming every such risk it addresses.

Fix: record the strongest objections to the branch as defeaters (counter-claims, or counter-evidence with the items that raise them) and resolve them honestly; commission a red team against the claim if nobody has tried to break it.`,
    examples: {
      failing: `risks:
  risk-cyber: { title: Uplift to novice attackers, pathway: cyber, severity: critical }
argument:
  G1: { kind: claim, text: Meridian-4 gives novices no meaningful uplift on the cyber range., addresses: [risk-cyber], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1] }
evidence:
  E1: { title: NW-Range v2 novice tasks, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Frontier Risk Evaluations, polarity: supports }
`,
      passing: `risks:
  risk-cyber: { title: Uplift to novice attackers, pathway: cyber, severity: critical }
argument:
  G1: { kind: claim, text: Meridian-4 gives novices no meaningful uplift on the cyber range., addresses: [risk-cyber], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1] }
  D1:
    kind: defeater
    text: Range tasks may not test the tradecraft that bottlenecks novices.
    challenges: ["G1 -> Sn1"]
    status: refuted
    resolution: { summary: The range includes opsec and infrastructure tasks., refs: [E1] }
evidence:
  E1: { title: NW-Range v2 novice tasks, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Frontier Risk Evaluations, polarity: supports }
`,
    },
    messages: {
      unchallengedBranch:
        'Claim {{claim}} addresses {{named}}, but nothing in the branch for {{them}} is challenged: no defeater against it or anything it rests on, and no undermining or mixed evidence below it.',
    },
    hints: {
      unchallengedBranch:
        'Record the strongest objections to this branch as defeaters (with counter-evidence where it exists) and resolve them, or have a red team try to break the claim.',
    },
  },
  run({ case: c, graph: g, facts }) {
    // What is challenged: a node a defeater challenges, the node a challenged link leaves, a node stated in a
    // challenged context, assumption or justification, and an evidence node citing undermining or mixed evidence.
    const challenged: string[] = [];
    for (const ch of g.challenges) {
      if (ch.node !== undefined) challenged.push(ch.node, ...g.sources(ch.node, 'context'));
      else if (ch.link) challenged.push(ch.link.from);
    }
    const countering = (e: string) => {
      const p = c.evidence.get(e)?.polarity;
      return p === 'undermines' || p === 'mixed';
    };
    for (const n of facts.nodesOf('evidence')) if (n.evidence?.some(countering)) challenged.push(n.id);
    const countered = facts.above(challenged);
    // Claims addressing each high or critical risk, in case order.
    const byRisk = new Map<string, string[]>();
    for (const n of facts.nodesOf('claim')) {
      if (!n.addresses) continue;
      for (const r of n.addresses) {
        const risk = c.risks.get(r);
        if (!risk || severityRank(risk.severity) < HIGH) continue;
        const list = byRisk.get(r);
        if (list) list.push(n.id);
        else byRisk.set(r, [n.id]);
      }
    }
    const bareRisks = new Map<string, string[]>(); // claim to the unchallenged risks it tops
    for (const [r, claims] of byRisk) {
      if (claims.some((id) => countered.has(id))) continue;
      // Only for risks that fire, walk the branch: a claim below another claim for the same risk is covered by it.
      const inner = facts.under(claims);
      for (const id of claims) {
        if (inner.has(id)) continue;
        const list = bareRisks.get(id);
        if (list) list.push(r);
        else bareRisks.set(id, [r]);
      }
    }
    const out: Finding[] = [];
    for (const [id, rs] of bareRisks) {
      const n = c.nodes.get(id)!;
      const named = listSome(rs.map((r) => `${c.risks.get(r)!.severity} risk ${r}`));
      const first = n.kind === 'claim' ? (n.addresses ?? []).indexOf(rs[0]!) : -1;
      out.push(
        report(this.meta, {
          messageId: 'unchallengedBranch',
          data: { claim: id, named, them: rs.length > 1 ? 'these risks' : 'it' },
          at: { thing: n, path: first >= 0 ? ['addresses', first] : [] },
          target: id,
        }),
      );
    }
    return out;
  },
});
