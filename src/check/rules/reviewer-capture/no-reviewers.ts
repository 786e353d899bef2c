import { report } from '../messages.js';
import { defineRule } from '../types.js';

const CASE = (reviewers: string) => `${reviewers}argument:
  G1: { kind: claim, text: Meridian-4 solves under 5% of professional CTF tasks (95% upper bound)., undeveloped: true }
decision:
  outcome: approve
  date: 2026-04-14
  makers: [{ name: Elena Vasquez, role: Chief Risk Officer, conflicts: [] }]
  residual_risk: Skilled actors get modest help with routine exploit work.
`;

export const noReviewers = defineRule({
  meta: {
    id: 'reviewer-capture/no-reviewers',
    title: 'Decision taken on an unreviewed case',
    failureMode: 'reviewer-capture',
    severity: 'warning',
    rationale:
      "A decision on a case nobody but its authors has read rests entirely on the authors' judgement. Review is where the argument is first challenged.",
    docs: `Reports a case that has a \`decision\` but lists no \`case.reviewers\`.

Fix: record who reviewed the case (with team, organisation, \`external\`, conflicts and verdict); if nobody did, have it reviewed before deciding.`,
    examples: {
      failing: CASE(''),
      passing: CASE('  reviewers:\n    - { name: Daniel Esposito, team: Safety Review Board, verdict: endorse }\n'),
    },
    messages: {
      noReviewers: 'Case {{case}} records a decision ({{outcome}}) but lists no reviewers.',
    },
    hints: {
      noReviewers:
        'List the reviewers in case.reviewers, with team, organisation, external and their verdict; if nobody reviewed the case, have it reviewed before deciding.',
    },
  },
  run({ case: c }) {
    const d = c.decision;
    if (!d || (c.header.value.reviewers ?? []).length) return [];
    const id = c.header.value.id;
    return [
      report(this.meta, {
        messageId: 'noReviewers',
        data: { case: id, outcome: d.value.outcome },
        at: { thing: d },
        target: id,
      }),
    ];
  },
});
