import type { Diagnostic } from '../../model/diagnostic.js';
import { type Adjacency, type CaseGraph, LinkList, type NodeSet } from '../../model/graph.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

/**
 * Everything reachable from the top-level nodes: down supported_by and
 * in_context_of, to the defeaters that challenge a reached node or a link
 * from it, to the nodes a resolution cites, and to nodes developing a reached
 * node of another module. One walk, O(nodes + references).
 */
export function reachable(g: CaseGraph): NodeSet {
  const links = linkChallengeLinks(g);
  return g.below(g.roots, [
    'support',
    'context',
    'develops',
    'resolution',
    g.adjacency('challenge', true),
    ...(links ? [links] : []),
  ]);
}

/**
 * A challenged link keeps its defeater in the argument when the link is there:
 * from the node the link leaves (a supported_by or in_context_of link), or
 * from the defeater it ends at (the link from a node to a defeater challenging it).
 */
function linkChallengeLinks(g: CaseGraph): Adjacency | undefined {
  const links = new LinkList();
  for (const ch of g.challenges) {
    if (!ch.link) continue;
    const from = g.num(ch.link.from);
    const to = g.num(ch.link.to);
    const d = g.num(ch.defeater);
    if (from < 0 || to < 0) continue;
    if (g.linked(from, to, 'support') || g.linked(from, to, 'context')) links.add(from, d);
    if (g.linked(to, from, 'challenge')) links.add(to, d);
  }
  return links.count ? links.build(g.size) : undefined;
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
    const seen = reachable(graph);
    const out: Diagnostic[] = [];
    // A defeater whose targets do not exist is reported by S13 to S17 already.
    const broken = (id: string) =>
      graph
        .challengesBy(id)
        .some((ch) =>
          ch.node !== undefined
            ? ch.node === id || !c.nodes.has(ch.node)
            : !c.nodes.has(ch.link!.from) || !c.nodes.has(ch.link!.to) || ch.link!.from === ch.link!.to,
        );
    // By node number (case order): one array read per node, no id lookup.
    for (let v = 0; v < graph.size; v++) {
      if (seen.has(v)) continue;
      const n = graph.nodes[v]!;
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
