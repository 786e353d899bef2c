import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { mentions } from './people.js';

const CASE = (dissent: string) => `  reviewers:
    - { name: Dr. Kenji Mori, team: Alignment Science, verdict: object, concerns: An open defeater shows an unmonitored channel. }
    - { name: Prof. Ingrid Solberg, organisation: University of Bergen, external: true, verdict: endorse }
argument:
  G1: { kind: claim, text: The control protocol keeps exfiltration risk within FSF tolerance., undeveloped: true }
decision:
  outcome: approve-with-conditions
  date: 2026-06-01
  makers: [{ name: Dr. Samuel Adeyemi, role: Responsible Scaling Officer, conflicts: [] }]
  residual_risk: Multi-episode encoding attacks are not bounded by the evaluation.
${dissent}`;

export const dissentNotRecorded = defineRule({
  meta: {
    id: 'reviewer-capture/dissent-not-recorded',
    title: 'Reviewer disagreement missing from the decision record',
    failureMode: 'reviewer-capture',
    severity: 'error',
    rationale:
      "A decision record that omits a reviewer's objection reads as consensus. Later readers, and regulators, need to see who disagreed and why, to judge the decision and to know where to look if it goes wrong.",
    docs: `When the case has a decision, reports each reviewer whose \`verdict\` is \`object\` or \`endorse-with-concerns\`, or who has \`concerns\` text, when no \`decision.dissent\` entry's \`by\` names them (the reviewer's name, as whole words, ignoring case, punctuation and titles: "Dr. Kenji Mori (Alignment Science)" names Kenji Mori).

Fix: add a \`decision.dissent\` entry for the reviewer, in their words, with what they recommended instead.`,
    examples: {
      failing: CASE(''),
      passing: CASE(
        '  dissent:\n    - { by: Kenji Mori (Alignment Science), text: Deploy read-only until the cross-episode monitor ships. }\n',
      ),
    },
    messages: {
      noDissent: 'Reviewer {{reviewer}} {{what}}, but the decision records no dissent by them.',
    },
    hints: {
      noDissent:
        "Add a decision.dissent entry { by: {{reviewer}}, text: ... } stating the objection in the reviewer's words and what they recommended instead.",
    },
  },
  run({ case: c }) {
    const d = c.decision;
    if (!d) return [];
    const dissenters = (d.value.dissent ?? []).map((x) => x.by);
    const out: Finding[] = [];
    (c.header.value.reviewers ?? []).forEach((r, i) => {
      const disagrees = r.verdict === 'object' || r.verdict === 'endorse-with-concerns';
      const concerns = (r.concerns ?? '').trim();
      if (!disagrees && !concerns) return;
      if (dissenters.some((by) => mentions(by, r.name))) return;
      const what = disagrees ? `gave verdict "${r.verdict}"${concerns ? ' with concerns' : ''}` : 'raised concerns';
      out.push(
        report(this.meta, {
          messageId: 'noDissent',
          data: { reviewer: r.name, what },
          at: { thing: c.header, path: ['reviewers', i, disagrees ? 'verdict' : 'concerns'] },
          target: c.header.value.id,
        }),
      );
    });
    return out;
  },
});
