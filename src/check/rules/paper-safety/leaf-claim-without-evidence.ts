import type { ArgNode } from '../../../model/case.js';
import { listSome } from '../../../util/list-some.js';
import { WorkBudget } from '../../../util/work-budget.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const head = `evidence:
  E1: { title: Sandbox egress test, kind: security-control, source_type: internal-test, date: 2026-10-01, produced_by: Platform security, polarity: supports, result: { metric: egress attempts that succeeded, value: 0, sample_size: 900 } }
argument:
  G1: { kind: claim, text: The agent's tool use stays within its sandbox., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each escape route., supported_by: [G2, G3] }
  G3: { kind: claim, text: Network egress is blocked., supported_by: [Sn3] }
  Sn3: { kind: evidence, text: Egress test, evidence: [E1] }
`;

export const leafClaimWithoutEvidence = defineRule({
  meta: {
    id: 'paper-safety/leaf-claim-without-evidence',
    title: 'Claim that rests on no evidence at all',
    failureMode: 'paper-safety',
    severity: 'warning',
    rationale:
      'A claim can look supported (it has children) while nothing under it cites a single evidence item: every branch below ends in an undeveloped node. Such a claim is an assertion with the shape of an argument, resting on nothing.',
    docs: `Reports a claim on the decision path that has \`supported_by\` children but below which (along \`supported_by\`) no evidence node cites any evidence item: everything under it is undeveloped.

Only the highest such claim in each branch is reported: the claims under it have the same problem and are covered by the one finding. Undeveloped nodes themselves are not reported here (they are honest holes; see \`paper-safety/approved-with-undeveloped-claims\`), and evidence cited by defeaters does not count as support.

Fix: develop the branch down to evidence nodes that cite registered evidence, or mark the claim itself \`undeveloped: true\` instead of giving it children that are all holes.`,
    examples: {
      failing:
        head +
        `  G2: { kind: claim, text: File-system writes stay inside the workspace., supported_by: [S2] }\n  S2: { kind: strategy, text: Argue over each write path., undeveloped: true }\n`,
      passing: `${head}  G2: { kind: claim, text: File-system writes stay inside the workspace., undeveloped: true }\n`,
    },
    messages: {
      noEvidenceBelow: 'Claim {{claim}} has support, but no evidence item is cited anywhere below it{{holes}}.',
    },
    hints: {
      noEvidenceBelow:
        'Develop the branch below {{claim}} down to evidence nodes that cite registered evidence, or mark {{claim}} itself `undeveloped: true`.',
    },
  },
  run({ graph, facts }) {
    const top = facts.top();
    if (!top) return [];
    // Claims with children but no evidence anywhere below them, walking down from the top: the first in each branch.
    // Above where the evidence ends no claim is bare, so they are looked for from there...
    const found: ArgNode[] = [];
    facts.searchBelow(facts.whereEvidenceEnds(), (n) => {
      if (n.kind !== 'claim' || !n.supported_by?.length || facts.restsOnEvidence(n.id)) return 'expand';
      found.push(n);
      return 'skip';
    });
    // ...and taken in the order the walk from the top meets them: the walks listing their holes share a budget.
    const bare = found.length > 1 ? facts.firstMet(top.id, found) : found;
    const out: Finding[] = [];
    // Bare claims may share what lies below them: the walks that list their holes share a budget.
    const budget = WorkBudget.forCase(graph.size);
    const holesBelow = (id: string): string[] => {
      const below = facts.below(id);
      budget.spend(below.size);
      return facts
        .nodesIn(below)
        .filter((m) => (m.kind === 'claim' || m.kind === 'strategy') && m.undeveloped === true)
        .map((m) => m.id);
    };
    for (const n of bare) {
      const id = n.id;
      const holes = budget.available ? holesBelow(id) : [];
      const shown = listSome(holes, { and: ', and ' });
      out.push(
        report(this.meta, {
          messageId: 'noEvidenceBelow',
          data: {
            claim: id,
            holes: holes.length ? `: it ends in undeveloped ${holes.length === 1 ? 'node' : 'nodes'} ${shown}` : '',
          },
          at: { thing: n, path: ['supported_by'] },
          target: id,
        }),
      );
    }
    return out;
  },
});
