import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { acceptability, argument, CRITERION, RISKS } from './examples.js';
import { isOperational } from './threshold.js';

export const criterionWithoutThreshold = defineRule({
  meta: {
    id: 'acceptability-laundering/criterion-without-threshold',
    title: 'Criterion without an operational threshold',
    failureMode: 'acceptability-laundering',
    severity: 'warning',
    rationale:
      'A criterion without a numeric bound cannot be failed: any result can be described as meeting "low" or "not meaningful". The threshold is what lets the case say no.',
    docs: `Reports an acceptability criterion with no \`threshold\`, or whose threshold has neither \`max\` nor \`min\` (only \`text\` or \`unit\`).

Fix: give the criterion a numeric bound on a named metric (\`threshold: { max: 0.02, on: interval-high }\`), and record when and by whom it was set in \`history\`.`,
    examples: {
      failing:
        RISKS +
        acceptability({
          criterion: CRITERION.replace(
            'threshold: { max: 0.02, on: interval-high }\n',
            'threshold: { text: Leaks are rare }\n',
          ),
        }) +
        argument(),
      passing: RISKS + acceptability() + argument(),
    },
    messages: {
      noBound: 'Criterion {{criterion}} has a threshold with no numeric bound{{only}}.',
      noThreshold: 'Criterion {{criterion}} has no threshold.',
    },
    hints: {
      noBound:
        'Give the criterion a numeric max or min on a named metric (say which end of the interval is compared with on:), and record it in the history.',
      noThreshold:
        'Give the criterion a numeric max or min on a named metric (say which end of the interval is compared with on:), and record it in the history.',
    },
  },
  run({ case: c }) {
    const out: Finding[] = [];
    for (const k of c.criteria.values()) {
      if (isOperational(k.threshold)) continue;
      const t = k.threshold;
      out.push(
        t
          ? report(this.meta, {
              messageId: 'noBound',
              data: { criterion: k.id, only: t.text ? ` (only "${t.text}")` : '' },
              at: { thing: k, path: ['threshold'] },
              target: k.id,
            })
          : report(this.meta, {
              messageId: 'noThreshold',
              data: { criterion: k.id },
              at: { thing: k, path: [] },
              target: k.id,
            }),
      );
    }
    return out;
  },
});
