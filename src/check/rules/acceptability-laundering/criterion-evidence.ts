// The earliest evidence bearing on a criterion: evidence cited below the
// claims that name the criterion or address one of its risks. Used to tell
// whether a threshold moved after results existed.
import type { Criterion, EvidenceItem } from '../../../model/case.js';
import type { CaseFacts } from '../facts.js';

export type EarliestEvidence = (k: Criterion) => EvidenceItem | undefined;

/** The lookup is built on the first call (most runs make none: no threshold was relaxed), once; each call walks only that criterion's branch. */
export function earliestEvidence(facts: CaseFacts): EarliestEvidence {
  let index: { byCriterion: Map<string, string[]>; byRisk: Map<string, string[]> } | undefined;
  const build = () => {
    const byCriterion = new Map<string, string[]>();
    const byRisk = new Map<string, string[]>();
    const add = (m: Map<string, string[]>, k: string, v: string) => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    for (const n of facts.nodesOf('claim')) {
      if (n.criteria) for (const k of n.criteria) add(byCriterion, k, n.id);
      if (n.addresses) for (const r of n.addresses) add(byRisk, r, n.id);
    }
    return { byCriterion, byRisk };
  };
  return (k) => {
    const { byCriterion, byRisk } = (index ??= build());
    const claims = [...(byCriterion.get(k.id) ?? []), ...(k.risks ?? []).flatMap((r) => byRisk.get(r) ?? [])];
    // The walk's order decides which of several equally early items is named.
    let first: EvidenceItem | undefined;
    for (const id of facts.below(claims))
      for (const item of facts.citedItems(id)) if (!first || item.date < first.date) first = item;
    return first;
  };
}
