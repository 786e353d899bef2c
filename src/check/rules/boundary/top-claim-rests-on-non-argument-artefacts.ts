import { report } from '../messages.js';
import { defineRule } from '../types.js';
import { isNonArgument, listKinds } from './artefacts.js';

const arg = `argument:
  G1: { kind: claim, text: Launching build m7-rc2 on the public API does not pose unacceptable cyber risk., supported_by: [S1] }
  S1: { kind: strategy, text: Argue from published results., supported_by: [Sn1, Sn2] }
  Sn1: { kind: evidence, text: CTF benchmark, evidence: [E1] }
  Sn2: { kind: evidence, text: System card, evidence: [E2] }
`;
const items = (kind: string) => `evidence:
  E1: { title: Public CTF benchmark score, kind: benchmark-score, source_type: internal-test, date: 2026-10-01, produced_by: Evals team, polarity: supports, result: { metric: solve rate, value: 0.12 } }
  E2: { title: m7 cyber range evaluation, kind: ${kind}, source_type: internal-test, date: 2026-10-03, produced_by: Evals team, polarity: supports, result: { metric: full chains completed, value: 0, sample_size: 180 } }
`;

export const topClaimRestsOnNonArgumentArtefacts = defineRule({
  meta: {
    id: 'boundary/top-claim-rests-on-non-argument-artefacts',
    title: 'Top claim rests only on artefacts that are not arguments',
    failureMode: 'boundary',
    severity: 'error',
    rationale:
      'A benchmark score, a model or system card, a risk register, a framework, a certificate or a regulator filing is not a safety case: none of them argues that this system is acceptably safe for this decision. A top claim that rests on nothing else is a document list, not an argument.',
    docs: `Reports the top claim when every evidence item cited by evidence nodes below it (along \`supported_by\`) has one of the kinds \`benchmark-score\`, \`model-card\`, \`system-card\`, \`risk-register\`, \`framework\`, \`certificate\` or \`regulator-filing\`. Counter-evidence cited by defeaters is not counted. A case that cites no evidence at all is left to \`paper-safety/leaf-claim-without-evidence\`.

Fix: support the top claim with evidence about the system decided on (capability or control evaluations, red teams, monitoring performance, security controls, audits, telemetry). The artefacts may stay in the registry and be cited for what they are.`,
    examples: {
      failing: arg + items('system-card'),
      passing: arg + items('capability-evaluation'),
    },
    messages: {
      onlyArtefacts: 'Top claim {{claim}} rests only on artefacts that are not arguments about the system: {{items}}.',
    },
    hints: {
      onlyArtefacts:
        'Support the top claim with evidence about the system decided on (evaluations, red teams, monitoring, security controls, audits), and cite the artefacts for what they are.',
    },
  },
  run({ facts }) {
    const top = facts.top();
    if (!top) return [];
    // What the decision path cites is what lies below the top claim.
    const items = facts.pathItems().map((p) => p.item);
    if (items.length === 0 || !items.every(isNonArgument)) return [];
    return [
      report(this.meta, {
        messageId: 'onlyArtefacts',
        data: { claim: top.id, items: listKinds(items) },
        at: { thing: top, path: ['text'] },
        target: top.id,
      }),
    ];
  },
});
