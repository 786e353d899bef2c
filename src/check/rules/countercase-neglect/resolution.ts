// What counts as showing that a defeater's resolution works: shared by the
// rules that judge mitigated and refuted defeaters.
import type { Case, NodeOf } from '../../../model/case.js';
import type { CaseFacts } from '../facts.js';

/**
 * A predicate on resolution refs: true for an evidence item that does not
 * undermine, an evidence node, or a claim, strategy or defeater with evidence
 * somewhere below it. The reach is a shared fact, computed once per run in
 * O(nodes + links).
 */
export function showsWork(c: Case, facts: CaseFacts): (ref: string) => boolean {
  return (ref) => {
    const item = c.evidence.get(ref);
    if (item) return item.polarity !== 'undermines';
    return facts.restsOnEvidence(ref);
  };
}

/** The refs of a defeater's resolution, and those that show work. */
export function refsOf(d: NodeOf<'defeater'>, works: (ref: string) => boolean): { all: string[]; working: string[] } {
  const all = d.resolution?.refs ?? [];
  return { all, working: all.filter(works) };
}
