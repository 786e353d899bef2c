// The spanning tree the layout draws along (see tree.ts): a depth-first walk
// from the roots in case order, each node hanging under the first node that
// reaches it; context, assumption and justification nodes beside the first
// node that refers to them; a defeater under what it challenges (for a link
// A -> B, under A, right after B).
import { type DiagramGraph, type DiagramNode, SIDE_KINDS } from '../diagram.js';
import { measureNode, type NodeBox } from './shapes.js';

/** A node in the layout: its place in the spanning tree, its block's size and, once placed, its position. */
export interface Item {
  n: DiagramNode;
  box: NodeBox;
  /** Beside it: right column then left column (alternating, in case order). */
  side: Item[];
  right: Item[];
  left: Item[];
  kids: Item[];
  /** Half the block's width (the node is centred in its block). */
  half: number;
  blockW: number;
  blockH: number;
  x: number;
  y: number;
  parent?: Item;
  /** The y its links to its children run along. */
  bus: number;
  /** How the link from the parent reaches it: the bus of its row, the wrap spine, the stack spine. */
  lane?: { busY: number; spineX?: number; stackX?: number };
}

/** The graph's links by node, in edge order, for the walk (links to unknown nodes and self-links left out). */
interface EdgeIndex {
  byId: Map<string, DiagramNode>;
  supportKids: Map<string, string[]>;
  ctxOf: Map<string, string[]>;
  /** By the node a defeater hangs under: the challenger, and for a link, the node it comes right after. */
  challengersOf: Map<string, { d: string; after?: string }[]>;
  hasSupportParent: Set<string>;
  hasCtxParent: Set<string>;
  /** Defeaters: they hang under what they challenge, never from a root. */
  anchored: Set<string>;
}

function indexEdges(d: DiagramGraph): EdgeIndex {
  const x: EdgeIndex = {
    byId: new Map(),
    supportKids: new Map(),
    ctxOf: new Map(),
    challengersOf: new Map(),
    hasSupportParent: new Set(),
    hasCtxParent: new Set(),
    anchored: new Set(),
  };
  for (const n of d.nodes) x.byId.set(n.id, n);
  const add = <V>(m: Map<string, V[]>, k: string, v: V) => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  for (const e of d.edges) {
    if (!x.byId.has(e.from) || !x.byId.has(e.to) || e.from === e.to) continue;
    if (e.kind === 'support') {
      add(x.supportKids, e.from, e.to);
      x.hasSupportParent.add(e.to);
    } else if (e.kind === 'context') {
      add(x.ctxOf, e.from, e.to);
      x.hasCtxParent.add(e.to);
    } else {
      const anchor = e.link && x.byId.has(e.link.from) ? e.link.from : e.to;
      add(x.challengersOf, anchor, e.link ? { d: e.from, after: e.to } : { d: e.from });
      x.anchored.add(e.from);
    }
  }
  return x;
}

/** Builds the spanning tree: every node once, as an Item, under the first node that reaches it. */
class TreeBuilder {
  readonly items = new Map<string, Item>();
  readonly roots: Item[] = [];

  constructor(private readonly x: EdgeIndex) {}

  private newItem(n: DiagramNode, parent?: Item): Item {
    const it: Item = {
      n,
      box: measureNode(n),
      side: [],
      right: [],
      left: [],
      kids: [],
      half: 0,
      blockW: 0,
      blockH: 0,
      x: 0,
      y: 0,
      bus: 0,
    };
    if (parent) it.parent = parent;
    this.items.set(n.id, it);
    return it;
  }

  /** A new tree from `n`, grown depth-first. */
  growFrom(n: DiagramNode): void {
    const root = this.newItem(n);
    this.roots.push(root);
    const todo: Item[] = [root];
    while (todo.length) {
      const p = todo.pop() as Item;
      const kids = this.childrenOf(p);
      p.kids = kids;
      for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i] as Item);
    }
  }

  /** `p`'s children not yet in the tree, in order (side nodes go to p.side instead). */
  private childrenOf(p: Item): Item[] {
    const { byId, supportKids, ctxOf } = this.x;
    const kids: Item[] = [];
    for (const k of supportKids.get(p.n.id) ?? [])
      if (!this.items.has(k)) kids.push(this.newItem(byId.get(k) as DiagramNode, p));
    for (const k of ctxOf.get(p.n.id) ?? []) {
      if (this.items.has(k)) continue;
      const n = byId.get(k) as DiagramNode;
      const it = this.newItem(n, p);
      if (SIDE_KINDS.has(n.kind)) p.side.push(it);
      else kids.push(it);
    }
    this.addDefeaters(p, p.n.id, kids);
    // A side node's challengers hang under the node it sits beside.
    for (const s of p.side) this.addDefeaters(p, s.n.id, kids);
    return kids;
  }

  /** The defeaters of `id` into `kids`, each right after the node its link ends at (after any defeaters there). */
  private addDefeaters(p: Item, id: string, kids: Item[]): void {
    for (const c of this.x.challengersOf.get(id) ?? []) {
      if (this.items.has(c.d)) continue;
      const it = this.newItem(this.x.byId.get(c.d) as DiagramNode, p);
      const at = c.after === undefined ? -1 : kids.findIndex((k) => k.n.id === c.after);
      if (at === -1) kids.push(it);
      else {
        let j = at + 1;
        while (j < kids.length && (kids[j] as Item).n.kind === 'defeater') j++;
        kids.splice(j, 0, it);
      }
    }
  }
}

/**
 * The spanning tree of `d`: every node as an Item (by id), and the roots in
 * order: nodes nothing supports, refers to as a side node or challenges, then
 * what no root reaches (cycles, defeaters of unreachable nodes), in case order.
 */
export function spanningTree(d: DiagramGraph): { items: Map<string, Item>; roots: Item[] } {
  const x = indexEdges(d);
  const b = new TreeBuilder(x);
  for (const n of d.nodes) {
    const hangs =
      x.hasSupportParent.has(n.id) || (x.hasCtxParent.has(n.id) && SIDE_KINDS.has(n.kind)) || x.anchored.has(n.id);
    if (!hangs && !b.items.has(n.id)) b.growFrom(n);
  }
  for (const n of d.nodes) if (!b.items.has(n.id)) b.growFrom(n);
  return { items: b.items, roots: b.roots };
}
