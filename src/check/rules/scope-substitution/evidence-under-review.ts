import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { pathItems } from './scope.js';

const ex = (extra: string) => `context:
  model: { id: m7, build: m7-2026-10-02-rc4 }
  deployment_channel: Public API
  user_population: { description: Verified developer organisations }
argument:
  G1: { kind: claim, text: Build m7-2026-10-02-rc4 solves under 20% of professional-tier CTF tasks., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Professional CTF suite, evidence: [E1] }
evidence:
  E1:
    title: Professional CTF suite
    kind: capability-evaluation
    source_type: internal-test
    measured: { model: m7, build: m7-2026-10-02-rc4 }
    date: 2026-10-12
    produced_by: Frontier evals team
    artefact: { uri: logs/ctf-pro.eval, sha256: 3101408f2568fc7b3a12b43af214c1b507f0f1577be59b1ecd329bff128a167c }
    result: { metric: solve rate, value: 0.14, interval: [0.08, 0.22], sample_size: 84, threshold: { max: 0.2 } }
    polarity: supports
${extra}    provenance: { framework: inspect_ai, task: ctf_pro, requested_model: m7, status: success }
`;

export const evidenceUnderReview = defineRule({
  meta: {
    id: 'scope-substitution/evidence-under-review',
    title: 'Evidence changed under the claims resting on it, or from a run that did not finish',
    failureMode: 'scope-substitution',
    severity: 'error',
    rationale:
      'A claim was argued from the evidence as it was. When a re-run changes the score, the snapshot or the sample count, or the run behind the item errored or was cancelled, the case cites something other than what its claims were argued from, and nobody has yet said whether they still hold.',
    docs: `Reports evidence items cited on the decision path that
- carry a \`review\` marker: \`warrant evidence import\` writes one when a newer log for the same id changes the result, the measured snapshot, the sample counts or the run status, naming the claims that rest on the item (\`review.claims\`) and what changed (\`review.changes\`); or
- record an imported run that is not a completed result: \`provenance.status\` other than \`success\`, or \`provenance.invalidated: true\`.

Fix: review the claims named in the marker against the new result; when they still hold (or once they are reworded), remove the \`review\` block. For a run that did not finish, re-run it and re-import the log, or stop citing it as support.`,
    examples: {
      failing: ex(`    review:
      reason: "Re-imported from a newer log: snapshot (measured.build), result value changed."
      since: 2026-10-12
      claims: [G1]
      changes: ["snapshot (measured.build): m7-2026-09-11-rc2 -> m7-2026-10-02-rc4", "result value: 0.09 -> 0.14"]
`),
      passing: ex(''),
    },
    messages: {
      underReview:
        'Evidence {{item}}, cited on the decision path by {{citing}}, is marked for review since {{since}}: {{reason}}{{claims}}{{changes}}',
      notCompleted:
        'Evidence {{item}}, cited on the decision path by {{citing}}, comes from {{what}}; its scores are not a completed result.',
    },
    hints: {
      underReview:
        'Check that each claim named still holds on the new result (reword or re-argue it if not), then remove the review block from the item.',
      notCompleted:
        'Re-run the evaluation and re-import the log with `warrant evidence import`, or stop citing this item as support.',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const { item, citing } of pathItems(ctx)) {
      const p = item.provenance;
      if (item.review) {
        const claims = item.review.claims?.length ? ` Claims resting on it: ${listSome(item.review.claims)}.` : '';
        const changes = item.review.changes?.length ? ` Changes: ${listSome(item.review.changes, { sep: '; ' })}.` : '';
        out.push(
          report(this.meta, {
            messageId: 'underReview',
            data: {
              item: item.id,
              citing: listSome(citing),
              since: item.review.since,
              reason: item.review.reason,
              claims,
              changes,
            },
            at: { thing: item, path: ['review'] },
            target: item.id,
          }),
        );
      } else if (p && (p.status !== 'success' || p.invalidated)) {
        const what =
          p.status !== 'success'
            ? `a run that ended with status ${p.status}${p.error ? ` (${p.error.split('\n')[0]})` : ''}`
            : 'a log the framework marked invalidated';
        out.push(
          report(this.meta, {
            messageId: 'notCompleted',
            data: { item: item.id, citing: listSome(citing), what },
            at: { thing: item, path: ['provenance', p.status !== 'success' ? 'status' : 'invalidated'] },
            target: item.id,
          }),
        );
      }
    }
    return out;
  },
});
