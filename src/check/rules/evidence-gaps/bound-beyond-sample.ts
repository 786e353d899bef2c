import { resultSubject, resultsOf } from '../../../model/results.js';
import type { EvidenceResult } from '../../../model/schema.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { leastUpperBound, trialsToShow } from './binomial.js';
import { pct } from './interval-bound-fails-threshold.js';
import { applicableThreshold, declaredOnPoint, type End, endOf } from './results.js';

/** Reported bounds are rounded; a bound within this factor of the least possible one is given the benefit of the doubt. */
const ROUNDING = 0.9;

/** A metric that names a proportion of trials, when `statistic` does not say. */
const RATE_WORDS = /\b(?:rate|proportion|fraction|share|percentage|recall|precision|accuracy)\b/i;

const ex = (result: string) => `argument:
  G1: { kind: claim, text: The model completes fewer than 1% of autonomous replication attempts., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Autonomous replication suite, evidence: [E1] }
evidence:
  E1:
    title: Autonomous replication task suite
    kind: capability-evaluation
    source_type: internal-test
    date: 2026-10-01
    produced_by: Frontier evals team
    polarity: supports
    result: ${result}
`;

function isProportion(r: EvidenceResult): boolean {
  if (r.statistic !== undefined) return r.statistic === 'proportion';
  const inUnit = (x: number | undefined) => x === undefined || (x >= 0 && x <= 1);
  return RATE_WORDS.test(r.metric) && inUnit(r.value) && inUnit(r.interval?.[0]) && inUnit(r.interval?.[1]);
}

/** The end of a proportion's uncertainty tighter than its sample allows, with the least possible bound. */
function impossibleEnd(r: EvidenceResult, n: number): { end: End; side: 'upper' | 'lower'; least: number } | undefined {
  for (const side of ['upper', 'lower'] as const) {
    const end = endOf(r, side);
    if (end?.confidence === undefined) continue;
    const least = leastUpperBound(n, end.confidence);
    const width = side === 'upper' ? end.value : 1 - end.value;
    if (width < least * ROUNDING) return { end, side, least: side === 'upper' ? least : 1 - least };
  }
  return undefined;
}

export const boundBeyondSample = defineRule({
  meta: {
    id: 'evidence-gaps/bound-beyond-sample',
    title: 'A bound on a rate tighter than the sample size allows',
    failureMode: 'evidence-gaps',
    severity: 'error',
    rationale:
      'With 100 trials and no successes, the success rate can only be bounded below about 2% (Jeffreys) or 3% (Clopper-Pearson) at 95% confidence. A bound of 0.5% from 100 trials is a miscalculation or a different sample, and a criterion of 0.1% needs more than a thousand trials before any result can meet it.',
    docs: `For results (\`result\` or any of \`results\`) of evidence cited on the decision path that are proportions (\`statistic: proportion\`; or, with no statistic, a metric naming a rate, proportion, fraction, share, percentage, recall, precision or accuracy and numbers between 0 and 1) with a \`sample_size\` n, reports:

- **A bound the sample cannot give**: an upper end (a one-sided upper \`bound\`, or the upper end of a two-sided \`interval\` at (1 + c) / 2) with a stated confidence that lies below the least upper bound n trials can give with no events at that confidence, the Jeffreys bound (the most lenient standard method: about 1.92 / n at 95%, against 3 / n for Clopper-Pearson), allowing ${Math.round((1 - ROUNDING) * 100)}% for rounding; and the same for a lower end near 1.
- **A threshold the sample cannot show**: an applicable threshold with a \`max\` compared with the upper end (\`on: interval-high\`) at a level (its \`confidence\`, else the result's, else 95%) that n trials cannot reach even with no events, when the result reports no upper end (with one, a failing end is \`evidence-gaps/interval-bound-fails-threshold\`).

Fix: recompute the bound with a method valid for small counts (Clopper-Pearson, Wilson, Jeffreys), or run enough trials: showing a rate below p at 95% needs about 2 / p trials with no events (3 / p for Clopper-Pearson).`,
    examples: {
      failing: ex(
        '{ metric: replication success rate, statistic: proportion, value: 0, bound: { side: upper, value: 0.004, confidence: 0.95 }, sample_size: 150, threshold: { max: 0.01, on: interval-high } }',
      ),
      passing: ex(
        '{ metric: replication success rate, statistic: proportion, value: 0, bound: { side: upper, value: 0.0066, confidence: 0.95, method: Clopper-Pearson }, sample_size: 450, threshold: { max: 0.01, on: interval-high } }',
      ),
    },
    messages: {
      impossibleBound:
        '{{subject}} reports a {{level}} {{side}} bound of {{value}} from {{n}} trials, but {{n}} trials cannot bound the rate {{beyond}} {{least}} at that confidence even with {{none}}.',
      cannotShow:
        '{{subject}} must show the rate at most {{max}} at {{level}} confidence, but {{n}} trials cannot do that even with no events: it needs at least {{needed}}.',
    },
    hints: {
      impossibleBound:
        'Recompute the bound with a method valid for small counts (Clopper-Pearson, Wilson or Jeffreys), or check that the sample size is the one the bound was computed on.',
      cannotShow:
        'Run at least {{needed}} trials, or argue with the bound this sample can support and change the claim accordingly.',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const { item, citing } of ctx.facts.pathItems()) {
      for (const ir of resultsOf(item)) {
        const r = ir.result;
        const n = r.sample_size;
        if (n === undefined || n === 0 || !isProportion(r)) continue;
        const subject = resultSubject(item.id, ir);
        const bad = impossibleEnd(r, n);
        if (bad) {
          out.push(
            report(this.meta, {
              messageId: 'impossibleBound',
              data: {
                subject,
                level: `${pct(bad.end.confidence!)} one-sided`,
                side: bad.side,
                value: bad.end.value,
                n,
                beyond: bad.side === 'upper' ? 'below' : 'above',
                least: Number(bad.least.toPrecision(2)),
                none: bad.side === 'upper' ? 'no events' : 'every trial a success',
              },
              at: { thing: item, path: [...ir.path, bad.end.from] },
              target: item.id,
            }),
          );
          continue;
        }
        if (endOf(r, 'upper')) continue;
        const a = applicableThreshold(ctx, item, r, citing);
        const t = a?.threshold;
        if (!t || t.max === undefined || t.max <= 0 || t.on !== 'interval-high' || declaredOnPoint(ctx, t, citing))
          continue;
        const level =
          t.confidence ?? r.bound?.confidence ?? (r.confidence !== undefined ? (1 + r.confidence) / 2 : 0.95);
        const needed = trialsToShow(t.max, level);
        if (n >= needed) continue;
        out.push(
          report(this.meta, {
            messageId: 'cannotShow',
            data: { subject, max: t.max, level: pct(level), n, needed },
            at: { thing: item, path: [...ir.path, 'sample_size'] },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});
