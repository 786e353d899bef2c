import type { NodeOf } from '../../../model/case.js';
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
    // Node numbers and masks (shared facts) rather than id sets: this runs over every node.
    const nodes = facts.nodeList();
    const challenged: number[] = [];
    const challengedFrame = new Uint8Array(nodes.length);
    for (const ch of g.challenges) {
      if (ch.node !== undefined) {
        const i = facts.num(ch.node);
        challenged.push(i);
        if (i >= 0) challengedFrame[i] = 1;
      } else if (ch.link) challenged.push(facts.num(ch.link.from));
    }
    // Nodes that are framed by a challenged context, assumption or justification: a challenge to the frame is a challenge to them.
    const { contextStart, contextList } = facts.contextIndex();
    for (let i = 0; i < nodes.length; i++) {
      for (let e = contextStart[i]!; e < contextStart[i + 1]!; e++)
        if (challengedFrame[contextList[e]!]) challenged.push(i);
    }
    // Undermining or mixed evidence below a node challenges it too (a plain loop: no callback per node).
    const { citeStart, citeList, items } = facts.citeIndex();
    for (const i of facts.kindIndex().evidence) {
      for (let e = citeStart[i]!; e < citeStart[i + 1]!; e++) {
        const p = items[citeList[e]!]!.polarity;
        if (p === 'undermines' || p === 'mixed') {
          challenged.push(i);
          break;
        }
      }
    }
    const countered = facts.markAbove(challenged);
    // Claims addressing each high or critical risk, in case order.
    const byRisk = new Map<string, number[]>();
    for (const i of facts.kindIndex().claim) {
      const n = nodes[i] as NodeOf<'claim'>;
      if (!n.addresses) continue;
      for (const r of n.addresses) {
        const risk = c.risks.get(r);
        if (!risk || severityRank(risk.severity) < HIGH) continue;
        const list = byRisk.get(r);
        if (list) list.push(i);
        else byRisk.set(r, [i]);
      }
    }
    const bareRisks = new Map<string, string[]>(); // claim to the unchallenged risks it tops
    for (const [r, claims] of byRisk) {
      if (claims.some((i) => countered[i])) continue;
      // Only for risks that fire, walk the branch: a claim below another claim for the same risk is covered by it.
      const inner = facts.markUnder(claims);
      for (const i of claims) {
        if (inner[i]) continue;
        const id = nodes[i]!.id;
        const list = bareRisks.get(id);
        if (list) list.push(r);
        else bareRisks.set(id, [r]);
      }
    }
    const out: Finding[] = [];
    for (const [id, rs] of bareRisks) {
      const n = c.nodes.get(id)!;
      const named = rs.map((r) => `${c.risks.get(r)!.severity} risk ${r}`).join(', ');
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
