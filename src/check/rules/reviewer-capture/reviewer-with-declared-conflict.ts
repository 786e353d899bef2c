import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const CASE = (conflicts: string) => `  reviewers:
    - { name: Dr. Rhys Calloway, organisation: Lanternfish Security Ltd, external: true${conflicts} }
argument:
  G1: { kind: claim, text: Meridian-4 solves under 5% of professional CTF tasks (95% upper bound)., undeveloped: true }
`;

export const reviewerWithDeclaredConflict = defineRule({
  meta: {
    id: 'reviewer-capture/reviewer-with-declared-conflict',
    title: 'Reviewer with a declared conflict of interest',
    failureMode: 'reviewer-capture',
    severity: 'info',
    rationale:
      'An external reviewer paid by the developer, or whose own work the case cites, is less independent than the word "external" suggests. The conflict is declared; the report puts it where readers of the review will see it.',
    docs: `Notes each reviewer whose \`conflicts\` list is not empty, quoting the first declared conflict. \`conflicts: []\` records "none declared" and is not reported.

Nothing to fix if the conflict is real and declared; weigh the review accordingly, and prefer a second, unconflicted reviewer for the parts the conflict touches.`,
    examples: {
      failing: CASE(', conflicts: ["Lanternfish holds a red-teaming contract with Northwind."]'),
      passing: CASE(', conflicts: []'),
    },
    messages: {
      conflict: 'Reviewer {{reviewer}}{{external}} declares a conflict of interest: "{{conflict}}"{{more}}.',
    },
    hints: {
      conflict:
        'Weigh this review with the conflict in mind; for the parts the conflict touches, add a second, unconflicted reviewer.',
    },
  },
  run({ case: c }) {
    const out: Finding[] = [];
    (c.header.value.reviewers ?? []).forEach((r, i) => {
      const cs = r.conflicts ?? [];
      if (!cs.length) return;
      const more = cs.length > 1 ? ` (and ${cs.length - 1} more)` : '';
      out.push(
        report(this.meta, {
          messageId: 'conflict',
          data: {
            reviewer: r.name,
            external: r.external ? ' (external)' : '',
            conflict: cs[0]!.replace(/\.$/, ''),
            more,
          },
          at: { thing: c.header, path: ['reviewers', i, 'conflicts'] },
          target: c.header.value.id,
        }),
      );
    });
    return out;
  },
});
