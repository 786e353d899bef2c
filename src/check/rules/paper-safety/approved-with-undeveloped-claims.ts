import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { conditionsNaming } from './conditions.js';

const tree = `argument:
  G1: { kind: claim, text: Deploying the agent internally does not create unacceptable sabotage risk., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each sabotage route., supported_by: [G2, G3] }
  G2: { kind: claim, text: Code sabotage is caught by the trusted monitor at least 95% of the time., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Control evaluation, evidence: [E1] }
  G3: { kind: claim, text: Sabotage of research judgement does not change conclusions., undeveloped: true }
evidence:
  E1: { title: Control evaluation CE-04, kind: control-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Control team, polarity: supports, result: { metric: catch rate, value: 0.97, sample_size: 400 } }
`;
const decision = (conditions: string) =>
  `decision:\n  outcome: approve-with-conditions\n  date: 2026-10-10\n  makers: [{ name: Dana Reyes, role: Responsible Scaling Officer }]\n  residual_risk: Judgement sabotage is not yet argued.\n  conditions:\n    - ${conditions}\n`;

export const approvedWithUndevelopedClaims = defineRule({
  meta: {
    id: 'paper-safety/approved-with-undeveloped-claims',
    title: 'Approved while claims on the path are undeveloped',
    failureMode: 'paper-safety',
    severity: 'error',
    usesDate: true,
    rationale:
      'An undeveloped claim or strategy on the path to the top claim means the top claim is not yet argued. Approving anyway lets the decision contradict the state of the tree, unless the decision itself names the hole as a condition with a date that has not passed.',
    docs: `Reports, when the decision approves (\`approve\` or \`approve-with-conditions\`), every claim and strategy marked \`undeveloped: true\` on the decision path (the nodes the top claim rests on along \`supported_by\`). One finding per node.

A node is not reported while a decision condition names it by id (for example "G-monitoring is developed, with evidence, by 2026-06-30") and that condition is not overdue: the decision makers have then accepted the hole knowingly and said what closes it. A condition's due date is its \`due\` field, or the latest YYYY-MM-DD date in its text; a condition whose due date is before the as-of date no longer answers for the hole, and the node is reported with the date.

Fix: develop the node with evidence; or, if the decision is to go ahead with the hole, add a condition that names the node and says by when it is developed (and what happens if it is not); or change the outcome.`,
    examples: {
      failing: tree + decision('The monitor is re-evaluated on the next build.'),
      passing: tree + decision('G3 is developed, with a judgement-sabotage evaluation, by 2026-12-31.'),
    },
    messages: {
      undevelopedOnPath:
        'The decision is "{{outcome}}", but {{kind}} {{node}} on the path to the top claim is undeveloped{{why}}.',
    },
    hints: {
      undevelopedOnPath:
        'Develop {{node}} with evidence, or add a decision condition that names {{node}} and says by when it will be developed, or change the outcome.',
    },
  },
  run({ case: c, facts, asOf }) {
    if (!facts.approves()) return [];
    const out: Finding[] = [];
    const naming = conditionsNaming(c.decision?.value);
    const outcome = c.decision!.value.outcome;
    for (const n of facts.nodesOnDecisionPath()) {
      if ((n.kind !== 'claim' && n.kind !== 'strategy') || n.undeveloped !== true) continue;
      const conds = naming.get(n.id) ?? [];
      if (conds.some((k) => k.due === undefined || k.due >= asOf)) continue;
      const overdue = conds.map((k) => `condition ${k.index + 1} was due ${k.due}`);
      const why = overdue.length ? `; ${listSome(overdue)}, before ${asOf}` : '; no decision condition names it';
      out.push(
        report(this.meta, {
          messageId: 'undevelopedOnPath',
          data: { outcome, kind: n.kind, node: n.id, why },
          at: { thing: n, path: ['undeveloped'] },
          target: n.id,
        }),
      );
    }
    return out;
  },
});
