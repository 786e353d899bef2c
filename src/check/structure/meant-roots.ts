// A dangling reference's cascade: when `supported_by: [S1]` names no node and
// S2 is what was meant, S2 is top-level only because of the slip, so "S2 is a
// second top-level node" (S09) and "the top-level node S2 is a strategy" (S10)
// follow from the dangling reference (S07) and their hints ("link S2 into the
// argument, or remove it") mislead. The root cause is reported alone, saying
// that fixing it also links S2; the consequences are dropped.
import type { Diagnostic, Related } from '../../model/diagnostic.js';
import type { Ref } from '../../model/graph.js';
import { descend } from '../../model/loc.js';
import { Suggester } from '../../util/suggest.js';
import type { CheckContext } from '../types.js';

/** Dangling references and the node each most likely meant (undefined when nothing is close). */
export interface Dangling {
  ref: Ref;
  meant: string | undefined;
}

const cache = new WeakMap<object, Dangling[]>();

/** The references that name no node, each with the id it most likely meant: computed once per graph. */
export function danglingRefs({ case: c, graph }: CheckContext): Dangling[] {
  const known = cache.get(graph);
  if (known) return known;
  const ids = new Suggester(() => c.nodes.keys());
  // A resolution may name an evidence item (not dangling); an evidence item, risk or criterion is no node meant.
  const found = graph.unresolvedRefs
    .filter((r) => !(r.field === 'refs' && c.evidence.has(r.to)))
    .map((ref) => ({
      ref,
      meant:
        c.evidence.has(ref.to) || c.risks.has(ref.to) || c.criteria.has(ref.to)
          ? undefined
          : ids.suggest(ref.to, ref.from),
    }));
  cache.set(graph, found);
  return found;
}

/** Top-level nodes that a dangling reference meant: each to the reference that would link it. */
export function meantRoots(ctx: CheckContext): Map<string, Ref> {
  const roots = new Set(ctx.graph.roots);
  const out = new Map<string, Ref>();
  for (const d of danglingRefs(ctx))
    if (d.meant !== undefined && roots.has(d.meant) && !out.has(d.meant)) out.set(d.meant, d.ref);
  return out;
}

/**
 * For a top-level node no dangling reference names: a note pointing at the first dangling reference, since
 * the node may still be what it meant (a reference with no close id); none when no reference dangles.
 */
export function danglingNote(ctx: CheckContext): Related[] {
  const first = danglingRefs(ctx)[0];
  if (!first) return [];
  return [noteAt(ctx, first.ref)];
}

/** A note at a dangling reference: the finding may follow from it. */
function noteAt(ctx: CheckContext, ref: Ref): Related {
  const { from, field, index, to } = ref;
  const n = ctx.case.nodes.get(from)!;
  const p = descend(n.pos, field === 'refs' ? ['resolution', 'refs', index] : [field, index]);
  const message = `this may follow from ${from}'s reference to \`${to}\`, which names no node (S07): fix that first`;
  return { file: n.file, line: p.line, col: p.col, message, cause: true };
}

/**
 * Rule findings about a node whose own reference dangles ("G1 has support, but no evidence below it" when its
 * `supported_by` names no node) follow from that reference: each gets a note pointing at it, as S09 does.
 */
export function markDanglingConsequences(ctx: CheckContext, findings: readonly Diagnostic[]): Diagnostic[] {
  const byNode = new Map<string, Dangling>();
  for (const d of danglingRefs(ctx)) if (!byNode.has(d.ref.from)) byNode.set(d.ref.from, d);
  if (byNode.size === 0) return [...findings];
  return findings.map((f) => {
    const d = f.target === undefined ? undefined : byNode.get(f.target);
    return d ? { ...f, related: [...(f.related ?? []), noteAt(ctx, d.ref)] } : f;
  });
}
