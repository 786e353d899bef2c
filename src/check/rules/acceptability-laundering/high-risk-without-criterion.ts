import { excludedRisks } from '../../exclusions.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { acceptability, argument, RISKS } from './examples.js';

const SECOND =
  '  risk-scan: { title: Browsing used to scan third-party sites at scale, pathway: cyber, severity: critical }\n';

export const highRiskWithoutCriterion = defineRule({
  meta: {
    id: 'acceptability-laundering/high-risk-without-criterion',
    title: 'High or critical risk with no acceptability criterion',
    failureMode: 'acceptability-laundering',
    severity: 'warning',
    rationale:
      'Criteria for the easy risks and none for the hardest leaves "acceptable" undefined exactly where it matters. Every high or critical risk needs a bar the evidence could fail.',
    docs: `When the case has acceptability criteria, reports each \`high\` or \`critical\` risk that no criterion governs: no criterion lists it in \`risks\`, and no claim that addresses it names a criterion in \`criteria\`. A risk the case excludes (\`case.out_of_scope\`) is not reported. (A case with no criteria at all is \`acceptability-laundering/no-acceptability-criteria\`.)

Fix: add a criterion for the risk, with an operational threshold, and list the risk in its \`risks\`.`,
    examples: {
      failing:
        RISKS +
        SECOND +
        acceptability() +
        argument()
          .replace(
            'evidence:\n',
            '  G2: { kind: claim, text: Browsing cannot be used to scan sites at scale., addresses: [risk-scan], undeveloped: true }\nevidence:\n',
          )
          .replace('supported_by: [Sn1] }', 'supported_by: [Sn1, G2] }'),
      passing: RISKS + acceptability() + argument(),
    },
    messages: {
      noCriterion:
        'Risk {{risk}} is {{severity}}, but no acceptability criterion governs it: none lists it in risks, and no claim addressing it names a criterion.',
    },
    hints: {
      noCriterion: 'Add a criterion with an operational threshold for {{risk}} and list the risk in its risks.',
    },
  },
  run({ case: c, facts }) {
    if (c.criteria.size === 0) return [];
    const governed = new Set<string>(excludedRisks(c));
    for (const k of c.criteria.values()) for (const r of k.risks ?? []) governed.add(r);
    for (const n of facts.nodesOf('claim')) {
      if (n.criteria?.some((k) => c.criteria.has(k))) for (const r of n.addresses ?? []) governed.add(r);
    }
    const out: Finding[] = [];
    for (const r of c.risks.values()) {
      if ((r.severity !== 'high' && r.severity !== 'critical') || governed.has(r.id)) continue;
      out.push(
        report(this.meta, {
          messageId: 'noCriterion',
          data: { risk: r.id, severity: r.severity },
          at: { thing: r, path: ['severity'] },
          target: r.id,
        }),
      );
    }
    return out;
  },
});
