// What the decision covers, and how to tell whether evidence measured the same
// thing: shared by the scope-substitution rules. Free-text fields (tiers,
// scaffolds, populations) are compared after light normalisation, leaning
// towards "same" so that an honest case is not flagged for its wording.
import type { ArgNode, EvidenceItem, NodeOf } from '../../../model/case.js';
import type { RuleContext } from '../types.js';

/** Lower case, single spaces, trimmed. */
export function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Lower case, hyphens and underscores as spaces, parenthesised asides dropped, single spaces. */
export function core(s: string): string {
  return norm(s.replace(/\([^)]*\)/g, ' ').replace(/[-_/]+/g, ' '));
}

/** True if the shorter text's core is the longer one's core, or a whole-word start of it. */
export function sameWords(a: string, b: string): boolean {
  const [x, y] = [core(a), core(b)].sort((p, q) => p.length - q.length) as [string, string];
  if (!x) return false;
  return y === x || y.startsWith(`${x} `) || y.startsWith(`${x},`) || y.startsWith(`${x};`);
}

/** Evidence about the deployed model or agent, not a trusted monitor or classifier with its own configuration. */
export function isSystemEvidence(e: EvidenceItem): boolean {
  const comp = e.measured?.component;
  return comp === undefined || comp === 'agent' || comp === 'model' || comp === 'other';
}

/** Justification nodes framing any of the nodes or anything above them. */
export function framingJustifications(ctx: RuleContext, nodeIds: readonly string[]): NodeOf<'justification'>[] {
  const out = new Map<string, NodeOf<'justification'>>();
  for (const id of nodeIds) {
    for (const n of ctx.facts.framing(id)) if (n.kind === 'justification') out.set(n.id, n);
  }
  return [...out.values()];
}

/** A justification whose `bridges` has an entry satisfying `pred`, framing one of the citing nodes. */
export function bridgingJustification(
  ctx: RuleContext,
  citing: readonly string[],
  pred: (b: { from: string; to: string }, j: NodeOf<'justification'>) => boolean,
): NodeOf<'justification'> | undefined {
  return framingJustifications(ctx, citing).find((j) => (j.bridges ?? []).some((b) => pred(b, j)));
}

/** A mitigated or refuted defeater that cites the item as counter-evidence and names `needle`: the gap was raised and answered. */
export function resolvedDefeaterNaming(ctx: RuleContext, itemId: string, needle: string): ArgNode | undefined {
  const n = norm(needle);
  for (const d of ctx.facts.citedBy().get(itemId) ?? []) {
    const node = ctx.case.nodes.get(d);
    if (node?.kind !== 'defeater' || (node.status !== 'mitigated' && node.status !== 'refuted')) continue;
    if (norm(`${node.text} ${node.resolution?.summary ?? ''}`).includes(n)) return node;
  }
  return undefined;
}

/** Items on the decision path with the evidence nodes citing them, in case order. */
export function pathItems(ctx: RuleContext): { item: EvidenceItem; citing: string[] }[] {
  const out: { item: EvidenceItem; citing: string[] }[] = [];
  for (const [id, citing] of ctx.facts.pathEvidence()) out.push({ item: ctx.case.evidence.get(id)!, citing });
  return out;
}

/** A list of ids for messages: "Sn1, Sn2". */
export function list(ids: readonly string[]): string {
  return ids.join(', ');
}
