// What counts as showing that a defeater's resolution works: shared by the
// rules that judge mitigated and refuted defeaters.
import type { Case, NodeOf } from '../../../model/case.js';
import type { CaseFacts } from '../facts.js';

/**
 * A predicate on resolution refs: true for an evidence item that does not
 * undermine, an evidence node, or a claim, strategy or defeater with evidence
 * somewhere below it. Built once per run in O(nodes + links).
 */
export function showsWork(c: Case, facts: CaseFacts): (ref: string) => boolean {
  // Two rules ask in each run; the facts object lives for one run, so it keys the cache.
  let works = cache.get(facts);
  if (!works) cache.set(facts, (works = build(c, facts)));
  return works;
}

const cache = new WeakMap<CaseFacts, (ref: string) => boolean>();

function build(c: Case, facts: CaseFacts): (ref: string) => boolean {
  const evidenceNodes: string[] = [];
  for (const n of c.nodes.values()) {
    if (n.kind === 'evidence' && (n.evidence ?? []).some((e) => c.evidence.has(e))) evidenceNodes.push(n.id);
  }
  const restsOnEvidence = facts.aboveAll(evidenceNodes);
  return (ref) => {
    const item = c.evidence.get(ref);
    if (item) return item.polarity !== 'undermines';
    return restsOnEvidence.has(ref);
  };
}

/** The refs of a defeater's resolution, and those that show work. */
export function refsOf(d: NodeOf<'defeater'>, works: (ref: string) => boolean): { all: string[]; working: string[] } {
  const all = d.resolution?.refs ?? [];
  return { all, working: all.filter(works) };
}
