import { report } from '../messages.js';
import { directlySupportedClaims, planOnlySupport } from '../paper-safety/plans.js';
import { defineRule, type Finding } from '../types.js';
import { isNonArgument, listKinds } from './artefacts.js';

const arg = (kind: string) => `argument:
  G1: { kind: claim, text: Deploying build m7-rc2 to verified researchers keeps bio misuse risk acceptable., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over capability and safeguards., supported_by: [G2, G3] }
  G2: { kind: claim, text: The model is below the bio uplift threshold., supported_by: [Sn2] }
  Sn2: { kind: evidence, text: Bio knowledge results, evidence: [E2] }
  G3: { kind: claim, text: The refusal classifier blocks at least 95% of synthesis requests., supported_by: [Sn3] }
  Sn3: { kind: evidence, text: Classifier results, evidence: [E3] }
evidence:
  E2: { title: Bio uplift evaluation, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Evals team, polarity: supports, result: { metric: uplift, value: 0.02, sample_size: 300 } }
  E3: { title: BioGuard recall, kind: ${kind}, source_type: internal-test, date: 2026-10-02, produced_by: Safeguards team, polarity: supports, result: { metric: recall, value: 0.97 } }
`;

export const claimRestsOnNonArgumentArtefact = defineRule({
  meta: {
    id: 'boundary/claim-rests-on-non-argument-artefact',
    title: 'Claim rests only on artefacts that are not arguments',
    failureMode: 'boundary',
    severity: 'warning',
    rationale:
      'A claim about the deployed system that rests only on a benchmark score, a model or system card, a certificate or a filing borrows the authority of a document without its argument: the document was written for another purpose, usually about another configuration.',
    docs: `Reports a claim on the decision path whose direct support (its evidence nodes, directly or through strategies) cites only items of the kinds \`benchmark-score\`, \`model-card\`, \`system-card\`, \`risk-register\`, \`framework\`, \`certificate\` or \`regulator-filing\`, when anything else below it is undeveloped (so those artefacts are all it rests on). A claim with a developed sub-claim is judged through that sub-claim.

Not reported, to avoid saying the same thing twice:
- any claim when \`boundary/top-claim-rests-on-non-argument-artefacts\` reports the top claim (the whole case rests on artefacts: one finding says so);
- a claim that \`paper-safety/plan-as-evidence\` reports (frameworks and risk registers offered as proof that something was achieved).

Fix: add evidence about the system decided on (an evaluation, red team, monitoring result or audit of this build and configuration), or restate the claim as what the artefact shows ("the system card reports ...").`,
    examples: {
      failing: arg('benchmark-score'),
      passing: arg('monitoring-performance'),
    },
    messages: {
      onlyArtefacts: 'Claim {{claim}} rests only on artefacts that are not arguments about the system: {{items}}.',
    },
    hints: {
      onlyArtefacts:
        'Add evidence about the system decided on for {{claim}} (an evaluation, red team, monitoring result or audit of this build), or restate the claim as what the artefact itself shows.',
    },
  },
  run(ctx) {
    const { facts } = ctx;
    const out: Finding[] = [];
    // What the decision path cites is what lies below the top claim.
    const below = facts.pathItems();
    if (below.length > 0 && below.every((p) => isNonArgument(p.item))) return [];
    // A claim reported rests only on such artefacts, all of them on the path.
    if (!below.some((p) => isNonArgument(p.item))) return [];
    for (const support of directlySupportedClaims(ctx)) {
      const { claim: n, items } = support;
      if (!items.every(isNonArgument)) continue;
      if (planOnlySupport(ctx, support)) continue;
      out.push(
        report(this.meta, {
          messageId: 'onlyArtefacts',
          data: { claim: n.id, items: listKinds(items) },
          at: { thing: n, path: ['supported_by'] },
          target: n.id,
        }),
      );
    }
    return out;
  },
});
