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
    // Node numbers and the citation index; the walk's order decides which of several equally early items is named.
    const { citeStart, citeList, items } = facts.citeIndex();
    let first: EvidenceItem | undefined;
    for (const i of facts.walkBelow(claims.map((id) => facts.num(id)))) {
      for (let e = citeStart[i]!; e < citeStart[i + 1]!; e++) {
        const item = items[citeList[e]!]!;
        if (!first || item.date < first.date) first = item;
      }
    }
    return first;
  };
}
