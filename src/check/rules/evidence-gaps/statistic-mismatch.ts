import type { Criterion } from '../../../model/case.js';
import { percentileOf, resultSubject, resultsOf } from '../../../model/results.js';
import type { EvidenceResult, Threshold } from '../../../model/schema.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { applicableThreshold, describeThreshold } from './results.js';

const ex = (result: string) => `acceptability:
  standard: Incident response standard v2
  set_by: Safety council
  criteria:
    C1:
      statement: The monitor escalates a flagged agent action to a human within 60 seconds at the 95th percentile.
      metric: time to escalation
      threshold: { max: 60, unit: seconds, statistic: p95 }
argument:
  G1: { kind: claim, text: Flagged agent actions reach a human reviewer quickly enough to be stopped., criteria: [C1], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Escalation latency telemetry, evidence: [E1] }
evidence:
  E1:
    title: Escalation latency over the internal pilot
    kind: telemetry
    source_type: internal-test
    date: 2026-10-01
    produced_by: Monitoring team
    polarity: supports
    result: ${result}
`;

/** A statistic named in words: "p95", "95th percentile", "median"; "median-risk cohort" names a group, not a statistic. */
const PERCENTILE_WORDS =
  /\bp(\d{1,2}(?:\.\d+)?)\b|\b(\d{1,2}(?:\.\d+)?)(?:st|nd|rd|th)[- ]percentile\b|\b(median)\b(?!-)/i;
const MEAN_WORDS = /\b(?:mean|average)\b(?!-)/i;

type Stat = { kind: 'percentile'; p: number } | { kind: 'mean' | 'max' | 'min' | 'proportion' | 'total' };

function statOfWords(text: string | undefined, withMean: boolean): Stat | undefined {
  if (!text) return undefined;
  const m = PERCENTILE_WORDS.exec(text);
  if (m) return { kind: 'percentile', p: m[3] ? 50 : Number(m[1] ?? m[2]) };
  return withMean && MEAN_WORDS.test(text) ? { kind: 'mean' } : undefined;
}

function statOf(s: EvidenceResult['statistic']): Stat | undefined {
  if (s === undefined) return undefined;
  const p = percentileOf(s);
  return p !== undefined ? { kind: 'percentile', p } : { kind: s as 'mean' };
}

/** The statistic the threshold is stated on: its field, else its words or its criterion's (percentiles only). */
function statAsked(t: Threshold, crit: Criterion | undefined): Stat | undefined {
  return statOf(t.statistic) ?? statOfWords(`${t.text ?? ''} ${crit?.metric ?? ''} ${crit?.statement ?? ''}`, false);
}

/** The statistic the result reports: its field, else its metric's words (a percentile, or a mean or average). */
function statGiven(r: EvidenceResult): Stat | undefined {
  return statOf(r.statistic) ?? statOfWords(r.metric, true);
}

function name(s: Stat): string {
  return s.kind === 'percentile' ? (s.p === 50 ? 'the median' : `the ${s.p}th percentile`) : `the ${s.kind}`;
}

/**
 * True if the reported statistic shows the asked one: the same statistic, or a
 * conservative one for the bound (a maximum or a higher percentile for a
 * ceiling, a minimum or a lower percentile for a floor).
 */
function shows(given: Stat, asked: Stat, t: Threshold): boolean {
  if (given.kind !== 'percentile' || asked.kind !== 'percentile')
    return given.kind === asked.kind || (asked.kind === 'percentile' && conservative(given, t));
  if (given.p === asked.p) return true;
  const ceiling = t.max !== undefined && t.min === undefined;
  const floor = t.min !== undefined && t.max === undefined;
  return (ceiling && given.p > asked.p) || (floor && given.p < asked.p);
}

function conservative(given: Stat, t: Threshold): boolean {
  return (given.kind === 'max' && t.min === undefined) || (given.kind === 'min' && t.max === undefined);
}

export const statisticMismatch = defineRule({
  meta: {
    id: 'evidence-gaps/statistic-mismatch',
    title: 'A criterion on one statistic judged on another',
    failureMode: 'evidence-gaps',
    severity: 'error',
    rationale:
      'A mean escalation time of 20 seconds is compatible with one escalation in ten taking five minutes. A criterion stated on a percentile (or a median) constrains the tail; a mean cannot show it is met.',
    docs: `Reports evidence cited on the decision path whose result (\`result\` or any of \`results\`) reports a different statistic from the one its applicable threshold is stated on (its own threshold, the criterion it links to with \`criterion\`, or the unambiguous criterion of the claims resting on it).

- The statistic asked: the threshold's \`statistic\`; else a percentile in words in the threshold's \`text\` or the criterion's metric or statement ("p95", "95th percentile", "median"; "the median-risk cohort" names a group, not a statistic).
- The statistic reported: the result's \`statistic\`; else its metric's words (a percentile, or "mean" / "average").
- Shown: the same statistic; for a ceiling (\`max\` only), a higher percentile or the \`max\`; for a floor (\`min\` only), a lower percentile or the \`min\`. Anything else (a mean for a p95 criterion, a median for a mean) is reported. When either statistic is unstated, nothing is reported.

Fix: report the statistic the criterion is stated on (compute the percentile from the same data), or change the criterion openly and record it in its history.`,
    examples: {
      failing: ex('{ metric: mean time to escalation, statistic: mean, value: 21, sample_size: 4200 }'),
      passing: ex('{ metric: time to escalation, statistic: p99, value: 48, sample_size: 4200 }'),
    },
    messages: {
      otherStatistic:
        '{{subject}} reports {{given}} ({{metric}}), but {{source}} is stated on {{asked}} ({{threshold}}): {{given}} cannot show it is met.',
    },
    hints: {
      otherStatistic:
        'Report the statistic the criterion is stated on (result.statistic, e.g. p95, computed from the same data), or change the criterion openly and record the change in its history.',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const { item, citing } of ctx.facts.pathItems()) {
      for (const ir of resultsOf(item)) {
        const r = ir.result;
        const a = applicableThreshold(ctx, item, r, citing);
        if (!a) continue;
        const asked = statAsked(a.threshold, a.source === 'result' ? undefined : ctx.case.criteria.get(a.source));
        const given = statGiven(r);
        if (!asked || !given || shows(given, asked, a.threshold)) continue;
        out.push(
          report(this.meta, {
            messageId: 'otherStatistic',
            data: {
              subject: resultSubject(item.id, ir),
              given: name(given),
              asked: name(asked),
              metric: r.metric,
              source: a.source === 'result' ? 'its own threshold' : `criterion ${a.source}`,
              threshold: describeThreshold(a.threshold),
            },
            at: { thing: item, path: r.statistic !== undefined ? [...ir.path, 'statistic'] : [...ir.path, 'metric'] },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});
