import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { hasBound, SAMPLED_KINDS } from './results.js';

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
        'Evidence {{item}} on the decision path rests on {{size}} sample{{s}} ({{metric}}), below the minimum of {{minimum}}.',
      noSampleSize: 'Evidence {{item}} on the decision path reports {{value}} ({{metric}}) without a sample size.',
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
      const r = item.result;
      if (!r || !SAMPLED_KINDS.has(item.kind)) continue;
      if (r.sample_size !== undefined) {
        if (r.sample_size >= MIN_SAMPLE) continue;
        out.push(
          report(this.meta, {
            messageId: 'smallSample',
            data: {
              item: item.id,
              size: r.sample_size,
              s: r.sample_size === 1 ? '' : 's',
              metric: r.metric,
              minimum: MIN_SAMPLE,
            },
            at: { thing: item, path: ['result', 'sample_size'] },
            target: item.id,
          }),
        );
      } else if (
        r.value !== undefined &&
        r.value >= 0 &&
        r.value <= 1 &&
        NEEDS_N.has(item.kind) &&
        (r.interval || !hasBound(r.threshold))
      ) {
        out.push(
          report(this.meta, {
            messageId: 'noSampleSize',
            data: { item: item.id, value: r.value, metric: r.metric },
            at: { thing: item, path: ['result'] },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});
