import type { RiskSeverity } from '../../../model/vocab.js';
import { listSome } from '../../../util/list-some.js';
import { severityRank } from '../facts.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import {
  covers,
  describeScopes,
  independentCoverage,
  independentReviewers,
  isExternalEvidence,
} from './independence.js';

const HIGH = severityRank('high');

const CASE = (extra: string) => `risks:
  risk-exfil: { title: Weight exfiltration by the agent, pathway: weight-theft, severity: critical }
argument:
  G1: { kind: claim, text: The agent cannot reach weight storage., addresses: [risk-exfil], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: IAM review and sandbox pentest, evidence: [E1] }
evidence:
  E1: { title: Sandbox and IAM penetration test, kind: security-control, source_type: internal-test, date: 2026-10-01, produced_by: Security Engineering, polarity: supports${extra} }
`;

export const internalEvidenceOnlyHighSeverity = defineRule({
  meta: {
    id: 'reviewer-capture/internal-evidence-only-high-severity',
    title: 'High-severity branch resting only on internal evidence that no independent reviewer covered',
    failureMode: 'reviewer-capture',
    severity: 'error',
    rationale:
      'When every piece of evidence for a high or critical risk was produced by the developer and nobody independent of it reviewed that part of the case, the developer is the only check on its own claim about the risks it most needs to get right. An external review of other parts of the case does not change that.',
    docs: `Reports each claim that addresses a \`high\` or \`critical\` risk (its own \`addresses\`, or a claim above it) whose evidence, every item cited by evidence nodes below it, is internal, and that no independent reviewer covered. Evidence is external if the item has \`external: true\` or \`replicated: true\`, its \`source_type\` is \`third-party-evaluation\`, or its \`kind\` is \`external-audit\`. Claims with no evidence below are left to the paper-safety rules. Only the topmost such claim in a branch is reported.

A reviewer is independent when their \`independent_of\` lists \`model-developer\`, or, without that list, when they are marked \`external: true\`. What their review covers is their \`reviewed\` scope: \`whole-case\`; the claims it lists and everything below them; the claims addressing the risks it lists and everything below them; a claim all of whose evidence items it lists. A reviewer with no \`reviewed\` covers the whole case in a format-1 case (as format 1 read it) and nothing in particular in a format-2 case.

Fix: have the evidence replicated or produced by a third party (mark it \`external\` or \`replicated\`), or have an independent reviewer review this branch and record it in their \`reviewed\`.`,
    examples: {
      failing: CASE(''),
      passing: CASE(', replicated: true'),
    },
    messages: {
      internalOnly:
        'Claim {{claim}} is on a {{severity}}-severity branch, every item of evidence below it is internal ({{shown}}), and no reviewer is independent of the developer.',
      notCovered:
        'Claim {{claim}} is on a {{severity}}-severity branch and every item of evidence below it is internal ({{shown}}), but no independent reviewer covered it: {{reviewers}}.',
    },
    hints: {
      internalOnly:
        'Have the key evidence replicated or produced by a third party (mark it external or replicated), or add a reviewer independent of the developer (independent_of: [model-developer]) who reviews this branch.',
      notCovered:
        'Have the key evidence replicated or produced by a third party (mark it external or replicated), or have an independent reviewer review {{claim}} and list it (or its risk) in their `reviewed`.',
    },
  },
  run({ case: c, facts }) {
    const independent = independentReviewers(c);
    const coverage = independentCoverage(c, facts);
    if (coverage.whole) return [];
    const severe = (s: RiskSeverity | undefined) => s !== undefined && severityRank(s) >= HIGH;
    const resting = facts
      .nodesOf('claim')
      .filter((n) => severe(facts.branchSeverity(n.id)) && facts.restsOnEvidence(n.id));
    // Most cases have no such claim: the external evidence is looked for only when one does.
    if (resting.length === 0) return [];
    const withExternal = facts
      .nodesOf('evidence')
      .filter((n) => facts.citedItems(n.id).some(isExternalEvidence))
      .map((n) => n.id);
    const restsOnExternal = facts.above(withExternal);
    const internalOnly = resting
      .filter((n) => !restsOnExternal.has(n.id))
      .filter((n) => !covers(coverage, facts, n.id));
    // The topmost only: everything below an internal-only claim is internal-only too.
    const inner = facts.under(internalOnly.map((n) => n.id));
    const out: Finding[] = [];
    for (const n of internalOnly) {
      if (inner.has(n.id)) continue;
      const id = n.id;
      const items = facts.evidenceBelow(id).map((e) => e.id);
      const shown = listSome(items);
      const severity = facts.branchSeverity(id)!;
      out.push(
        independent.length === 0
          ? report(this.meta, {
              messageId: 'internalOnly',
              data: { claim: id, severity, shown },
              at: { thing: n },
              target: id,
            })
          : report(this.meta, {
              messageId: 'notCovered',
              data: { claim: id, severity, shown, reviewers: describeScopes(c) },
              at: { thing: n },
              target: id,
            }),
      );
    }
    return out;
  },
});
