import { report } from '../messages.js';
import { defineRule } from '../types.js';
import { acceptability, argument, RISKS } from './examples.js';

const DECISION = `decision:
  outcome: approve
  date: 2026-05-01
  makers: [{ name: Elena Vasquez, role: Chief Risk Officer, conflicts: [] }]
  residual_risk: Rare leaks of developer context through novel injection techniques.
`;

export const noAcceptabilityCriteria = defineRule({
  meta: {
    id: 'acceptability-laundering/no-acceptability-criteria',
    title: 'Decision with no acceptability criteria',
    failureMode: 'acceptability-laundering',
    severity: 'error',
    rationale:
      'Without stated criteria, "acceptable" means whatever the decision makers decide it means after seeing the results. The case cannot say no, because nothing says what no would look like.',
    docs: `Reports a case that approves (\`approve\` or \`approve-with-conditions\`), or is offered for a decision (\`status: in-review\` or \`decided\`), and has no \`acceptability\` section or no \`acceptability.criteria\`. Drafts without a decision are not reported.

Fix: add an \`acceptability\` section naming whose standard applies and who set it, and at least one criterion per risk with an operational threshold (\`max\` or \`min\`) and its history.`,
    examples: {
      failing: RISKS + argument('Enabling browse-1.0 keeps injection leaks acceptably rare.', '[]') + DECISION,
      passing: RISKS + acceptability() + argument() + DECISION,
    },
    messages: {
      noCriteria: 'Case {{case}} has {{has}}, yet {{why}}.',
    },
    hints: {
      noCriteria:
        'Add acceptability criteria: for each risk, a criterion with an operational threshold (max or min), the metric it applies to, and its history; name whose standard applies and who set it.',
    },
  },
  run({ case: c, facts }) {
    const status = c.header.value.status;
    if (!facts.approves() && status !== 'in-review' && status !== 'decided') return [];
    if (c.criteria.size > 0) return [];
    const a = c.acceptability;
    const id = c.header.value.id;
    const why = facts.approves() ? `the decision approves (${c.decision!.value.outcome})` : `the case is ${status}`;
    return [
      report(this.meta, {
        messageId: 'noCriteria',
        data: { case: id, has: a ? 'an acceptability section but no criteria' : 'no acceptability criteria', why },
        at: a
          ? { thing: a, path: ['criteria'] }
          : c.decision
            ? { thing: c.decision, path: ['outcome'] }
            : { thing: c.header, path: ['status'] },
        target: id,
      }),
    ];
  },
});
