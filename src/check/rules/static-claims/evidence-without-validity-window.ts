import type { EvidenceKind } from '../../../model/vocab.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

/** Evidence about capabilities and controls, which goes stale as models, scaffolds and attackers change. */
const PERISHABLE: ReadonlySet<EvidenceKind> = new Set<EvidenceKind>([
  'capability-evaluation',
  'red-team',
  'control-evaluation',
]);

const ex = (window: string) => `argument:
  G1: { kind: claim, text: Jailbreaks succeed in under 2% of attempts against the classifier (upper 95% bound)., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Red team, evidence: [E1] }
evidence:
  E1: { title: Universal jailbreak red team, kind: red-team, source_type: third-party-evaluation, date: 2026-09-01,${window} produced_by: Ashgrove Institute, external: true, polarity: supports, result: { metric: success rate, value: 0.004, interval: [0, 0.015], sample_size: 500 } }
`;

export const evidenceWithoutValidityWindow = defineRule({
  meta: {
    id: 'static-claims/evidence-without-validity-window',
    title: 'Evaluation with no validity window',
    failureMode: 'static-claims',
    severity: 'info',
    rationale:
      'Capability, red-team and control evaluations go stale as elicitation methods and attacks improve. Without an expiry or a validity window, nobody can tell from the case when one should be re-run, and stale-evidence checks cannot judge it.',
    docs: `Reports an evidence item of kind \`capability-evaluation\`, \`red-team\` or \`control-evaluation\`, cited by an evidence node on the decision path, that has neither \`expires\` nor \`valid_for_days\`.

Fix: set \`valid_for_days\` (how long the result can be relied on, given how fast the relevant methods move) or \`expires\`.`,
    examples: {
      failing: ex(''),
      passing: ex(' valid_for_days: 180,'),
    },
    messages: {
      noValidityWindow:
        'Evidence item {{item}} ({{kind}}, dated {{date}}), cited by {{citing}} on the path to the top claim, has no expiry and no validity window, so its staleness cannot be judged.',
    },
    hints: {
      noValidityWindow:
        'Give {{item}} `valid_for_days` or `expires`: how long its result can be relied on as methods and attacks improve.',
    },
  },
  run({ facts }) {
    const out: Finding[] = [];
    for (const { item: e, citing: citers } of facts.pathItems()) {
      const id = e.id;
      if (!PERISHABLE.has(e.kind) || e.expires !== undefined || e.valid_for_days !== undefined) continue;
      out.push(
        report(this.meta, {
          messageId: 'noValidityWindow',
          data: { item: id, kind: e.kind, date: e.date, citing: listSome(citers) },
          at: { thing: e },
          target: id,
        }),
      );
    }
    return out;
  },
});
