import { resultSubject, resultsOf } from '../../../model/results.js';
import type { EvidenceResult } from '../../../model/schema.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { hasBound, hasUncertainty, SAMPLED_KINDS } from './results.js';

/** Below this many samples a rate says little; 30 is the usual floor for a normal approximation. */
export const MIN_SAMPLE = 30;

/** Kinds where a reported value without its sample size is itself the gap. */
const NEEDS_N = new Set([
  'capability-evaluation',
  'red-team',
  'control-evaluation',
  'monitoring-performance',
  'benchmark-score',
]);

const ex = (n: string, low: string) => `argument:
  G1: { kind: claim, text: The monitor flags at least 90% of sabotage attempts., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Sabotage detection evaluation, evidence: [E1] }
evidence:
  E1:
    title: Monitor detection of inserted sabotage
    kind: control-evaluation
    source_type: internal-test
    date: 2026-10-01
    produced_by: AI control team
    polarity: supports
    result: { metric: detection rate, value: 1.0, interval: [${low}, 1.0], confidence: 0.95, sample_size: ${n}, threshold: { min: 0.70, on: interval-low } }
`;

export const smallSample = defineRule({
  meta: {
    id: 'evidence-gaps/small-sample',
    title: 'Evidence on the decision path from a small or unstated sample',
    failureMode: 'evidence-gaps',
    severity: 'warning',
    rationale:
      'Twelve attempts with no success bound the success rate only below about 25%. Small samples make intervals wide and passes fragile; an unstated sample size hides how fragile.',
    docs: `Reports evidence cited on the decision path, of a sampled kind (${[...SAMPLED_KINDS].map((k) => `\`${k}\``).join(', ')}), whose \`result.sample_size\` is below **${MIN_SAMPLE}**, and evidence of kinds ${[...NEEDS_N].map((k) => `\`${k}\``).join(', ')} that reports a proportion (a \`value\` between 0 and 1; counts and durations are not rates) without a \`sample_size\` (unless it has a threshold and no interval either, which is \`evidence-gaps/no-uncertainty-reported\`).

Fix: run more trials, or argue with the bound the small sample supports (for 0 successes in n trials the 95% upper bound is about 3/n), and state the sample size.`,
    examples: { failing: ex('12', '0.74'), passing: ex('240', '0.985') },
    messages: {
      smallSample:
        '{{subject}} on the decision path rests on {{size}} sample{{s}} ({{metric}}), below the minimum of {{minimum}}.',
      noSampleSize: '{{subject}} on the decision path reports {{value}} ({{metric}}) without a sample size.',
    },
    hints: {
      smallSample:
        'Run at least {{minimum}} trials, or argue only the bound this sample supports (0 of n gives an upper 95% bound of about 3/n) and give the interval.',
      noSampleSize: 'State result.sample_size so a reader can judge how much the value can be trusted.',
    },
  },
  run({ facts }) {
    const out: Finding[] = [];
    for (const { item } of facts.pathItems()) {
      if (!SAMPLED_KINDS.has(item.kind)) continue;
      for (const ir of resultsOf(item)) {
        const f = sampleFinding(item.kind, ir.result);
        if (!f) continue;
        out.push(
          report(this.meta, {
            messageId: f,
            data: {
              subject: resultSubject(item.id, ir),
              size: ir.result.sample_size ?? 0,
              s: ir.result.sample_size === 1 ? '' : 's',
              value: ir.result.value ?? '',
              metric: ir.result.metric,
              minimum: MIN_SAMPLE,
            },
            at: { thing: item, path: f === 'smallSample' ? [...ir.path, 'sample_size'] : ir.path },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});

/** What is wrong with the result's sample, if anything. */
function sampleFinding(kind: string, r: EvidenceResult): 'smallSample' | 'noSampleSize' | undefined {
  if (r.sample_size !== undefined) return r.sample_size < MIN_SAMPLE ? 'smallSample' : undefined;
  const proportion = r.value !== undefined && r.value >= 0 && r.value <= 1;
  return proportion && NEEDS_N.has(kind) && (hasUncertainty(r) || !hasBound(r.threshold)) ? 'noSampleSize' : undefined;
}
