import type { Case } from '../../../model/case.js';
import { failedResults, resultSubject, resultsOf } from '../../../model/results.js';
import type { EvidenceResult } from '../../../model/schema.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { describeThreshold, failedBound, hasBound } from './results.js';

const ex = (value: string) => `argument:
  G1: { kind: claim, text: The output classifier blocks at least 90% of tier-3 requests., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Held-out classifier evaluation, evidence: [E1] }
evidence:
  E1:
    title: Classifier recall on held-out tier-3 requests
    kind: monitoring-performance
    source_type: internal-test
    date: 2026-10-01
    produced_by: Safeguards team
    polarity: supports
    result: { metric: recall, value: ${value}, sample_size: 1200, threshold: { min: 0.90 } }
`;

export const pointEstimateFailsThreshold = defineRule({
  meta: {
    id: 'evidence-gaps/point-estimate-fails-threshold',
    title: 'Supporting evidence whose result fails its own threshold',
    failureMode: 'evidence-gaps',
    severity: 'error',
    rationale:
      'Evidence marked as supporting the argument while its own result misses the threshold it is judged against is counter-evidence in disguise. A reader skimming polarities would count it as a pass.',
    docs: `Reports every evidence item with polarity \`supports\` with a result (\`result\`, or any of \`results\`) whose \`value\` fails its explicit threshold: its own \`threshold\`, or the threshold of the criterion it links to (\`criterion\`); above \`max\` or below \`min\`. When another result of the same item passes (an aggregate over tasks, say), the message says so: a passing aggregate does not answer a task that fails its own threshold. When the threshold is declared on an end of the interval (\`threshold.on\`) and the interval is given, the finding needs that end to fail too.

Fix: if the result really fails, mark the evidence \`undermines\` (or \`mixed\`), cite it in a defeater and resolve it honestly; if the threshold is wrong, correct it and record the change in the criterion's history.`,
    examples: { failing: ex('0.86'), passing: ex('0.93') },
    messages: {
      pointFails:
        '{{subject}} is marked as supporting, but its result {{value}} is {{fail}} of {{from}} ({{threshold}}).',
      subResultFails:
        'Evidence {{item}} is marked as supporting and its {{passing}} passes, but its {{failing}} is {{value}}, {{fail}} of {{from}} ({{threshold}}): an aggregate cannot pass for a task that fails its own threshold.',
    },
    hints: {
      pointFails:
        'Mark the evidence undermines or mixed and attach it to a defeater, or correct the threshold and record the change (with results_known) in the criterion history.',
      subResultFails:
        'Mark the evidence mixed and attach the failing result to a defeater, or narrow the claim to the tasks that pass; a passing aggregate does not answer a failing task.',
    },
  },
  run({ case: c }) {
    const out: Finding[] = [];
    for (const item of c.evidence.values()) {
      if (item.polarity !== 'supports') continue;
      const failed = failedResults(item, c.criteria);
      if (failed.length === 0) continue;
      const all = resultsOf(item);
      for (const { at: ir, threshold: t, source } of failed) {
        const r = ir.result;
        // Another result of the item, judged on an explicit threshold, that passes: an aggregate beside a failing task.
        const passing = all.find(
          (o) => o !== ir && !failed.some((f) => f.at.path.join() === o.path.join()) && explicit(c, o.result),
        );
        const from = source === 'result' ? 'its own threshold' : `the threshold of criterion ${source}`;
        out.push(
          report(this.meta, {
            messageId: passing ? 'subResultFails' : 'pointFails',
            data: {
              subject: resultSubject(item.id, ir),
              item: item.id,
              value: r.value!,
              fail: failedBound(r.value!, t)!,
              from,
              threshold: describeThreshold(t),
              failing: ir.label,
              passing: passing ? passing.label : '',
            },
            at: { thing: item, path: [...ir.path, 'value'] },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});

/** True if the result has a threshold of its own or links to a criterion with one. */
function explicit(c: Case, r: EvidenceResult): boolean {
  return hasBound(r.threshold) || (r.criterion !== undefined && hasBound(c.criteria.get(r.criterion)?.threshold));
}
