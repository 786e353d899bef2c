import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const CASE = (conflicts: string) => `argument:
  G1: { kind: claim, text: Meridian-4 solves under 5% of professional CTF tasks (95% upper bound)., undeveloped: true }
decision:
  outcome: approve
  date: 2026-04-14
  makers:
    - { name: Julia Brandt, role: "VP Product, API Platform", team: API Platform, conflicts: ${conflicts} }
  residual_risk: Skilled actors get modest help with routine exploit work.
`;

export const decisionMakerConflict = defineRule({
  meta: {
    id: 'reviewer-capture/decision-maker-conflict',
    title: 'Decision maker with a declared conflict of interest',
    failureMode: 'reviewer-capture',
    severity: 'warning',
    rationale:
      'A decision maker whose pay, equity or roadmap depends on the outcome has a stake in approving. Declaring it is right; the reader still needs to see it next to the decision, and to know how it was managed.',
    docs: `Reports each decision maker whose \`conflicts\` list is not empty, quoting the first declared conflict. \`conflicts: []\` records "none declared" and is not reported.

Fix: have an unconflicted decision maker decide, or record how the conflict was managed (recusal, a majority without the conflicted vote) in the decision's rationale and suppress the finding with that reason.`,
    examples: {
      failing: CASE('["Annual bonus partly tied to API revenue targets."]'),
      passing: CASE('[]'),
    },
    messages: {
      conflict: 'Decision maker {{maker}} declares a conflict of interest: "{{conflict}}"{{more}}.',
    },
    hints: {
      conflict:
        'Have an unconflicted decision maker decide, or record in the decision rationale how the conflict was managed (recusal, a majority without this vote) and suppress this finding with that reason.',
    },
  },
  run({ case: c }) {
    const d = c.decision;
    if (!d) return [];
    const out: Finding[] = [];
    d.value.makers.forEach((m, i) => {
      const cs = m.conflicts ?? [];
      if (!cs.length) return;
      const more = cs.length > 1 ? ` (and ${cs.length - 1} more)` : '';
      out.push(
        report(this.meta, {
          messageId: 'conflict',
          data: { maker: m.name, conflict: cs[0]!.replace(/\.$/, ''), more },
          at: { thing: d, path: ['makers', i, 'conflicts'] },
          target: c.header.value.id,
        }),
      );
    });
    return out;
  },
});
