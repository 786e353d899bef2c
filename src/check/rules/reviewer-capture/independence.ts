// What counts as independent: evidence produced or replicated outside the
// developer, and reviewers marked external.
import type { Case, EvidenceItem } from '../../../model/case.js';

/** Evidence produced or replicated outside the developer. */
export function isExternalEvidence(e: EvidenceItem): boolean {
  return (
    e.external === true ||
    e.replicated === true ||
    e.source_type === 'third-party-evaluation' ||
    e.kind === 'external-audit'
  );
}

export function hasExternalReviewer(c: Case): boolean {
  return (c.header.value.reviewers ?? []).some((r) => r.external === true);
}

/** The case's high and critical risks, in case order. */
export function highRisks(c: Case): string[] {
  return [...c.risks.values()].filter((r) => r.severity === 'high' || r.severity === 'critical').map((r) => r.id);
}
