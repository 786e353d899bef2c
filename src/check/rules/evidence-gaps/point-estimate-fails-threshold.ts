import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { describeThreshold, failedBound, hasBound } from './results.js';

const ex = (value: string) => `argument:
  G1: { kind: claim, text: The output classifier blocks at least 90% of tier-3 requests., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Held-out classifier evaluation, evidence: [E1] }
evidence:
  E1:
    title: Classifier recall on held-out tier-3 requests
    kind: monitoring-performance
    source_type: internal-test
    date: 2026-10-01
    produced_by: Safeguards team
    polarity: supports
    result: { metric: recall, value: ${value}, sample_size: 1200, threshold: { min: 0.90 } }
`;

export const pointEstimateFailsThreshold = defineRule({
  meta: {
    id: 'evidence-gaps/point-estimate-fails-threshold',
    title: 'Supporting evidence whose result fails its own threshold',
    failureMode: 'evidence-gaps',
    severity: 'error',
    rationale:
      'Evidence marked as supporting the argument while its own result misses the threshold it is judged against is counter-evidence in disguise. A reader skimming polarities would count it as a pass.',
    docs: `Reports every evidence item with polarity \`supports\` whose \`result.value\` fails its own \`result.threshold\` (above \`max\` or below \`min\`). When the threshold is declared on an end of the interval (\`threshold.on\`) and the interval is given, the finding needs that end to fail too.

Fix: if the result really fails, mark the evidence \`undermines\` (or \`mixed\`), cite it in a defeater and resolve it honestly; if the threshold is wrong, correct it and record the change in the criterion's history.`,
    examples: { failing: ex('0.86'), passing: ex('0.93') },
    messages: {
      pointFails:
        'Evidence {{item}} is marked as supporting, but its result {{value}} is {{fail}} of its own threshold ({{threshold}}).',
    },
    hints: {
      pointFails:
        'Mark the evidence undermines or mixed and attach it to a defeater, or correct the threshold and record the change (with results_known) in the criterion history.',
    },
  },
  run({ case: c }) {
    const out: Finding[] = [];
    for (const item of c.evidence.values()) {
      const r = item.result;
      const t = r?.threshold;
      if (item.polarity !== 'supports' || r?.value === undefined || !hasBound(t)) continue;
      const fail = failedBound(r.value, t);
      if (!fail) continue;
      if (
        r.interval &&
        (t.on === 'interval-low' || t.on === 'interval-high') &&
        !failedBound(t.on === 'interval-low' ? r.interval[0] : r.interval[1], t)
      )
        continue;
      out.push(
        report(this.meta, {
          messageId: 'pointFails',
          data: { item: item.id, value: r.value, fail, threshold: describeThreshold(t) },
          at: { thing: item, path: ['result', 'value'] },
          target: item.id,
        }),
      );
    }
    return out;
  },
});
