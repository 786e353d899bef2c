import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { acceptability, argument, CRITERION, RISKS } from './examples.js';
import { describe } from './threshold.js';

export const thresholdSetAfterResults = defineRule({
  meta: {
    id: 'acceptability-laundering/threshold-set-after-results',
    title: 'Threshold first set with the results known',
    failureMode: 'acceptability-laundering',
    severity: 'info',
    rationale:
      'A threshold chosen after seeing the result is not disqualifying, but it may have been placed just above the result. Readers should see that it was, and weigh the margin accordingly.',
    docs: `Notes a criterion whose first threshold (the earliest \`history\` entry) was set with \`results_known: true\`. Later tightenings with the results known are not noted; later relaxations are \`acceptability-laundering/threshold-relaxed-after-results\`.

Fix: none needed if recorded honestly; for the next decision, pre-register the threshold before the evaluation is run.`,
    examples: {
      failing:
        RISKS +
        acceptability({ criterion: CRITERION.replace('results_known: false', 'results_known: true') }) +
        argument(),
      passing: RISKS + acceptability() + argument(),
    },
    messages: {
      setAfterResults:
        "Criterion {{criterion}}'s threshold was first set on {{date}} ({{threshold}}) with the results already known.",
    },
    hints: {
      setAfterResults:
        'Pre-register the threshold before the evaluation runs for the next decision; meanwhile report the margin between the result and the threshold.',
    },
  },
  run({ case: c }) {
    const out: Finding[] = [];
    for (const k of c.criteria.values()) {
      const history = k.history ?? [];
      if (!history.length) continue;
      let first = 0;
      history.forEach((h, i) => {
        if (h.date < history[first]!.date) first = i;
      });
      const h = history[first]!;
      if (h.results_known !== true) continue;
      out.push(
        report(this.meta, {
          messageId: 'setAfterResults',
          data: { criterion: k.id, date: h.date, threshold: describe(h.threshold) },
          at: { thing: k, path: ['history', first, 'results_known'] },
          target: k.id,
        }),
      );
    }
    return out;
  },
});
