import { listSome } from '../../../util/list-some.js';
import { excludedRisks } from '../../exclusions.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

export const riskWithoutDevelopedArgument = defineRule({
  meta: {
    id: 'evidence-gaps/risk-without-developed-argument',
    title: 'Risk addressed only by undeveloped or evidence-free claims',
    failureMode: 'evidence-gaps',
    severity: 'warning',
    rationale:
      'Naming a claim against a risk is not arguing it. If every claim that addresses a risk is undeveloped, or rests on no evidence at all, the risk model lists a harm the case has not actually answered.',
    docs: `Reports a risk for which every claim on the decision path that names it in \`addresses\` is undeveloped or has no evidence item anywhere below it (following \`supported_by\` and module \`develops\`). Claims that address the risk but are not on the decision path (not below the top claim) do not count. A risk that no claim addresses at all is the structural check S24 and is not reported again here; a risk the case excludes (\`case.out_of_scope\`) is not reported.

Fix: develop at least one addressing claim down to evidence (an evaluation, red team, control test...), or, if the risk is knowingly left open, say so in the decision's residual risk and conditions.`,
    examples: {
      failing: `risks:
  R1: { title: Scaled phishing content, pathway: manipulation, severity: medium }
argument:
  G1: { kind: claim, text: Launching the model does not create unacceptable risk., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3] }
  G2: { kind: claim, text: Phishing uplift is within the accepted residual harm., addresses: [R1], undeveloped: true }
  G3: { kind: claim, text: The service meets availability targets., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Load test, evidence: [E1] }
evidence:
  E1: { title: Load test, kind: telemetry, source_type: internal-test, date: 2026-10-01, produced_by: SRE, polarity: supports }
`,
      passing: `risks:
  R1: { title: Scaled phishing content, pathway: manipulation, severity: medium }
argument:
  G1: { kind: claim, text: Launching the model does not create unacceptable risk., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each risk., supported_by: [G2] }
  G2: { kind: claim, text: Phishing uplift is within the accepted residual harm., addresses: [R1], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Phishing red team, evidence: [E1] }
evidence:
  E1: { title: Phishing red team, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Red team, polarity: supports }
`,
    },
    messages: {
      undevelopedRisk: 'Risk {{risk}} ({{severity}}) is addressed only by claims that no evidence supports: {{parts}}.',
    },
    hints: {
      undevelopedRisk:
        "Develop at least one claim that addresses this risk down to evidence, or record the risk as knowingly open in the decision's residual risk and conditions.",
    },
  },
  run({ case: c, facts }) {
    if (!facts.top()) return [];
    const addressing = new Map<string, { onPath: string[]; offPath: string[] }>();
    for (const n of facts.nodesOf('claim')) {
      if (!n.addresses) continue;
      for (const r of n.addresses) {
        let a = addressing.get(r);
        if (!a) addressing.set(r, (a = { onPath: [], offPath: [] }));
        (facts.onDecisionPath(n.id) ? a.onPath : a.offPath).push(n.id);
      }
    }
    // Evidence below, along supported_by and module `develops` (a template's undeveloped node is developed by the extending module).
    const evidenced = (id: string) => facts.restsOnEvidence(id, { modules: true });
    const out: Finding[] = [];
    const excluded = excludedRisks(c);
    for (const risk of c.risks.values()) {
      if (excluded.has(risk.id)) continue;
      const a = addressing.get(risk.id);
      if (!a) continue; // S24
      if (a.onPath.some(evidenced)) continue;
      const describe = (id: string) => {
        const n = c.nodes.get(id)!;
        return `${id} (${n.kind === 'claim' && n.undeveloped ? 'undeveloped' : 'no evidence below'})`;
      };
      const parts = [
        ...(a.onPath.length ? [`on the decision path: ${listSome(a.onPath.map(describe))}`] : []),
        ...(a.offPath.length ? [`off the decision path: ${listSome(a.offPath)}`] : []),
      ];
      out.push(
        report(this.meta, {
          messageId: 'undevelopedRisk',
          data: { risk: risk.id, severity: risk.severity, parts: parts.join('; ') },
          at: { thing: risk },
          target: risk.id,
        }),
      );
    }
    return out;
  },
});
