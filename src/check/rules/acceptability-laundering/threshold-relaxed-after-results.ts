import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { earliestEvidence } from './criterion-evidence.js';
import { acceptability, argument, CRITERION, RISKS } from './examples.js';
import { describe, relaxation } from './threshold.js';

const RELAXED =
  CRITERION.replace('threshold: { max: 0.02, on: interval-high }\n', 'threshold: { max: 0.05, on: interval-high }\n') +
  '        - { date: 2026-04-26, threshold: { max: 0.05, on: interval-high }, set_by: Safety Review Board, reason: Aligned with competitor launches., results_known: true }\n';
const TIGHTENED =
  CRITERION.replace('threshold: { max: 0.02, on: interval-high }\n', 'threshold: { max: 0.01, on: interval-high }\n') +
  '        - { date: 2026-04-26, threshold: { max: 0.01, on: interval-high }, set_by: Safety Review Board, reason: Tightened after external review., results_known: true }\n';

export const thresholdRelaxedAfterResults = defineRule({
  meta: {
    id: 'acceptability-laundering/threshold-relaxed-after-results',
    title: 'Threshold relaxed after the results were known',
    failureMode: 'acceptability-laundering',
    severity: 'error',
    rationale:
      'Moving the bar once the result is in turns a failed test into a pass. A threshold loosened after the evidence existed no longer tests anything: the evidence chose it.',
    docs: `Reads each criterion's \`history\` in date order and compares each entry's threshold with the one before, and the current \`threshold\` with the last entry. A change is a relaxation when a \`max\` is raised or dropped, a \`min\` is lowered or dropped, or the compared quantity becomes less strict (a \`max\` compared with \`interval-high\` moved to the point estimate, a \`min\` compared with \`interval-low\` moved to the point estimate). Thresholds in different units are not compared.

Reports a relaxation when:

- the entry says \`results_known: true\`; or
- the entry is dated after the earliest evidence item cited below the claims that name the criterion or address one of its risks (the results existed, whatever the entry says); or
- the current threshold is looser than the last recorded entry: a relaxation with no record of when, or whether the results were known.

Fix: restore the threshold that was set before the results, or re-decide with the relaxed threshold set by someone independent of the results and of the authors, with the reason recorded and the original threshold's result reported alongside.`,
    examples: {
      failing: RISKS + acceptability({ criterion: RELAXED }) + argument(),
      passing: RISKS + acceptability({ criterion: TIGHTENED }) + argument(),
    },
    messages: {
      relaxedAfterResults:
        'Criterion {{criterion}}\'s threshold was relaxed on {{date}} ({{how}}: {{from}} to {{to}}) {{when}}; reason given: "{{reason}}".',
      relaxedWithoutHistory:
        "Criterion {{criterion}}'s current threshold ({{current}}) is looser than the last one recorded ({{last}}, {{date}}): {{how}}, with no history entry saying when or whether the results were known.",
    },
    hints: {
      relaxedAfterResults:
        'Restore the threshold set before the results, or have the relaxation re-decided by someone independent of the results and the authors, reporting the result against the original threshold too.',
      relaxedWithoutHistory:
        'Record the change in history with its date, who made it, the reason and results_known, or restore the recorded threshold.',
    },
  },
  run({ case: c, facts }) {
    const earliest = earliestEvidence(facts);
    const out: Finding[] = [];
    for (const k of c.criteria.values()) {
      const history = (k.history ?? [])
        .map((h, i) => ({ h, i }))
        .sort((a, b) => (a.h.date < b.h.date ? -1 : a.h.date > b.h.date ? 1 : a.i - b.i));
      for (let j = 1; j < history.length; j++) {
        const prev = history[j - 1]!.h;
        const { h, i } = history[j]!;
        const how = relaxation(prev.threshold, h.threshold);
        if (!how) continue;
        let when: string | undefined;
        if (h.results_known === true) when = 'with the results known (results_known: true)';
        else {
          const first = earliest(k);
          if (first && first.date < h.date)
            when = `after evidence ${first.id} (${first.date}) existed${h.results_known === false ? ', though the entry says results_known: false' : ''}`;
        }
        if (!when) continue;
        out.push(
          report(this.meta, {
            messageId: 'relaxedAfterResults',
            data: {
              criterion: k.id,
              date: h.date,
              how,
              from: describe(prev.threshold),
              to: describe(h.threshold),
              when,
              reason: h.reason,
            },
            at: { thing: k, path: ['history', i, 'threshold'] },
            target: k.id,
          }),
        );
      }
      const last = history[history.length - 1]?.h;
      const how = last && k.threshold ? relaxation(last.threshold, k.threshold) : undefined;
      if (last && how) {
        out.push(
          report(this.meta, {
            messageId: 'relaxedWithoutHistory',
            data: {
              criterion: k.id,
              current: describe(k.threshold!),
              last: describe(last.threshold),
              date: last.date,
              how,
            },
            at: { thing: k, path: ['threshold'] },
            target: k.id,
          }),
        );
      }
    }
    return out;
  },
});
