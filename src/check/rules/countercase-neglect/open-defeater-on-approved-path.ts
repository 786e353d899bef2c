import { report } from '../messages.js';
import { defineRule } from '../types.js';
import { openDefeatersOnPath } from './open-on-path.js';

const CASE = (defeater: string, conditions: string) => `argument:
  G1: { kind: claim, text: The browsing tool rarely leaks developer context through injected pages., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Injection suite results, evidence: [E1] }
${defeater}evidence:
  E1: { title: PI-100 injection suite, kind: red-team, source_type: third-party-evaluation, external: true, date: 2026-10-01, produced_by: Lanternfish Security Ltd, polarity: supports }
decision:
  outcome: approve-with-conditions
  date: 2026-10-20
  makers: [{ name: Elena Vasquez, role: Chief Risk Officer }]
  residual_risk: Novel injection techniques may leak context before they are detected.
${conditions}`;

export const openDefeaterOnApprovedPath = defineRule({
  meta: {
    id: 'countercase-neglect/open-defeater-on-approved-path',
    title: 'Approved while an untracked defeater on the decision path is open',
    failureMode: 'countercase-neglect',
    severity: 'error',
    usesDate: true,
    rationale:
      'An open defeater on the path to the top claim means part of what the approval rests on is in doubt. Approving over it is defensible only if someone owns the doubt, it has a deadline, and the decision is conditional on resolving it.',
    docs: `When the decision approves (\`approve\` or \`approve-with-conditions\`), reports each defeater with \`status: open\` that challenges a node on the decision path (the top claim and everything it rests on through \`supported_by\`), a context, assumption or justification such a node is stated in, or a link from a node on the path.

Such a defeater is *tracked*, and reported only as a note by \`countercase-neglect/open-defeater-tracked-by-condition\`, when all of these hold:

- a decision condition tracks it: the condition lists the defeater in its \`tracks\`, names the defeater's id in its text (or has it as its \`id\`), or the defeater declares it with \`tracked_by: <condition id>\`;
- it has an owner (\`owner\` on the defeater, \`resolution.owner\`, or \`owner\` on that condition);
- it has a due date (\`due\` on the defeater, or \`due\` on that condition) that has not passed at the \`--as-of\` date (once it has, the defeater is open and overdue).

Otherwise it is reported here, with what is missing.

Fix: resolve the defeater (mitigate, refute with evidence, or accept with owner, date and sign-off), or make the approval conditional on it: give it an \`owner\` and a \`due\` date and add a decision condition that names it and says what happens if it is not resolved in time. Or do not approve.`,
    examples: {
      failing: CASE(
        `  D1: { kind: defeater, text: A fixed suite says little about techniques invented after launch., challenges: ["G1 -> Sn1"], status: open }\n`,
        '',
      ),
      passing: CASE(
        `  D1: { kind: defeater, text: A fixed suite says little about techniques invented after launch., challenges: ["G1 -> Sn1"], status: open, owner: Priya Raman, due: 2026-12-31 }\n`,
        `  conditions:\n    - { id: cond-suite, text: "D1 is resolved by 2026-12-31 with a rerun on new techniques, or the tool is disabled.", owner: Priya Raman, due: 2026-12-31 }\n`,
      ),
    },
    messages: {
      openOnApprovedPath:
        'The decision approves while defeater {{defeater}} is open against {{target}}, on the path to the top claim; {{missing}}.',
    },
    hints: {
      openOnApprovedPath:
        'Resolve {{defeater}}, or make the approval conditional on it: give it an owner and a due date, and add a decision condition that names {{defeater}} and says what happens if it is not resolved in time.',
    },
  },
  run({ case: c, graph, facts, asOf }) {
    return openDefeatersOnPath(c, graph, facts, asOf)
      .filter((o) => o.missing.length > 0)
      .map((o) =>
        report(this.meta, {
          messageId: 'openOnApprovedPath',
          data: { defeater: o.defeater.id, target: o.target, missing: gapsSentence(o.missing) },
          at: { thing: o.defeater, path: ['challenges', o.index] },
          target: o.defeater.id,
        }),
      );
  },
});

/**
 * What tracking an open defeater lacks, as one clause list: the absent things share "it has no"
 * ("it has no owner or due date"); a lapsed date or a tracked_by naming nothing is its own clause.
 */
/** The gaps that are a thing the defeater does not have (open-on-path's words). */
const ABSENT = new Set(['no owner', 'no due date']);

export function gapsSentence(gaps: readonly string[]): string {
  const absent = gaps.filter((g) => ABSENT.has(g)).map((g) => g.slice(3));
  const clauses = gaps.filter((g) => !ABSENT.has(g));
  const has = absent.length
    ? [`it has no ${absent.slice(0, -1).join(', ')}${absent.length > 1 ? ' or ' : ''}${absent.at(-1)}`]
    : [];
  return [...has, ...clauses].join('; ');
}
