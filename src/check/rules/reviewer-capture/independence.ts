// What counts as independent: evidence produced or replicated outside the
// developer, and reviewers independent of the model's developer. Since format
// 2, "reviewed by an external party" is asked of one risk or item: what each
// independent reviewer reviewed decides what their review covers.
import type { Case, EvidenceItem } from '../../../model/case.js';
import type { NodeSet } from '../../../model/graph.js';
import type { Reviewer } from '../../../model/schema.js';
import { WHOLE_CASE } from '../../../model/vocab.js';
import { listSome } from '../../../util/list-some.js';
import { excludedRisks } from '../../exclusions.js';
import type { CaseFacts } from '../facts.js';

/** Evidence produced or replicated outside the developer. */
export function isExternalEvidence(e: EvidenceItem): boolean {
  return (
    e.external === true ||
    e.replicated === true ||
    e.source_type === 'third-party-evaluation' ||
    e.kind === 'external-audit'
  );
}

/**
 * A reviewer independent of the model's developer: `independent_of` lists
 * `model-developer`, or, where the reviewer gives no such list, `external: true`.
 * A list, when given, is the whole answer: an external firm paid to red-team
 * the model is external, and says whether it is independent.
 */
export function isIndependentReviewer(r: Reviewer): boolean {
  return r.independent_of ? r.independent_of.includes('model-developer') : r.external === true;
}

export function independentReviewers(c: Case): Reviewer[] {
  return (c.header.value.reviewers ?? []).filter(isIndependentReviewer);
}

export function hasExternalReviewer(c: Case): boolean {
  return independentReviewers(c).length > 0;
}

/** The case's high and critical risks that it does not exclude, in case order. */
export function highRisks(c: Case): string[] {
  const excluded = excludedRisks(c);
  return [...c.risks.values()]
    .filter((r) => (r.severity === 'high' || r.severity === 'critical') && !excluded.has(r.id))
    .map((r) => r.id);
}

/**
 * What a reviewer reviewed, as the rules read it. A reviewer who states no
 * scope reviewed the whole case in format 1 (which had no way to say less);
 * in format 2 their scope is unknown, and their review covers nothing in
 * particular.
 */
export function scopeOf(c: Case, r: Reviewer): Reviewer['reviewed'] {
  return r.reviewed ?? (c.format === 1 ? WHOLE_CASE : undefined);
}

/** What the independent reviewers' reviews cover, together. */
export interface ReviewCoverage {
  /** Someone independent reviewed the whole case. */
  whole: boolean;
  /** Nodes covered: the claims reviewed, the claims addressing the risks reviewed, and all below them. */
  nodes: NodeSet;
  /** Evidence items reviewed one by one. */
  items: ReadonlySet<string>;
}

export function independentCoverage(c: Case, facts: CaseFacts): ReviewCoverage {
  return coverageOf(c, facts, independentReviewers(c));
}

/** What the reviews of these reviewers cover, together. */
export function coverageOf(c: Case, facts: CaseFacts, reviewers: readonly Reviewer[]): ReviewCoverage {
  const scopes = reviewers.map((r) => scopeOf(c, r));
  const roots: string[] = [];
  const items = new Set<string>();
  const risks = new Set<string>();
  for (const s of scopes) {
    if (s === undefined || s === WHOLE_CASE) continue;
    roots.push(...(s.claims ?? []));
    for (const id of s.risks ?? []) risks.add(id);
    for (const id of s.evidence ?? []) items.add(id);
  }
  if (risks.size) for (const n of facts.nodesOf('claim')) if (n.addresses?.some((r) => risks.has(r))) roots.push(n.id);
  return { whole: scopes.includes(WHOLE_CASE), nodes: facts.below(roots), items };
}

/** True if the coverage takes in the node: it is in a reviewed branch, or every item below it was reviewed. */
export function covers(cov: ReviewCoverage, facts: CaseFacts, node: string): boolean {
  if (cov.whole || cov.nodes.has(node)) return true;
  if (cov.items.size === 0) return false;
  const items = facts.evidenceBelow(node);
  return items.length > 0 && items.every((e) => cov.items.has(e.id));
}

/** True if the coverage takes in the evidence item: reviewed as an item, or cited by a node in a reviewed branch. */
export function coversItem(cov: ReviewCoverage, item: string, citing: readonly string[]): boolean {
  return cov.whole || cov.items.has(item) || citing.some((n) => cov.nodes.has(n));
}

/** Each independent reviewer and what they reviewed, for messages: "Ruth Kessler (risks risk-exfil)"; five at most. */
export function describeScopes(c: Case): string {
  return listSome(
    independentReviewers(c).map((r) => {
      const s = scopeOf(c, r);
      if (s === undefined) return `${r.name} (no scope stated)`;
      if (s === WHOLE_CASE) return `${r.name} (the whole case)`;
      const parts = [
        s.risks?.length ? `risks ${listSome(s.risks)}` : '',
        s.claims?.length ? `claims ${listSome(s.claims)}` : '',
        s.evidence?.length ? `evidence ${listSome(s.evidence)}` : '',
      ].filter(Boolean);
      return `${r.name} (${parts.join('; ') || 'nothing listed'})`;
    }),
    { noun: 'reviewers' },
  );
}
