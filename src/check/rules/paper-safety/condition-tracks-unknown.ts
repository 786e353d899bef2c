import type { Case } from '../../../model/case.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const CASE = (tracks: string) => `risks:
  R1: { title: Model weights exfiltrated by an insider, pathway: weight-theft, severity: high }
argument:
  G1: { kind: claim, text: Weights stay within the training cluster., addresses: [R1], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Access review, evidence: [E1] }
  D1: { kind: defeater, text: Two service accounts can still read checkpoint storage., challenges: [G1], status: open, owner: Ana Brandt, due: 2026-12-01 }
evidence:
  E1: { title: Checkpoint storage access review, kind: security-control, source_type: internal-test, date: 2026-10-01, produced_by: Security team, polarity: supports }
decision:
  outcome: approve-with-conditions
  date: 2026-10-10
  makers: [{ name: Ruth Adeyemi, role: CISO }]
  residual_risk: Service accounts keep read access until they are rotated.
  conditions:
    - { id: cond-rotate, text: Both service accounts are rotated and their read access removed., owner: Ana Brandt, due: 2026-12-01, tracks: [${tracks}] }
`;

/** What an id names in this case, for the message: a kind of node, an evidence item, a criterion, or nothing. */
function whatIs(c: Case, id: string): string | undefined {
  const n = c.nodes.get(id);
  if (n) return `${/^[aeiou]/.test(n.kind) ? 'an' : 'a'} ${n.kind} node`;
  if (c.evidence.has(id)) return 'an evidence item';
  if (c.criteria.has(id)) return 'an acceptability criterion';
  return undefined;
}

export const conditionTracksUnknown = defineRule({
  meta: {
    id: 'paper-safety/condition-tracks-unknown',
    title: 'Decision condition tracking something that is not a defeater or a risk',
    failureMode: 'paper-safety',
    severity: 'error',
    rationale:
      'A condition that tracks a doubt or a risk is what lets the decision go ahead before the doubt is settled. When what it tracks does not exist, or is not a doubt or a risk at all, the condition tracks nothing, and the approval it qualifies is unconditional in fact.',
    docs: `Reports each id in a structured decision condition's \`tracks\` that is not a defeater node or a risk in the risk model: an id the case does not define, or one that names a claim, an evidence item, a criterion or another kind of node.

Fix: correct the id, or track the defeater that states the doubt (add one if the doubt is not yet written down).`,
    examples: { failing: CASE('D2, Sn1'), passing: CASE('D1, R1') },
    messages: {
      unknown: 'Decision condition {{condition}} tracks {{id}}, which the case does not define.',
      notTrackable: 'Decision condition {{condition}} tracks {{id}}, which is {{what}}, not a defeater or a risk.',
    },
    hints: {
      unknown: 'Correct the id to the defeater or risk the condition settles, or write that defeater down.',
      notTrackable:
        'Track the defeater that states the doubt about {{id}} (add one if there is none), or the risk the condition controls.',
    },
  },
  run({ case: c }) {
    const d = c.decision;
    if (!d) return [];
    const out: Finding[] = [];
    (d.value.conditions ?? []).forEach((cond, i) => {
      if (typeof cond === 'string') return;
      (cond.tracks ?? []).forEach((id, k) => {
        if (c.risks.has(id) || c.nodes.get(id)?.kind === 'defeater') return;
        const what = whatIs(c, id);
        const condition = cond.id ?? String(i + 1);
        const at = { thing: d, path: ['conditions', i, 'tracks', k] };
        const target = cond.id ?? c.header.value.id;
        out.push(
          what === undefined
            ? report(this.meta, { messageId: 'unknown', data: { condition, id }, at, target })
            : report(this.meta, { messageId: 'notTrackable', data: { condition, id, what }, at, target }),
        );
      });
    });
    return out;
  },
});
