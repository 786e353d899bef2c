import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { authorship } from './people.js';

const CASE = (reviewer: string) => `  authors:
    - { name: Priya Raman, team: Frontier Risk Evaluations, organisation: Northwind Labs }
    - { name: Tomasz Wielgus, team: Frontier Risk Evaluations, organisation: Northwind Labs }
  reviewers:
    - ${reviewer}
    - { name: Prof. Ingrid Solberg, organisation: University of Bergen, external: true }
argument:
  G1: { kind: claim, text: Meridian-4 solves under 5% of professional CTF tasks (95% upper bound)., undeveloped: true }
`;

export const reviewerFromAuthoringTeam = defineRule({
  meta: {
    id: 'reviewer-capture/reviewer-from-authoring-team',
    title: 'Reviewer from the authoring team',
    failureMode: 'reviewer-capture',
    severity: 'warning',
    rationale:
      'Review is only a check if the reviewer did not write what they review. A reviewer who is an author, or sits in the team that wrote the case, shares its assumptions and its stake in the outcome.',
    docs: `Reports a reviewer (\`case.reviewers\`) who is also listed in \`case.authors\` (names compared as words, ignoring case, accents, punctuation and titles such as Dr. or Prof.), or whose \`team\` is the team of an author (ignoring case and a trailing "team"; where both give an \`organisation\`, it must match too).

Fix: have the case reviewed by someone outside the authoring team (another team, an internal review board, an external assessor). If a team member's review is still useful, keep it, but do not count it as independent review.`,
    examples: {
      failing: CASE('{ name: Tomasz Wielgus, team: Frontier Risk Evaluations, organisation: Northwind Labs }'),
      passing: CASE('{ name: Daniel Esposito, team: Safety Review Board, organisation: Northwind Labs }'),
    },
    messages: {
      reviewerIsAuthor: 'Reviewer {{reviewer}} is also an author of the case.',
      reviewerInAuthoringTeam: 'Reviewer {{reviewer}} is in {{team}}, an authoring team.',
    },
    hints: {
      reviewerIsAuthor:
        "Have the case reviewed by someone outside the authoring team (another team, a review board or an external assessor); keep a team member's review if useful, but do not count it as independent.",
      reviewerInAuthoringTeam:
        "Have the case reviewed by someone outside the authoring team (another team, a review board or an external assessor); keep a team member's review if useful, but do not count it as independent.",
    },
  },
  run({ case: c }) {
    const who = authorship(c);
    const out: Finding[] = [];
    (c.header.value.reviewers ?? []).forEach((r, i) => {
      const author = who.author(r);
      const team = author ? undefined : who.team(r);
      if (!author && !team) return;
      out.push(
        author
          ? report(this.meta, {
              messageId: 'reviewerIsAuthor',
              data: { reviewer: r.name },
              at: { thing: c.header, path: ['reviewers', i, 'name'] },
              target: c.header.value.id,
            })
          : report(this.meta, {
              messageId: 'reviewerInAuthoringTeam',
              data: { reviewer: r.name, team: team! },
              at: { thing: c.header, path: ['reviewers', i, 'team'] },
              target: c.header.value.id,
            }),
      );
    });
    return out;
  },
});
