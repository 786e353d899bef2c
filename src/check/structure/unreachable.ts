import type { Case } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { CaseGraph } from '../../model/graph.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

/**
 * Everything reachable from the top-level nodes: down supported_by and
 * in_context_of, to the defeaters that challenge a reached node or link, to
 * the nodes a resolution cites, and to nodes developing a reached node of
 * another module. O(nodes + references).
 */
export function reachable(c: Case, g: CaseGraph): Set<string> {
  const developedBy = new Map<string, string[]>();
  for (const m of c.modules.values()) {
    for (const ext of m.header?.extends ?? []) {
      for (const [target, devs] of Object.entries(ext.develops))
        developedBy.set(target, [...(developedBy.get(target) ?? []), ...devs]);
    }
  }
  const n = g.ids.length;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  const visit = (id: string | undefined) => {
    const i = id === undefined ? undefined : g.index.get(id);
    if (i !== undefined && !seen[i]) {
      seen[i] = 1;
      queue[tail++] = i;
    }
  };
  for (const r of g.roots) visit(r);
  for (let head = 0; head < tail; head++) {
    const i = queue[head]!;
    const id = g.ids[i]!;
    const links = g.linkChallengers.get(id);
    for (let e = g.childStart[i]!; e < g.childStart[i + 1]!; e++) {
      const k = g.childList[e]!;
      if (!seen[k]) {
        seen[k] = 1;
        queue[tail++] = k;
      }
      if (links) for (const d of links.get(g.ids[k]!) ?? []) visit(d);
    }
    for (const k of g.contexts.get(id) ?? []) {
      visit(k);
      if (links) for (const d of links.get(k) ?? []) visit(d);
    }
    for (const d of g.challengers.get(id) ?? []) visit(d);
    for (const d of developedBy.get(id) ?? []) visit(d);
    const node = c.nodes.get(id)!;
    if (node.kind === 'defeater') {
      for (const r of node.resolution?.refs ?? []) visit(r);
      for (const t of node.challenges) for (const d of g.linkChallengers.get(t)?.get(id) ?? []) visit(d);
    }
  }
  const out = new Set<string>();
  for (let i = 0; i < n; i++) if (seen[i]) out.add(g.ids[i]!);
  return out;
}

export const unreachableNode: StructureCheck = {
  meta: {
    code: 'S12',
    name: 'unreachable-node',
    title: 'Node not reachable from the top claim',
    severity: 'warning',
    gsn2x: 'C08',
    description:
      'A node that the top claim does not reach, directly or through context, defeaters or resolutions, plays no part in the argument. Often a defeater that challenges a node outside the tree, or a fragment left behind by an edit.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: Safe., undeveloped: true }\n  D1: { kind: defeater, text: Monitor misses attacks., challenges: [G9], status: open }\n  G9: { kind: claim, text: Orphan cycle., supported_by: [G8] }\n  G8: { kind: claim, text: Orphan cycle too., supported_by: [G9] }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe., undeveloped: true }\n  D1: { kind: defeater, text: Monitor misses attacks., challenges: [G1], status: open }\n',
    },
  },
  run({ case: c, graph }) {
    if (graph.roots.length === 0) return [];
    const seen = reachable(c, graph);
    const out: Diagnostic[] = [];
    // A defeater whose targets do not exist is reported by S13 to S17 already.
    const broken = (id: string) =>
      graph.challenges.some(
        (ch) =>
          ch.defeater === id &&
          (ch.node !== undefined
            ? ch.node === id || !c.nodes.has(ch.node)
            : !c.nodes.has(ch.link!.from) || !c.nodes.has(ch.link!.to) || ch.link!.from === ch.link!.to),
      );
    for (const n of c.nodes.values()) {
      if (seen.has(n.id)) continue;
      if (n.kind === 'defeater' && (n.challenges.length === 0 || broken(n.id))) continue;
      out.push(
        report(
          this.meta,
          { thing: n },
          `${n.kind} ${n.id} is not reachable from the top claim ${graph.roots[0]}.`,
          n.kind === 'defeater'
            ? 'Point its `challenges` at a node or link in the argument, or remove it.'
            : 'Link it from a node in the argument, or remove it.',
          { target: n.id },
        ),
      );
    }
    return out;
  },
};
