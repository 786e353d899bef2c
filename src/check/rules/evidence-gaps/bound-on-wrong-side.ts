import { resultSubject, resultsOf } from '../../../model/results.js';
import type { EvidenceResult, Threshold } from '../../../model/schema.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { applicableThreshold, declaredOnPoint, describeThreshold } from './results.js';

const ex = (result: string) => `argument:
  G1: { kind: claim, text: Fewer than 2% of agent episodes exfiltrate credentials., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Credential exfiltration evaluation, evidence: [E1] }
evidence:
  E1:
    title: Credential exfiltration in sandboxed agent episodes
    kind: control-evaluation
    source_type: internal-test
    date: 2026-10-01
    produced_by: AI control team
    polarity: supports
    result: ${result}
`;

/** How a result or threshold judges a bound on the wrong side, in words, or undefined. */
function wrongSide(r: EvidenceResult, t: Threshold): { why: string; path: string[] } | undefined {
  const ceiling = t.max !== undefined && t.min === undefined;
  const floor = t.min !== undefined && t.max === undefined;
  if (ceiling && t.on === 'interval-low')
    return {
      why: `its threshold compares the maximum ${t.max} with the lower end of the interval`,
      path: ['threshold', 'on'],
    };
  if (floor && t.on === 'interval-high')
    return {
      why: `its threshold compares the minimum ${t.min} with the upper end of the interval`,
      path: ['threshold', 'on'],
    };
  if (r.interval || !r.bound) return undefined;
  if (ceiling && r.bound.side === 'lower')
    return { why: `it quotes a lower bound (${r.bound.value}) against a maximum (${t.max})`, path: ['bound', 'side'] };
  if (floor && r.bound.side === 'upper')
    return { why: `it quotes an upper bound (${r.bound.value}) against a minimum (${t.min})`, path: ['bound', 'side'] };
  return undefined;
}

export const boundOnWrongSide = defineRule({
  meta: {
    id: 'evidence-gaps/bound-on-wrong-side',
    title: 'A ceiling judged on a lower bound, or a floor on an upper bound',
    failureMode: 'evidence-gaps',
    severity: 'error',
    rationale:
      'A lower confidence bound of 0.4% says the rate is at least 0.4%; it says nothing about whether it is below 2%. Only an upper bound can show a rate is under a ceiling, and only a lower bound that it clears a floor.',
    docs: `Reports evidence cited on the decision path with a result (\`result\` or any of \`results\`) judged against its applicable threshold (its own, the criterion it links to with \`criterion\`, or the unambiguous criterion of the claims resting on it; see \`evidence-gaps/interval-bound-fails-threshold\`) on the wrong side:
- the threshold is a ceiling only (\`max\`) declared on the lower end (\`on: interval-low\`), or a floor only (\`min\`) declared on the upper end (\`on: interval-high\`);
- or the result's only uncertainty is a one-sided \`bound\` on the other side: a \`lower\` bound against a \`max\`, an \`upper\` bound against a \`min\`.

A threshold declared on the point estimate (\`on: value\`, or in words) is not judged here.

Fix: report the bound on the side the threshold constrains (an upper confidence bound for a maximum), and compare the maximum with \`on: interval-high\`.`,
    examples: {
      failing: ex(
        '{ metric: exfiltration rate, statistic: proportion, value: 0.011, bound: { side: lower, value: 0.004, confidence: 0.95 }, sample_size: 900, threshold: { max: 0.02 } }',
      ),
      passing: ex(
        '{ metric: exfiltration rate, statistic: proportion, value: 0.011, bound: { side: upper, value: 0.019, confidence: 0.95 }, sample_size: 900, threshold: { max: 0.02 } }',
      ),
    },
    messages: {
      wrongSide:
        '{{subject}} is judged against {{source}} ({{threshold}}), but {{why}}: that bound cannot show the threshold is met.',
    },
    hints: {
      wrongSide:
        'Report the confidence bound on the side the threshold constrains (an upper bound for a maximum, a lower bound for a minimum) and compare the threshold with that end.',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const { item, citing } of ctx.facts.pathItems()) {
      for (const ir of resultsOf(item)) {
        const a = applicableThreshold(ctx, item, ir.result, citing);
        if (!a || declaredOnPoint(ctx, a.threshold, citing)) continue;
        const w = wrongSide(ir.result, a.threshold);
        if (!w) continue;
        const own = a.source === 'result';
        out.push(
          report(this.meta, {
            messageId: 'wrongSide',
            data: {
              subject: resultSubject(item.id, ir),
              source: own ? 'its own threshold' : `criterion ${a.source}`,
              threshold: describeThreshold(a.threshold),
              why: w.why.replace(/^its threshold/, own ? 'its threshold' : 'the criterion'),
            },
            at: { thing: item, path: own || w.path[0] === 'bound' ? [...ir.path, ...w.path] : ir.path },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});
