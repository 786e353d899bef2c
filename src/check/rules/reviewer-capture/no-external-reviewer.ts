import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule } from '../types.js';
import { hasExternalReviewer, highRisks } from './independence.js';

const CASE = (reviewer: string) => `  reviewers:
    - { name: Daniel Esposito, team: Safety Review Board, organisation: Northwind Labs }
${reviewer}risks:
  risk-exfil: { title: Weight exfiltration by the agent, pathway: weight-theft, severity: critical }
argument:
  G1: { kind: claim, text: The agent cannot reach weight storage., addresses: [risk-exfil], undeveloped: true }
`;

export const noExternalReviewer = defineRule({
  meta: {
    id: 'reviewer-capture/no-external-reviewer',
    title: 'High-stakes case with no external reviewer',
    failureMode: 'reviewer-capture',
    severity: 'warning',
    rationale:
      "For high and critical risks, internal review shares the developer's incentives and blind spots. A case that asks for acceptance of such risks without any independent reviewer has not been tested by anyone outside the organisation that benefits.",
    docs: `Reports a case whose risk model has a \`high\` or \`critical\` risk it does not exclude (\`case.out_of_scope\`), that lists reviewers, and none of them is independent of the developer: none lists \`model-developer\` in \`independent_of\`, or, for a reviewer without that list, is marked \`external: true\`. (A case with a decision and no reviewers at all is \`reviewer-capture/no-reviewers\`. Whether an independent reviewer reviewed a given high-severity branch is \`reviewer-capture/internal-evidence-only-high-severity\`.)

Fix: add an independent reviewer (a third-party assessor, an academic, a government evaluator), say whom they are independent of (\`independent_of\`) and what they reviewed (\`reviewed\`), declaring any conflicts.`,
    examples: {
      failing: CASE(''),
      passing: CASE(
        '    - { name: Prof. Ingrid Solberg, organisation: University of Bergen, external: true, conflicts: [] }\n',
      ),
    },
    messages: {
      noExternal:
        'Case {{case}} argues about high or critical risks ({{risks}}), but none of its {{count}} reviewer{{plural}} independent of the developer.',
    },
    hints: {
      noExternal:
        'Add an independent reviewer (third-party assessor, academic or government evaluator), record independent_of and reviewed, and declare any conflicts.',
    },
  },
  run({ case: c }) {
    const reviewers = c.header.value.reviewers ?? [];
    if (!reviewers.length || hasExternalReviewer(c)) return [];
    const risks = highRisks(c);
    if (!risks.length) return [];
    const id = c.header.value.id;
    return [
      report(this.meta, {
        messageId: 'noExternal',
        data: {
          case: id,
          risks: listSome(risks),
          count: reviewers.length,
          plural: reviewers.length > 1 ? 's is' : ' is',
        },
        at: { thing: c.header, path: ['reviewers'] },
        target: id,
      }),
    ];
  },
});
