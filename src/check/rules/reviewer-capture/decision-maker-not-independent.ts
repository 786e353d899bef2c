import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { authorship } from './people.js';

const CASE = (maker: string) => `  authors:
    - { name: Dr. Naomi Kagame, team: Safeguards, organisation: Northwind Labs }
    - { name: Dr. Sophie Laurent, team: Biosecurity, organisation: Northwind Labs }
argument:
  G1: { kind: claim, text: Trusted-tier researchers cannot obtain tier-3 uplift through the API., undeveloped: true }
decision:
  outcome: approve
  date: 2026-09-08
  makers:
    - { name: Dr. Samuel Adeyemi, role: Responsible Scaling Officer, team: Responsible Scaling Council, organisation: Northwind Labs, conflicts: [] }
    - ${maker}
  residual_risk: A determined insider may obtain some uplift before account monitoring responds.
`;

export const decisionMakerNotIndependent = defineRule({
  meta: {
    id: 'reviewer-capture/decision-maker-not-independent',
    title: 'Decision maker who wrote the case',
    failureMode: 'reviewer-capture',
    severity: 'error',
    rationale:
      'The person who decides whether the risk is acceptable should not be judging their own argument. An author, or a member of the authoring team, deciding on the case marks their own homework.',
    docs: `Reports a decision maker (\`decision.makers\`) who is listed in \`case.authors\`, or whose \`team\` is an author's team (names and teams compared as in \`reviewer-capture/reviewer-from-authoring-team\`). Declared conflicts of interest are reported separately, as warnings, by \`reviewer-capture/decision-maker-conflict\`.

Fix: have the decision taken by someone outside the authoring team with the authority to accept the risk; an author may present the case, but not decide on it.`,
    examples: {
      failing: CASE(
        '{ name: Dr. Ayesha Rahman, role: Head of Biosecurity, team: Biosecurity, organisation: Northwind Labs, conflicts: [] }',
      ),
      passing: CASE(
        '{ name: Elena Vasquez, role: Chief Risk Officer, team: Risk Office, organisation: Northwind Labs, conflicts: [] }',
      ),
    },
    messages: {
      makerIsAuthor: 'Decision maker {{maker}} is also an author of the case.',
      makerInAuthoringTeam: 'Decision maker {{maker}} is in {{team}}, an authoring team.',
    },
    hints: {
      makerIsAuthor:
        'Have the decision taken by someone outside the authoring team with the authority to accept the risk; an author may present the case, but should not decide on it.',
      makerInAuthoringTeam:
        'Have the decision taken by someone outside the authoring team with the authority to accept the risk; an author may present the case, but should not decide on it.',
    },
  },
  run({ case: c }) {
    const d = c.decision;
    if (!d) return [];
    const who = authorship(c);
    const out: Finding[] = [];
    d.value.makers.forEach((m, i) => {
      const author = who.author(m);
      const team = author ? undefined : who.team(m);
      if (!author && !team) return;
      out.push(
        author
          ? report(this.meta, {
              messageId: 'makerIsAuthor',
              data: { maker: m.name },
              at: { thing: d, path: ['makers', i, 'name'] },
              target: c.header.value.id,
            })
          : report(this.meta, {
              messageId: 'makerInAuthoringTeam',
              data: { maker: m.name, team: team! },
              at: { thing: d, path: ['makers', i, 'team'] },
              target: c.header.value.id,
            }),
      );
    });
    return out;
  },
});
