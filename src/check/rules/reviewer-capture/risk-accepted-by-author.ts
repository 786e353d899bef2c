import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { authorship } from './people.js';

const CASE = (signer: string) => `  authors:
    - { name: Priya Raman, team: Frontier Risk Evaluations }
argument:
  G1: { kind: claim, text: Novices gain no meaningful end-to-end uplift from Meridian-4., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Novice uplift study, evidence: [E1] }
  D1:
    kind: defeater
    text: The uplift study's primary endpoint is near the floor in both arms.
    challenges: [G1]
    status: accepted
    resolution: { summary: Accepted as the residual harm named in the criteria., owner: Chief Risk Officer, date: 2026-04-09, signed_off_by: ${signer} }
evidence:
  E1: { title: Novice uplift RCT, kind: capability-evaluation, source_type: internal-test, date: 2026-03-20, produced_by: Frontier Risk Evaluations, polarity: supports }
`;

export const riskAcceptedByAuthor = defineRule({
  meta: {
    id: 'reviewer-capture/risk-accepted-by-author',
    title: "Residual risk accepted by the case's author",
    failureMode: 'reviewer-capture',
    severity: 'warning',
    rationale:
      "Accepting a defeater as residual risk is a decision about risk on others' behalf. When the author of the argument signs it off, the doubt has been waved through by the person with the most interest in the argument standing.",
    docs: `Reports a defeater with \`status: accepted\` whose \`resolution.signed_off_by\` names an author of the case (the author's name as whole words, ignoring case, punctuation and titles).

Fix: have the acceptance signed off by someone with authority to accept the risk who did not write the case: a decision maker or the accountable risk owner.`,
    examples: {
      failing: CASE('Priya Raman (case lead)'),
      passing: CASE('Elena Vasquez (Chief Risk Officer)'),
    },
    messages: {
      acceptedByAuthor:
        'Defeater {{defeater}} is accepted as residual risk on the sign-off of {{author}}, an author of the case ("{{by}}").',
    },
    hints: {
      acceptedByAuthor:
        'Have the acceptance signed off by someone with the authority to accept the risk who did not write the case, such as a decision maker or the accountable risk owner.',
    },
  },
  run({ case: c, facts }) {
    const who = authorship(c);
    const out: Finding[] = [];
    for (const d of facts.nodesOf('defeater')) {
      if (d.status !== 'accepted') continue;
      const by = d.resolution?.signed_off_by;
      const author = by ? who.mentionedIn(by) : undefined;
      if (!author) continue;
      out.push(
        report(this.meta, {
          messageId: 'acceptedByAuthor',
          data: { defeater: d.id, author: author.name, by: by! },
          at: { thing: d, path: ['resolution', 'signed_off_by'] },
          target: d.id,
        }),
      );
    }
    return out;
  },
});
