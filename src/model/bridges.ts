// When a bridging justification bridges. A justification with `bridges:`
// argues that evidence measured on one build (population, tier...) carries
// over to another; the rules accept it in place of evidence on the decided
// build, and the support analysis counts the bridged items as current. Both
// must agree on when a bridge counts, so the condition is written once, here.
import type { Case, NodeOf } from './case.js';
import type { CaseGraph } from './graph.js';

/** Why a justification does not bridge: challenged by open defeaters, or resting on no evidence. */
export type BridgeFlaw = { kind: 'challenged'; defeaters: string[] } | { kind: 'no-evidence' };

/** Defeaters that challenge each node itself or a link from or to it, in case order, each once. */
export function defeatersById(c: Case, g: CaseGraph): Map<string, NodeOf<'defeater'>[]> {
  const m = new Map<string, NodeOf<'defeater'>[]>();
  const add = (id: string, d: NodeOf<'defeater'>) => {
    const list = m.get(id) ?? [];
    if (!list.includes(d)) list.push(d);
    m.set(id, list);
  };
  for (const ch of g.challenges) {
    const d = c.nodes.get(ch.defeater) as NodeOf<'defeater'>;
    if (ch.node !== undefined) add(ch.node, d);
    else if (ch.link) {
      add(ch.link.from, d);
      add(ch.link.to, d);
    }
  }
  return m;
}

/**
 * Why `j` does not bridge, or undefined when it does (or bridges nothing).
 * A bridge is itself an argument: one an open defeater challenges is in
 * doubt, and one that cites no registered evidence (the bridging run) is an
 * assertion, so the evidence it would carry over is still from elsewhere.
 */
export function bridgeFlaw(
  c: Case,
  j: NodeOf<'justification'>,
  challengers: readonly NodeOf<'defeater'>[] | undefined,
): BridgeFlaw | undefined {
  const open = (challengers ?? []).filter((d) => d.status === 'open').map((d) => d.id);
  if (open.length) return { kind: 'challenged', defeaters: open };
  if ((j.bridges?.length ?? 0) > 0 && !(j.evidence ?? []).some((id) => c.evidence.has(id)))
    return { kind: 'no-evidence' };
  return undefined;
}
