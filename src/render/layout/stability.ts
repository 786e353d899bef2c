// The stability metric: after an edit to one node, which nodes that have
// nothing to do with it moved? "Related" to the edited node X: X itself, its
// ancestors and descendants by support, every subtree under X's parents (so X's
// siblings and theirs), and what qualifies any of those (context nodes beside
// them, defeaters under them). Every other node is unrelated: a stable layout
// leaves it where it was. The metric is the share of unrelated nodes whose
// position changed (by more than half a pixel), over an edit.
import type { DiagramGraph } from '../diagram.js';
import type { DiagramLayout } from './tree.js';

export function relatedTo(d: DiagramGraph, id: string): Set<string> {
  const kids = new Map<string, string[]>();
  const parents = new Map<string, string[]>();
  const attached = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  for (const e of d.edges) {
    if (e.kind === 'support') {
      push(kids, e.from, e.to);
      push(parents, e.to, e.from);
    } else if (e.kind === 'context') push(attached, e.from, e.to);
    else {
      push(attached, e.to, e.from);
      if (e.link) push(attached, e.link.from, e.from);
    }
  }
  const related = new Set<string>();
  const down = (from: string) => {
    const todo = [from];
    while (todo.length) {
      const x = todo.pop() as string;
      if (related.has(x)) continue;
      related.add(x);
      for (const k of kids.get(x) ?? []) todo.push(k);
      for (const a of attached.get(x) ?? []) todo.push(a);
    }
  };
  const up = [id];
  const seen = new Set<string>();
  while (up.length) {
    const x = up.pop() as string;
    if (seen.has(x)) continue;
    seen.add(x);
    related.add(x);
    for (const a of attached.get(x) ?? []) down(a);
    for (const p of parents.get(x) ?? []) up.push(p);
  }
  down(id);
  for (const p of parents.get(id) ?? []) down(p);
  return related;
}

export interface Movement {
  unrelated: number;
  moved: number;
  /** moved / unrelated (0 when nothing is unrelated). */
  share: number;
}

/** How many of the nodes unrelated to `edited` moved between two layouts (nodes in both only). */
export function movement(before: DiagramLayout, after: DiagramLayout, related: Set<string>): Movement {
  const pos = new Map(before.nodes.map((n) => [n.id, n]));
  let unrelated = 0;
  let moved = 0;
  for (const n of after.nodes) {
    const b = pos.get(n.id);
    if (!b || related.has(n.id)) continue;
    unrelated++;
    if (Math.abs(b.x - n.x) > 0.5 || Math.abs(b.y - n.y) > 0.5) moved++;
  }
  return { unrelated, moved, share: unrelated ? moved / unrelated : 0 };
}
