import type { RiskSeverity } from '../../../model/vocab.js';
import { listSome } from '../../../util/list-some.js';
import { severityRank } from '../facts.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { hasExternalReviewer, isExternalEvidence } from './independence.js';

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
    title: 'High-severity branch resting only on internal evidence, with no external reviewer',
    failureMode: 'reviewer-capture',
    severity: 'error',
    rationale:
      'When every piece of evidence for a high or critical risk was produced by the developer and nobody outside has reviewed the case, the developer is the only check on its own claim about the risks it most needs to get right.',
    docs: `When no reviewer is marked \`external: true\`, reports each claim that addresses a \`high\` or \`critical\` risk (its own \`addresses\`, or a claim above it) whose evidence, every item cited by evidence nodes below it, is internal. Evidence is external if the item has \`external: true\` or \`replicated: true\`, its \`source_type\` is \`third-party-evaluation\`, or its \`kind\` is \`external-audit\`. Claims with no evidence below are left to the paper-safety rules. Only the topmost such claim in a branch is reported.

Fix: have the evidence replicated or produced by a third party (mark it \`external\` or \`replicated\`), or add an external reviewer who examined this branch.`,
    examples: {
      failing: CASE(''),
      passing: CASE(', replicated: true'),
    },
    messages: {
      internalOnly:
        'Claim {{claim}} is on a {{severity}}-severity branch, every item of evidence below it is internal ({{shown}}), and no reviewer is external.',
    },
    hints: {
      internalOnly:
        'Have the key evidence replicated or produced by a third party (mark it external or replicated), or add an external reviewer (external: true) who examined this branch.',
    },
  },
  run({ case: c, facts }) {
    if (hasExternalReviewer(c)) return [];
    const severe = (s: RiskSeverity | undefined) => s !== undefined && severityRank(s) >= HIGH;
    const withExternal = facts
      .nodesOf('evidence')
      .filter((n) => facts.citedItems(n.id).some(isExternalEvidence))
      .map((n) => n.id);
    const restsOnExternal = facts.above(withExternal);
    const internalOnly = facts
      .nodesOf('claim')
      .filter((n) => severe(facts.branchSeverity(n.id)) && facts.restsOnEvidence(n.id) && !restsOnExternal.has(n.id));
    // The topmost only: everything below an internal-only claim is internal-only too.
    const inner = facts.under(internalOnly.map((n) => n.id));
    const out: Finding[] = [];
    for (const n of internalOnly) {
      if (inner.has(n.id)) continue;
      const id = n.id;
      const items = facts.evidenceBelow(id).map((e) => e.id);
      const shown = listSome(items);
      out.push(
        report(this.meta, {
          messageId: 'internalOnly',
          data: { claim: id, severity: facts.branchSeverity(id)!, shown },
          at: { thing: n },
          target: id,
        }),
      );
    }
    return out;
  },
});
