import { report } from '../messages.js';
import { defineRule } from '../types.js';

const ARG = `argument:
  G1: { kind: claim, text: Meridian-4 solves under 5% of professional CTF tasks (95% upper bound)., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: CTF suite results, evidence: [E1] }
`;
const EV = `evidence:
  E1: { title: Professional CTF suite, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Frontier Risk Evaluations, polarity: supports }
`;

export const noCountercase = defineRule({
  meta: {
    id: 'countercase-neglect/no-countercase',
    title: 'Case with no defeaters',
    failureMode: 'countercase-neglect',
    severity: 'warning',
    rationale:
      'Every real argument about a frontier system meets objections. A case with claims and not one defeater has recorded only the case for, and a reader cannot tell what was considered and set aside.',
    docs: `Reports a case that has at least one claim and no defeater node at all (of any status).

Fix: record the objections raised in review, red-teaming and evaluation as defeaters, with their status and resolution, including the ones that were refuted.`,
    examples: {
      failing: ARG + EV,
      passing:
        ARG +
        `  D1:
    kind: defeater
    text: The suite may be too easy to detect sandbagging.
    challenges: [G1]
    status: refuted
    resolution: { summary: Password-locked fine-tunes recovered full capability on this suite., refs: [E1] }
` +
        EV,
    },
    messages: {
      noDefeaters:
        'Case {{case}} has {{claims}} claim{{s}} and no defeaters: no objection to the argument is recorded.',
    },
    hints: {
      noDefeaters:
        'Record the objections raised in review, red-teaming and evaluation as defeaters, with their status and resolution, including the ones that were refuted.',
    },
  },
  run({ case: c, facts }) {
    if (facts.nodesOf('defeater').length > 0) return [];
    const claims = facts.nodesOf('claim').length;
    if (claims === 0) return [];
    const id = c.header.value.id;
    return [
      report(this.meta, {
        messageId: 'noDefeaters',
        data: { case: id, claims, s: claims > 1 ? 's' : '' },
        at: { thing: c.header, path: ['id'] },
        target: id,
      }),
    ];
  },
});
