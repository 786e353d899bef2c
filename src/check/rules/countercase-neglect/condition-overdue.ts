import { conditionViews } from '../decision-conditions.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const CASE = (status: string, due: string) => `argument:
  G1: { kind: claim, text: The coding agent cannot exfiltrate repository secrets., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Sandbox escape evaluation, evidence: [E1] }
  D1: { kind: defeater, text: The evaluation never gave the agent network access., challenges: ["G1 -> Sn1"], status: ${status}, owner: Malik Osei, due: 2027-03-31 }
evidence:
  E1: { title: Sandbox escape evaluation, kind: capability-evaluation, source_type: internal-test, date: 2026-09-01, produced_by: Agent safety team, polarity: supports }
decision:
  outcome: approve-with-conditions
  date: 2026-09-15
  makers: [{ name: Grace Lindqvist, role: Head of Platform }]
  residual_risk: A networked escape path may be missed until the rerun.
  conditions:
    - { id: cond-network, text: The evaluation is rerun with network access., owner: Malik Osei, due: ${due}, tracks: [D1] }
`;

export const conditionOverdue = defineRule({
  meta: {
    id: 'countercase-neglect/condition-overdue',
    title: 'Decision condition past its due date with what it tracks still open',
    failureMode: 'countercase-neglect',
    severity: 'warning',
    usesDate: true,
    rationale:
      'A condition with a due date is a promise that a doubt will be settled by then. Once the date has passed and the defeater it tracks is still open, the decision stands on a promise that was not kept, whatever the defeater itself says about its own deadline.',
    docs: `Reports a decision condition whose due date has passed at the \`--as-of\` date while a defeater it tracks is still \`open\`. The due date is the condition's \`due\`, or for a string condition the latest date written in its text. A condition tracks a defeater that it lists in \`tracks\`, that it names by id in its text, or that declares the condition in its \`tracked_by\`. Whether the decision approves does not matter: a kept condition is part of any decision.

The defeater's own \`due\` is not read here: a condition due in June tracking a defeater "due" in December is overdue in July. (\`countercase-neglect/open-defeater-on-approved-path\` judges the defeater by its own date.)

Fix: resolve the defeater and record how (\`status\` and \`resolution\`), or revisit the decision; moving the date needs the decision makers, and the new date should be written with why.`,
    examples: { failing: CASE('open', '2026-10-31'), passing: CASE('open', '2026-12-31') },
    messages: {
      overdue:
        'Decision condition {{condition}} was due {{due}} (as of {{asOf}}), and defeater {{defeater}}, which it tracks, is still open.',
    },
    hints: {
      overdue:
        'Resolve {{defeater}} and record the resolution, or take the condition back to the decision makers: a passed due date with the doubt still open means the decision no longer holds as made.',
    },
  },
  run({ case: c, asOf }) {
    const d = c.decision;
    if (!d) return [];
    const out: Finding[] = [];
    for (const v of conditionViews(c)) {
      if (v.due === undefined || v.due >= asOf) continue;
      const open = v.defeaters.find((x) => x.status === 'open');
      if (!open) continue;
      out.push(
        report(this.meta, {
          messageId: 'overdue',
          data: { condition: v.name, due: v.due, asOf, defeater: open.id },
          at: {
            thing: d,
            path: v.structured?.due !== undefined ? ['conditions', v.index, 'due'] : ['conditions', v.index],
          },
          target: v.target,
        }),
      );
    }
    return out;
  },
});
