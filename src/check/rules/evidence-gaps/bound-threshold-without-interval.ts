import { resultSubject, resultsOf } from '../../../model/results.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { applicableThreshold, describeThreshold, hasUncertainty } from './results.js';

const ex = (stats: string) => `argument:
  G1: { kind: claim, text: Novices with the model complete the capstone at most 10 points more often than controls., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Novice uplift study, evidence: [E1] }
evidence:
  E1:
    title: Novice uplift randomised study
    kind: red-team
    source_type: internal-test
    date: 2026-10-01
    produced_by: Human studies team
    polarity: supports
    result: { metric: completion rate difference, value: 0.04${stats}, sample_size: 300, threshold: { max: 0.10, on: interval-high } }
`;

export const boundThresholdWithoutInterval = defineRule({
  meta: {
    id: 'evidence-gaps/bound-threshold-without-interval',
    title: 'Threshold declared on an interval bound, but no interval reported',
    failureMode: 'evidence-gaps',
    severity: 'warning',
    rationale:
      'When the criterion is on the upper (or lower) confidence bound, the point estimate cannot show it is met. Reporting only the point estimate quietly swaps a conservative criterion for a lenient one.',
    docs: `Reports evidence cited on the decision path whose applicable threshold (its own, or the unambiguous criterion of the claims resting on it; see \`evidence-gaps/interval-bound-fails-threshold\`) has \`on: interval-high\` or \`on: interval-low\`, but whose result (each of \`result\` and \`results\`) has no \`interval\` and no one-sided \`bound\`. A bound on the other side only is \`evidence-gaps/bound-on-wrong-side\`. A result with neither interval nor sample size is left to \`evidence-gaps/no-uncertainty-reported\`.

Fix: report the confidence interval (\`interval\`, \`confidence\`) the criterion is declared on.`,
    examples: { failing: ex(''), passing: ex(', interval: [-0.01, 0.09], confidence: 0.95') },
    messages: {
      noInterval:
        '{{subject}} is judged on the {{end}} end of its interval ({{source}}: {{threshold}}), but reports no interval or {{end}} bound.',
    },
    hints: {
      noInterval:
        'Report the confidence interval (result.interval and result.confidence), or the one-sided bound (result.bound), that the criterion is declared on.',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const { item, citing } of ctx.facts.pathItems()) {
      for (const ir of resultsOf(item)) {
        const r = ir.result;
        if (hasUncertainty(r)) continue; // a bound on the wrong side is evidence-gaps/bound-on-wrong-side
        const at = applicableThreshold(ctx, item, r, citing);
        const on = at?.threshold.on;
        if (!at || (on !== 'interval-high' && on !== 'interval-low')) continue;
        if (at.source === 'result' && r.value !== undefined && r.sample_size === undefined) continue; // no-uncertainty-reported
        const fromResult = at.source === 'result';
        out.push(
          report(this.meta, {
            messageId: 'noInterval',
            data: {
              subject: resultSubject(item.id, ir),
              end: on === 'interval-high' ? 'upper' : 'lower',
              source: fromResult ? 'its own threshold' : `criterion ${at.source}`,
              threshold: describeThreshold(at.threshold),
            },
            at: { thing: item, path: fromResult ? [...ir.path, 'threshold', 'on'] : ir.path },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});
