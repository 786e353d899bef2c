import type { NodeOf } from '../../../model/case.js';
import { WHOLE_CASE } from '../../../model/vocab.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import {
  covers,
  describeScopes,
  highRisks,
  independentCoverage,
  independentReviewers,
  isExternalEvidence,
  scopeOf,
} from './independence.js';

const CASE = (reviewed: string) => `  reviewers:
    - { name: Ruth Kessler, organisation: Greyhaven Assurance LLP, independent_of: [authors, model-developer], reviewed: ${reviewed} }
risks:
  risk-exfil: { title: Secret exfiltration through tool calls, pathway: weight-theft, severity: high }
  risk-sabotage: { title: Sabotage of safety research code, pathway: sabotage, severity: critical }
argument:
  G0: { kind: claim, text: The research agent is acceptably safe to deploy internally., supported_by: [G1, G2] }
  G1: { kind: claim, text: Tool calls cannot carry secrets out of the sandbox., addresses: [risk-exfil], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Egress pentest, evidence: [E1] }
  G2: { kind: claim, text: Sabotage attempts in research code are caught before merge., addresses: [risk-sabotage], supported_by: [Sn2] }
  Sn2: { kind: evidence, text: Control evaluation and its replication, evidence: [E2, E3] }
evidence:
  E1: { title: Egress penetration test, kind: security-control, source_type: third-party-evaluation, date: 2026-09-01, produced_by: Greyhaven Assurance LLP, polarity: supports }
  E2: { title: Sabotage control evaluation, kind: control-evaluation, source_type: internal-test, date: 2026-09-03, produced_by: Northwind Agent Safety, polarity: supports }
  E3: { title: Replication of the sabotage control evaluation, kind: control-evaluation, source_type: third-party-evaluation, date: 2026-09-20, produced_by: Calder Institute, polarity: supports, external: true }
`;

export const highRiskOutsideReviewScope = defineRule({
  meta: {
    id: 'reviewer-capture/high-risk-outside-review-scope',
    title: 'High or critical risk that no independent reviewer reviewed',
    failureMode: 'reviewer-capture',
    severity: 'warning',
    rationale:
      '"Reviewed by an external party" is a claim about what was reviewed. When the independent reviewers state what they reviewed and a high or critical risk is not in it, the developer\'s own evidence for that risk, and how the argument combines it with a third party\'s, was checked by nobody outside the developer.',
    docs: `Reports each \`high\` or \`critical\` risk the case does not exclude when the case has reviewers independent of the developer, at least one of them states a \`reviewed\` scope, none reviewed the whole case, and none of the claims addressing the risk is covered by what they reviewed (as \`reviewer-capture/internal-evidence-only-high-severity\` reads coverage).

Only a risk whose evidence (every item below its claims) is part internal, part external is reported: the internal part was checked by nobody outside the developer. Left to other rules, or not reported: a risk whose evidence is all internal (\`reviewer-capture/internal-evidence-only-high-severity\` reports its claims, as an error); one whose evidence is all external (the third parties that produced it checked it); one with no evidence (the paper-safety rules); a case with no independent reviewer (\`reviewer-capture/no-external-reviewer\`); a case whose independent reviewers state no scope at all (their review covers nothing in particular, and nothing says which risks they missed).

Fix: have an independent reviewer review the risk's argument and add the risk to their \`reviewed\`, or say in the case why it was not reviewed independently.`,
    examples: {
      failing: CASE('{ risks: [risk-exfil] }'),
      passing: CASE('{ risks: [risk-exfil, risk-sabotage] }'),
    },
    messages: {
      outside:
        'Risk {{risk}} ({{severity}}) is argued by {{claims}} in part on internal evidence ({{internal}}), and no independent reviewer reviewed it: {{reviewers}}.',
    },
    hints: {
      outside:
        'Have an independent reviewer review the argument for {{risk}} and add it to their `reviewed`, or say in the case why it was not reviewed independently.',
    },
  },
  run({ case: c, facts }) {
    const scopes = independentReviewers(c).map((r) => scopeOf(c, r));
    if (scopes.includes(WHOLE_CASE) || !scopes.some((s) => s !== undefined)) return [];
    const cov = independentCoverage(c, facts);
    const out: Finding[] = [];
    // Described once, for the first finding: the same for every risk.
    let reviewers: string | undefined;
    // The claims addressing each risk, in one pass over the claims.
    const addressing = new Map<string, NodeOf<'claim'>[]>();
    for (const n of facts.nodesOf('claim'))
      for (const r of n.addresses ?? []) {
        const list = addressing.get(r);
        if (list) list.push(n);
        else addressing.set(r, [n]);
      }
    for (const id of highRisks(c)) {
      const claims = addressing.get(id) ?? [];
      if (!claims.length || claims.some((n) => covers(cov, facts, n.id))) continue;
      // All-internal branches are internal-evidence-only-high-severity's, evidence-free ones paper safety's;
      // an all-external branch was checked by the third parties that produced it.
      const items = [...new Set(claims.flatMap((n) => facts.evidenceBelow(n.id)))];
      const internal = items.filter((e) => !isExternalEvidence(e));
      if (!internal.length || internal.length === items.length) continue;
      const risk = c.risks.get(id)!;
      out.push(
        report(this.meta, {
          messageId: 'outside',
          data: {
            risk: id,
            severity: risk.severity,
            claims: listSome(claims.map((n) => n.id)),
            internal: listSome(internal.map((e) => e.id)),
            reviewers: (reviewers ??= describeScopes(c)),
          },
          at: { thing: risk },
          target: id,
        }),
      );
    }
    return out;
  },
});
