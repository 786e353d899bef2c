import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { applicableThreshold, declaredOnPoint, describeThreshold, failedBound } from './results.js';

const ex = (result: string) => `argument:
  G1: { kind: claim, text: The model solves at most 20% of professional-tier CTF tasks., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Professional-tier CTF suite, evidence: [E1] }
evidence:
  E1:
    title: Professional-tier CTF suite
    kind: capability-evaluation
    source_type: internal-test
    date: 2026-10-01
    produced_by: Frontier evals team
    polarity: supports
    result: ${result}
`;

export const intervalBoundFailsThreshold = defineRule({
  meta: {
    id: 'evidence-gaps/interval-bound-fails-threshold',
    title: 'Pass on the point estimate while the interval bound fails the threshold',
    failureMode: 'evidence-gaps',
    severity: 'error',
    rationale:
      'A solve rate of 15% with a 95% interval reaching 26% does not show that the true rate is below 20%. Reading the point estimate against a threshold, when the interval crosses it, turns uncertainty into a pass.',
    docs: `Reports supporting evidence (polarity \`supports\`) cited on the decision path whose result has an interval and a threshold, where the point estimate passes (or is not given) but the relevant end of the interval fails:
- the threshold is the result's own \`threshold\`, or else the criterion named by the claims resting directly on the evidence, when that is unambiguous: exactly one criterion with a bound, and either the claims rest on no other evidence item or every word of the result's \`metric\` appears in the criterion's metric or statement (so a criterion is never applied to a different metric);
- if \`threshold.on\` is \`interval-high\` or \`interval-low\`, that end is compared with the bound; if it is unset, the upper end is compared with \`max\` and the lower end with \`min\`; if it is \`value\`, or the threshold's \`text\` or the metric or statement of a criterion with the same bound (named by the claims resting on the evidence) says it is on the *point estimate* (and mentions no bound or interval; "interval" as a span of time, "a 30-day interval", "the sampling interval", is not one), the criterion is declared on the point estimate and the rule does not apply.

A point estimate that itself fails is \`evidence-gaps/point-estimate-fails-threshold\`.

Fix: collect more samples until the interval clears the threshold, argue with the bound the evidence does support, or mark the evidence \`mixed\` and record a defeater. If the criterion really is on the point estimate, say so with \`threshold.on: value\`.`,
    examples: {
      failing: ex(
        '{ metric: pass@10 solve rate, value: 0.15, interval: [0.08, 0.26], confidence: 0.95, sample_size: 84, threshold: { max: 0.20 } }',
      ),
      passing: ex(
        '{ metric: pass@10 solve rate, value: 0.095, interval: [0.042, 0.179], confidence: 0.95, sample_size: 84, threshold: { max: 0.20 } }',
      ),
    },
    messages: {
      boundFails:
        'Evidence {{item}} supports the argument: {{point}}, but the {{end}} end of its {{level}}interval, {{bound}}, is {{fail}}.',
    },
    hints: {
      boundFails:
        'Collect more samples until the interval clears the threshold, argue only the bound the evidence supports, or mark the evidence mixed and record a defeater. If the criterion is on the point estimate, declare it with threshold.on: value.',
    },
  },
  run(ctx) {
    const { facts } = ctx;
    const out: Finding[] = [];
    for (const { item, citing } of facts.pathItems()) {
      const r = item.result;
      if (item.polarity !== 'supports' || !r?.interval) continue;
      const at = applicableThreshold(ctx, item, citing);
      if (!at || declaredOnPoint(ctx, at.threshold, citing)) continue;
      const t = at.threshold;
      if (r.value !== undefined && failedBound(r.value, t)) continue;
      const [lo, hi] = r.interval;
      let end: 'upper' | 'lower' | undefined;
      let fail: string | undefined;
      if (t.on === 'interval-low') [end, fail] = ['lower', failedBound(lo, t)];
      else if (t.on === 'interval-high') [end, fail] = ['upper', failedBound(hi, t)];
      else if (t.max !== undefined && hi > t.max) [end, fail] = ['upper', `above the maximum ${t.max}`];
      else if (t.min !== undefined && lo < t.min) [end, fail] = ['lower', `below the minimum ${t.min}`];
      if (!fail || !end) continue;
      const bound = end === 'upper' ? hi : lo;
      const level = r.confidence !== undefined ? `${Math.round(r.confidence * 100)}% ` : '';
      const from = at.source === 'result' ? 'its own threshold' : `the threshold of criterion ${at.source}`;
      const point =
        r.value !== undefined
          ? `the point estimate ${r.value} passes ${from} (${describeThreshold(t)})`
          : `no point estimate is given for ${from} (${describeThreshold(t)})`;
      out.push(
        report(this.meta, {
          messageId: 'boundFails',
          data: { item: item.id, point, end, level, bound, fail },
          at: { thing: item, path: ['result', 'interval'] },
          target: item.id,
        }),
      );
    }
    return out;
  },
});
