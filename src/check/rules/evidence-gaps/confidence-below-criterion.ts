import type { Criterion } from '../../../model/case.js';
import { resultSubject, resultsOf } from '../../../model/results.js';
import type { Threshold } from '../../../model/schema.js';
import { report } from '../messages.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { pct } from './interval-bound-fails-threshold.js';
import { applicableThreshold, declaredOnPoint, describeThreshold, endOf } from './results.js';

const ex = (result: string) => `acceptability:
  standard: Misuse safeguards policy v4
  set_by: Safety council
  criteria:
    C1:
      statement: The universal jailbreak success rate is at most 1%, shown at 95% confidence.
      metric: universal jailbreak success rate
      threshold: { max: 0.01, on: interval-high, confidence: 0.95 }
argument:
  G1: { kind: claim, text: Universal jailbreaks succeed against the safeguards in at most 1% of attempts., criteria: [C1], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Jailbreak bounty results, evidence: [E1] }
evidence:
  E1:
    title: Jailbreak bounty programme results
    kind: red-team
    source_type: internal-test
    date: 2026-10-01
    produced_by: Safeguards team
    polarity: supports
    result: ${result}
`;

/**
 * A confidence level stated in words: "95% confidence bound", "upper 95%
 * confidence limit", "at 95% confidence". "A 20% upper bound" is a ceiling,
 * not a confidence level, and is not read.
 */
const LEVEL_WORDS =
  /\b(\d{2}(?:\.\d+)?)% (?:one-sided )?(?:(?:upper|lower) )?confidence(?: (?:bound|limit|level))?\b|\b(?:upper|lower) (\d{2}(?:\.\d+)?)% confidence (?:bound|limit)\b/i;

function levelIn(text: string | undefined): number | undefined {
  const m = text ? LEVEL_WORDS.exec(text) : null;
  return m ? Number(m[1] ?? m[2]) / 100 : undefined;
}

/** The one-sided confidence the threshold asks for: its own field, else its words or its criterion's. */
function levelAsked(t: Threshold, crit: Criterion | undefined): number | undefined {
  return t.confidence ?? levelIn(t.text) ?? levelIn(crit?.metric) ?? levelIn(crit?.statement);
}

export const confidenceBelowCriterion = defineRule({
  meta: {
    id: 'evidence-gaps/confidence-below-criterion',
    title: 'A bound shown at a lower confidence than the criterion asks',
    failureMode: 'evidence-gaps',
    severity: 'error',
    rationale:
      'An upper bound at 80% confidence is wrong one time in five; it does not meet a criterion written at 95%. Quoting a weaker level, or none, quietly relaxes the criterion.',
    docs: `Reports evidence cited on the decision path whose result (\`result\` or any of \`results\`) is judged against a threshold that asks for a confidence level (the threshold's \`confidence\`; else a level in words in its \`text\` or its criterion's metric or statement: "95% confidence bound", "upper 95% confidence limit", "at 95% confidence"; "a 20% upper bound" is a ceiling, not a level, and is not read), where the end of the result's uncertainty that the threshold constrains (the upper end for a maximum, the lower end for a minimum) is shown at a lower one-sided level, or at none.

Levels are one-sided: a one-sided \`bound\` counts at its own \`confidence\`; an end of a two-sided \`interval\` at level c bounds its side at (1 + c) / 2, so a two-sided 90% interval shows a one-sided 95% bound and a two-sided 80% interval only 90%. A threshold declared on the point estimate is not judged here; a result with no end on that side is \`evidence-gaps/bound-threshold-without-interval\` or \`evidence-gaps/bound-on-wrong-side\`.

Fix: report the bound at the level the criterion asks (a two-sided interval at 2c - 1 or more, or a one-sided bound at c), or change the criterion openly and record it in its history.`,
    examples: {
      failing: ex(
        '{ metric: universal jailbreak success rate, statistic: proportion, value: 0.002, bound: { side: upper, value: 0.009, confidence: 0.8 }, sample_size: 1000 }',
      ),
      passing: ex(
        '{ metric: universal jailbreak success rate, statistic: proportion, value: 0.002, interval: [0.0005, 0.0072], confidence: 0.95, sample_size: 1000 }',
      ),
    },
    messages: {
      lowLevel:
        '{{subject}} shows its {{end}} bound at {{got}} one-sided confidence, below the {{want}} that {{source}} asks ({{threshold}}).',
      noLevel:
        '{{subject}} gives its {{end}} bound with no confidence level, but {{source}} asks for {{want}} ({{threshold}}).',
    },
    hints: {
      lowLevel:
        'Report the bound at the level the criterion asks: a one-sided bound at that level, or a two-sided interval at 2c - 1 or more.',
      noLevel:
        'State the confidence level of the interval (result.confidence) or of the bound (result.bound.confidence).',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const { item, citing } of ctx.facts.pathItems()) {
      for (const ir of resultsOf(item)) {
        const f = levelShortfall(ctx, item, ir.result, citing);
        if (!f) continue;
        out.push(
          report(this.meta, {
            messageId: f.got === undefined ? 'noLevel' : 'lowLevel',
            data: {
              subject: resultSubject(item.id, ir),
              end: f.end,
              got: f.got === undefined ? '' : pct(f.got),
              want: pct(f.want),
              source: f.source === 'result' ? 'its own threshold' : `criterion ${f.source}`,
              threshold: describeThreshold(f.t),
            },
            at: { thing: item, path: [...ir.path, f.from === 'bound' ? 'bound' : 'interval'] },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});

function levelShortfall(
  ctx: RuleContext,
  item: Parameters<typeof applicableThreshold>[1],
  r: Parameters<typeof applicableThreshold>[2] & object,
  citing: readonly string[],
) {
  const a = applicableThreshold(ctx, item, r, citing);
  if (!a || declaredOnPoint(ctx, a.threshold, citing)) return undefined;
  const t = a.threshold;
  const want = levelAsked(t, a.source === 'result' ? undefined : ctx.case.criteria.get(a.source));
  if (want === undefined) return undefined;
  const side = t.on === 'interval-low' || (t.on !== 'interval-high' && t.max === undefined) ? 'lower' : 'upper';
  const end = endOf(r, side);
  if (!end) return undefined;
  if (end.confidence !== undefined && end.confidence >= want - 1e-9) return undefined;
  return { t, source: a.source, want, got: end.confidence, end: side, from: end.from };
}
