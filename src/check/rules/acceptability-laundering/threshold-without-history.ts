import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { acceptability, argument, CRITERION, RISKS } from './examples.js';
import { isOperational } from './threshold.js';

export const thresholdWithoutHistory = defineRule({
  meta: {
    id: 'acceptability-laundering/threshold-without-history',
    title: 'Threshold with no history',
    failureMode: 'acceptability-laundering',
    severity: 'info',
    rationale:
      'Without a record of when a threshold was set, by whom, and whether the results were known, nobody can check that it was not moved to fit the evidence.',
    docs: `Notes a criterion that has an operational threshold (\`max\` or \`min\`) but no \`history\` entries.

Fix: add a \`history\` entry for each setting or change of the threshold: \`date\`, \`threshold\`, \`set_by\`, \`reason\` and \`results_known\`.`,
    examples: {
      failing: RISKS + acceptability({ criterion: CRITERION.replace(/ {6}history:\n.*\n/, '') }) + argument(),
      passing: RISKS + acceptability() + argument(),
    },
    messages: {
      noHistory:
        'Criterion {{criterion}} has a threshold but no history of when it was set, by whom, or whether the results were known.',
    },
    hints: {
      noHistory:
        'Add a history entry for each setting or change of the threshold, with date, threshold, set_by, reason and results_known.',
    },
  },
  run({ case: c }) {
    const out: Finding[] = [];
    for (const k of c.criteria.values()) {
      if (!isOperational(k.threshold) || (k.history ?? []).length) continue;
      out.push(
        report(this.meta, {
          messageId: 'noHistory',
          data: { criterion: k.id },
          at: { thing: k, path: ['threshold'] },
          target: k.id,
        }),
      );
    }
    return out;
  },
});
