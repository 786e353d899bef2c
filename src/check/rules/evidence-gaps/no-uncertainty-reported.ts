import { resultSubject, resultsOf } from '../../../model/results.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { hasBound, hasUncertainty, SAMPLED_KINDS } from './results.js';

const ex = (stats: string) => `argument:
  G1: { kind: claim, text: The jailbreak success rate against the safeguards is at most 5%., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Jailbreak red team, evidence: [E1] }
evidence:
  E1:
    title: Universal jailbreak red team
    kind: red-team
    source_type: internal-test
    date: 2026-10-01
    produced_by: Red team
    polarity: supports
    result: { metric: attack success rate, value: 0.03${stats}, threshold: { max: 0.05 } }
`;

export const noUncertaintyReported = defineRule({
  meta: {
    id: 'evidence-gaps/no-uncertainty-reported',
    title: 'Result compared with a threshold without any uncertainty',
    failureMode: 'evidence-gaps',
    severity: 'warning',
    rationale:
      'A value of 3% against a 5% threshold means one thing from 2,000 trials and nothing from 30. Without an interval or a sample size, nobody can tell whether the pass is real.',
    docs: `Reports evidence cited on the decision path, of a sampled kind (${[...SAMPLED_KINDS].map((k) => `\`${k}\``).join(', ')}), whose result has a \`value\` and a \`threshold\` with a bound but neither an \`interval\` nor a \`sample_size\`.

Fix: report the sample size and, better, the confidence interval (\`interval\`, \`confidence\`); for a single measurement write \`sample_size: 1\` so the reader sees it.`,
    examples: { failing: ex(''), passing: ex(', interval: [0.021, 0.042], confidence: 0.95, sample_size: 1200') },
    messages: {
      noUncertainty:
        '{{subject}} compares {{value}} ({{metric}}) with a threshold but reports neither an interval (or bound) nor a sample size.',
    },
    hints: {
      noUncertainty:
        'Add result.sample_size and result.interval (with result.confidence); for a single measurement write sample_size: 1.',
    },
  },
  run({ facts }) {
    const out: Finding[] = [];
    for (const { item } of facts.pathItems()) {
      if (!SAMPLED_KINDS.has(item.kind)) continue;
      for (const ir of resultsOf(item)) {
        const r = ir.result;
        if (r.value === undefined || !hasBound(r.threshold)) continue;
        if (hasUncertainty(r) || r.sample_size !== undefined) continue;
        out.push(
          report(this.meta, {
            messageId: 'noUncertainty',
            data: { subject: resultSubject(item.id, ir), value: r.value, metric: r.metric },
            at: { thing: item, path: ir.path },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});
