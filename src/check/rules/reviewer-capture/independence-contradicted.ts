import type { Case } from '../../../model/case.js';
import type { Reviewer } from '../../../model/schema.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { isIndependentReviewer } from './independence.js';
import { nameKey } from './people.js';
import { businessRole } from './stakes.js';

const CASE = (reviewer: string) => `  authors:
    - { name: Priya Raman, team: Frontier Risk Evaluations, organisation: Northwind Labs }
  reviewers:
    - ${reviewer}
argument:
  G1: { kind: claim, text: Meridian-4 solves under 5% of professional CTF tasks (95% upper bound)., undeveloped: true }
`;

/** The authors' organisations, compared as words. */
function authorOrganisation(c: Case, r: Reviewer): string | undefined {
  if (!r.organisation) return undefined;
  const key = nameKey(r.organisation);
  return (c.header.value.authors ?? []).find((a) => a.organisation && nameKey(a.organisation) === key)?.organisation;
}

export const independenceContradicted = defineRule({
  meta: {
    id: 'reviewer-capture/independence-contradicted',
    title: 'Reviewer counted as independent whom the case shows is not',
    failureMode: 'reviewer-capture',
    severity: 'warning',
    rationale:
      "A reviewer's independence is what makes their review count. When the case's own facts contradict it (the reviewer works for the developer, owns the business, or by their own declaration is not independent of the authors) the review is counted for more than it is.",
    docs: `Reports each reviewer:

- counted as independent of the developer (\`independent_of\` lists \`model-developer\`, or, without that list, \`external: true\`) whose \`organisation\` is an author's organisation (compared as words);
- counted as independent of the developer whose \`independent_of\` leaves out \`authors\`: by their own declaration they are not independent of the authors, yet their review counts as the independent one (for \`reviewer-capture/internal-evidence-only-high-severity\` and \`no-external-reviewer\`);
- whose \`independent_of\` lists \`business-owner\` while their \`role\` owns the business case (as \`reviewer-capture/decision-maker-conflict\` reads roles).

A reviewer declaring independence of the authors while being one is \`reviewer-capture/reviewer-from-authoring-team\`; of the red team while their organisation produced red-team evidence they reviewed, \`reviewer-capture/reviewer-reviewed-own-work\`.

Fix: correct the declaration (\`external\`, \`independent_of\`) to what the case shows, and find a reviewer who is independent where the case needs one.`,
    examples: {
      failing: CASE(
        '{ name: Daniel Esposito, team: Safety Review Board, organisation: Northwind Labs, external: true }',
      ),
      passing: CASE(
        '{ name: Daniel Esposito, team: Safety Review Board, organisation: Northwind Labs, independent_of: [authors] }',
      ),
    },
    messages: {
      sameOrganisation:
        "Reviewer {{reviewer}} is counted as independent of the developer, but is at {{organisation}}, the authors' organisation.",
      notOfAuthors:
        'Reviewer {{reviewer}} is counted as independent of the developer, but their independent_of leaves out the authors.',
      businessOwner: 'Reviewer {{reviewer}} declares independence of the business owner, but is {{role}}.',
    },
    hints: {
      sameOrganisation:
        'Correct the declaration of {{reviewer}} (drop external: true or model-developer), and have an independent party review the case where it needs one.',
      notOfAuthors:
        'If {{reviewer}} is independent of the authors, add authors to their independent_of; if not, have someone independent of both review the case.',
      businessOwner:
        'Drop business-owner from the independent_of of {{reviewer}}, or have someone outside the business review the case.',
    },
  },
  run({ case: c }) {
    const out: Finding[] = [];
    const target = c.header.value.id;
    (c.header.value.reviewers ?? []).forEach((r, i) => {
      const at = (field: string) => ({ thing: c.header, path: ['reviewers', i, field] });
      if (isIndependentReviewer(r)) {
        const organisation = authorOrganisation(c, r);
        if (organisation)
          out.push(
            report(this.meta, {
              messageId: 'sameOrganisation',
              data: { reviewer: r.name, organisation },
              at: at('organisation'),
              target,
            }),
          );
        else if (r.independent_of && !r.independent_of.includes('authors'))
          out.push(
            report(this.meta, {
              messageId: 'notOfAuthors',
              data: { reviewer: r.name },
              at: at('independent_of'),
              target,
            }),
          );
      }
      const role = r.independent_of?.includes('business-owner') ? businessRole(r) : undefined;
      if (role)
        out.push(
          report(this.meta, {
            messageId: 'businessOwner',
            data: { reviewer: r.name, role: r.role!.trim() },
            at: at('role'),
            target,
          }),
        );
    });
    return out;
  },
});
