import type { Section } from '../../../model/case.js';
import type { Decision, Person } from '../../../model/schema.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { businessRole, personal, type Stake, stakesOf } from './stakes.js';

const CASE = (maker: string) => `argument:
  G1: { kind: claim, text: Meridian-4 solves under 5% of professional CTF tasks (95% upper bound)., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: CTF evaluation, evidence: [E1] }
evidence:
  E1: { title: Professional CTF suite, kind: capability-evaluation, source_type: internal-test, date: 2026-04-01, produced_by: Frontier Risk Evaluations, polarity: supports }
decision:
  outcome: approve
  date: 2026-04-14
  makers:
    - ${maker}
  residual_risk: Skilled actors get modest help with routine exploit work.
`;

/** Stakes of one kind, as "E1, E2 (by team)". */
function shown(stakes: readonly Stake[]): string {
  return listSome(stakes.map((s) => (s.by === 'name' ? s.id : `${s.id} (by ${s.by})`)));
}

export const decisionMakerConflict = defineRule({
  meta: {
    id: 'reviewer-capture/decision-maker-conflict',
    title: 'Decision maker with a conflict of interest, declared or shown by the case',
    failureMode: 'reviewer-capture',
    severity: 'warning',
    rationale:
      'A decision maker whose pay, equity or roadmap depends on the outcome has a stake in approving, and so does one who produced the evidence, owns a component the argument rests on, or owns the business case. Declaring it is right; the reader still needs to see it next to the decision, and to know how it was managed. Undeclared, the case itself shows it.',
    docs: `Reports each decision maker (\`decision.makers\`):

- whose \`conflicts\` list is not empty, quoting the first declared conflict (\`conflicts: []\` records "none declared");
- who produced evidence the decision rests on: an item on the decision path whose \`produced_by\` names them or their \`team\` (exactly, as \`reviewer-capture/reviewer-from-authoring-team\` compares teams);
- who owns a developed node on the decision path (its \`owner\` names them or their team): a claim, or the component or process it is about (the owner of an undeveloped claim has no work in the case yet);
- whose \`role\` makes them owner of the business case: business or product owner, product lead, manager or director, head or VP of product, general manager, chief commercial, revenue, business or product officer, head of sales, revenue, partnerships or growth ("VP Product Security" and "Head of Product Safety" check a product and are not).

The last three are read only for a decision maker who declares no conflict: one who declares a conflict is reported for it, and the reader weighs them already. One finding per decision maker and kind of conflict. A decision maker who is an author is \`reviewer-capture/decision-maker-not-independent\`.

Fix: have an unconflicted decision maker decide, or record how the conflict was managed (recusal, a majority without the conflicted vote) in the decision's rationale and suppress the finding with that reason.`,
    examples: {
      failing: CASE(
        '{ name: Julia Brandt, role: "VP Product, API Platform", team: API Platform, conflicts: ["Annual bonus partly tied to API revenue targets."] }',
      ),
      passing: CASE('{ name: Elena Vasquez, role: Chief Risk Officer, team: Risk Office, conflicts: [] }'),
    },
    messages: {
      conflict: 'Decision maker {{maker}} declares a conflict of interest: "{{conflict}}"{{more}}.',
      producedEvidence: 'Decision maker {{maker}} produced evidence the decision rests on: {{items}}.',
      ownsNodes: 'Decision maker {{maker}} owns what the decision rests on: {{nodes}}.',
      ownsBusiness: 'Decision maker {{maker}} is {{role}}, owner of the business case for the decision they take.',
    },
    hints: {
      conflict:
        'Have an unconflicted decision maker decide, or record in the decision rationale how the conflict was managed (recusal, a majority without this vote) and suppress this finding with that reason.',
      producedEvidence:
        'Have someone who did not produce {{items}} decide, or record the conflict in their `conflicts` and how it was managed in the rationale, and suppress this finding with that reason.',
      ownsNodes:
        'Have someone who does not own {{nodes}} decide, or record the conflict in their `conflicts` and how it was managed in the rationale, and suppress this finding with that reason.',
      ownsBusiness:
        'Have the decision taken by someone without a stake in the product (a risk officer, a safety board), with the business owner consulted, not deciding; or record how the conflict was managed and suppress this finding.',
    },
  },
  run({ case: c, facts }) {
    const d = c.decision;
    if (!d) return [];
    const out: Finding[] = [];
    d.value.makers.forEach((m, i) => {
      const own = declared(this.meta, d, m, i, c.header.value.id);
      out.push(...own);
      // A maker who declares a conflict has been weighed by the reader already; one who declares none is checked.
      if (own.length) return;
      const stakes = stakesOf(c, facts, m).filter(personal);
      const produced = stakes.filter((s) => s.kind === 'produced');
      const owns = stakes.filter((s) => s.kind === 'owns');
      const target = c.header.value.id;
      const at = { thing: d, path: ['makers', i, 'name'] };
      if (produced.length)
        out.push(
          report(this.meta, {
            messageId: 'producedEvidence',
            data: { maker: m.name, items: shown(produced) },
            at,
            target,
          }),
        );
      if (owns.length)
        out.push(
          report(this.meta, { messageId: 'ownsNodes', data: { maker: m.name, nodes: shown(owns) }, at, target }),
        );
      const role = businessRole(m);
      if (role)
        out.push(
          report(this.meta, {
            messageId: 'ownsBusiness',
            data: { maker: m.name, role: m.role!.trim() },
            at: { thing: d, path: ['makers', i, 'role'] },
            target,
          }),
        );
    });
    return out;
  },
});

/** The finding for a maker's declared conflicts, if they declare any. */
function declared(
  meta: (typeof decisionMakerConflict)['meta'],
  d: Section<Decision>,
  m: Person,
  i: number,
  target: string,
): Finding[] {
  const cs = m.conflicts ?? [];
  if (!cs.length) return [];
  const more = cs.length > 1 ? ` (and ${cs.length - 1} more)` : '';
  return [
    report(meta, {
      messageId: 'conflict',
      data: { maker: m.name, conflict: cs[0]!.replace(/\.$/, ''), more },
      at: { thing: d, path: ['makers', i, 'conflicts'] },
      target,
    }),
  ];
}
