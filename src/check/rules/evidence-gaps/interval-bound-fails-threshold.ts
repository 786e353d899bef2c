import type { EvidenceItem } from '../../../model/case.js';
import { resultSubject, resultsOf } from '../../../model/results.js';
import type { EvidenceResult } from '../../../model/schema.js';
import { report } from '../messages.js';
import type { RuleContext } from '../types.js';
import { defineRule, type Finding } from '../types.js';
import {
  applicableThreshold,
  declaredOnPoint,
  describeThreshold,
  endOf,
  failedBound,
  hasUncertainty,
} from './results.js';

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
    docs: `Reports supporting evidence (polarity \`supports\`) cited on the decision path with a result (\`result\`, or any of the per-task \`results\`) that has an interval or a one-sided \`bound\` and a threshold, where the point estimate passes (or is not given) but the relevant end fails (the end of a side is the one-sided \`bound\` on that side, else that end of the \`interval\`):
- the threshold is the result's own \`threshold\`, else the criterion it links to (\`criterion\`), or else the criterion named by the claims resting directly on the evidence, when that is unambiguous: exactly one criterion with a bound, and either the claims rest on no other evidence item or every word of the result's \`metric\` appears in the criterion's metric or statement (so a criterion is never applied to a different metric);
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
      boundFails: '{{subject}} supports the argument: {{point}}, but {{what}}, {{bound}}, is {{fail}}.',
    },
    hints: {
      boundFails:
        'Collect more samples until the interval clears the threshold, argue only the bound the evidence supports, or mark the evidence mixed and record a defeater. If the criterion is on the point estimate, declare it with threshold.on: value.',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const { item, citing } of ctx.facts.pathItems()) {
      if (item.polarity !== 'supports') continue;
      for (const ir of resultsOf(item)) {
        const f = boundFailure(ctx, item, ir.result, citing);
        if (!f) continue;
        const r = ir.result;
        const { t, source, end, at } = f;
        const what =
          at.from === 'bound'
            ? `its ${pct(at.confidence!)} one-sided ${end} bound`
            : `the ${end} end of its ${r.confidence !== undefined ? `${pct(r.confidence)} ` : ''}interval`;
        const from = source === 'result' ? 'its own threshold' : `the threshold of criterion ${source}`;
        const point =
          r.value !== undefined
            ? `the point estimate ${r.value} passes ${from} (${describeThreshold(t)})`
            : `no point estimate is given for ${from} (${describeThreshold(t)})`;
        out.push(
          report(this.meta, {
            messageId: 'boundFails',
            data: { subject: resultSubject(item.id, ir), point, what, bound: at.value, fail: f.fail },
            at: { thing: item, path: [...ir.path, at.from] },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});

/** Percent, without float noise: 0.975 -> "97.5%". */
export function pct(x: number): string {
  return `${Number((x * 100).toFixed(2))}%`;
}

/** The end of a result's uncertainty that fails its applicable threshold while the point estimate passes. */
function boundFailure(ctx: RuleContext, item: EvidenceItem, r: EvidenceResult, citing: readonly string[]) {
  if (!hasUncertainty(r)) return undefined;
  const a = applicableThreshold(ctx, item, r, citing);
  if (!a || declaredOnPoint(ctx, a.threshold, citing)) return undefined;
  const t = a.threshold;
  if (r.value !== undefined && failedBound(r.value, t)) return undefined;
  const hi = endOf(r, 'upper');
  const lo = endOf(r, 'lower');
  let end: 'upper' | 'lower' | undefined;
  let fail: string | undefined;
  if (t.on === 'interval-low') [end, fail] = ['lower', lo && failedBound(lo.value, t)];
  else if (t.on === 'interval-high') [end, fail] = ['upper', hi && failedBound(hi.value, t)];
  else if (t.max !== undefined && hi && hi.value > t.max) [end, fail] = ['upper', `above the maximum ${t.max}`];
  else if (t.min !== undefined && lo && lo.value < t.min) [end, fail] = ['lower', `below the minimum ${t.min}`];
  const at = end === 'upper' ? hi : lo;
  if (!fail || !end || !at) return undefined;
  return { t, source: a.source, end, fail, at };
}
