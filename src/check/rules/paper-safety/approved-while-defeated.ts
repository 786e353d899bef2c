import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const tree = (defeated: string) => `argument:
  G1: { kind: claim, text: Publishing the weights does not give meaningful bio uplift., supported_by: [G2] }
  G2: { kind: claim, text: Fine-tuning cannot restore refused bio knowledge within a 100 GPU-hour budget.,${defeated} supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Fine-tuning attack evaluation, evidence: [E1] }
  D1: { kind: defeater, form: counter-evidence, text: An external team restored it in 40 GPU-hours., challenges: [G2], status: open, evidence: [E2] }
evidence:
  E1: { title: Fine-tuning attack evaluation FT-2, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Safeguards team, polarity: supports, result: { metric: recovered accuracy, value: 0.1, sample_size: 200 } }
  E2: { title: External fine-tuning attack, kind: red-team, source_type: third-party-evaluation, date: 2026-10-20, produced_by: Ashgrove Institute, external: true, polarity: undermines, result: { metric: recovered accuracy, value: 0.7, sample_size: 200 } }
decision: { outcome: approve, date: 2026-10-25, makers: [{ name: Dana Reyes, role: CEO }], residual_risk: Some uplift to skilled actors. }
`;

export const approvedWhileDefeated = defineRule({
  meta: {
    id: 'paper-safety/approved-while-defeated',
    title: 'Approved while a node on the path is defeated',
    failureMode: 'paper-safety',
    severity: 'error',
    rationale:
      'A node marked `defeated: true` is one the case itself says no longer holds. If the top claim rests on it, the top claim is not established, and an approval contradicts the case it is based on.',
    docs: `Reports, when the decision approves (\`approve\` or \`approve-with-conditions\`):

- every node on the decision path (what the top claim rests on along \`supported_by\`) marked \`defeated: true\`;
- every \`defeated_relations\` entry on a node of the path that names one of its \`supported_by\` children: that support link is defeated, so what hangs below it no longer supports the node.

Fix: restore the node (new evidence, a changed system) and remove the mark, re-argue the claim without the defeated node, or change the outcome to reject or defer.`,
    examples: {
      failing: tree(' defeated: true,'),
      passing: tree(''),
    },
    messages: {
      nodeDefeated:
        'The decision is "{{outcome}}", but {{kind}} {{node}}, on the path to the top claim, is marked defeated{{challengedBy}}.',
      linkDefeated:
        'The decision is "{{outcome}}", but the support link {{from}} -> {{to}} on the path to the top claim is marked defeated{{challengedBy}}.',
    },
    hints: {
      nodeDefeated:
        'Restore {{node}} with new evidence or a changed system and remove the mark, re-argue the top claim without it, or change the outcome.',
      linkDefeated:
        'Restore the link (show that {{to}} does bear on {{from}}) and remove the mark, support {{from}} another way, or change the outcome.',
    },
  },
  run({ case: c, graph, facts }) {
    if (!facts.approves()) return [];
    const out: Finding[] = [];
    const outcome = c.decision!.value.outcome;
    for (const n of facts.nodesOnDecisionPath()) {
      if (n.defeated !== true && !n.defeated_relations?.length) continue;
      const by = (facts.defeatersOf().get(n.id) ?? []).map((d) => d.id);
      const byText = by.length ? ` (challenged by ${listSome(by)})` : '';
      if (n.defeated === true) {
        out.push(
          report(this.meta, {
            messageId: 'nodeDefeated',
            data: { outcome, kind: n.kind, node: n.id, challengedBy: byText },
            at: { thing: n, path: ['defeated'] },
            target: n.id,
          }),
        );
      }
      // A plain loop, not a callback: a closure over the loop's variables would cost a context per node.
      const kids = new Set(graph.childrenOf(n.id));
      const relations = n.defeated_relations ?? [];
      for (let k = 0; k < relations.length; k++) {
        const to = relations[k]!;
        if (!kids.has(to)) continue;
        out.push(
          report(this.meta, {
            messageId: 'linkDefeated',
            data: { outcome, from: n.id, to, challengedBy: byText },
            at: { thing: n, path: ['defeated_relations', k] },
            target: n.id,
          }),
        );
      }
    }
    return out;
  },
});
