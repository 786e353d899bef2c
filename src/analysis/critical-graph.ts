// The support graph of the critical-node analysis (critical.ts states the
// model): per run, derived from the case's support view (the graph index),
// with one vertex per failure point use, and the walks the analysis makes
// over it: dominators and reachability, counted in units of work so that its
// budgets are deterministic.
import type { ArgNode } from '../model/case.js';
import { Adjacency, backLinks, DepthFirst, reachOrder, WalkScratch } from '../model/graph.js';
import type { SupportView } from './support.js';

export type FailureKind = 'claim' | 'strategy' | 'evidence' | 'assumption' | 'justification' | 'context' | 'item';

export const GROUND = 0;

/** The support graph as integer adjacency (see the top of critical.ts). */
export interface SupportGraph {
  n: number;
  /** Vertex to failure point index (-1 for ground). */
  fp: Int32Array;
  /** Failure points by number: id and kind (parallel arrays, no object per point). */
  pointId: string[];
  pointKind: FailureKind[];
  /** Links the way support flows (ground -> item -> ... -> parent), and against it. */
  succ: Adjacency;
  pred: Adjacency;
  /** For each position in pred, the position of the same link in succ. */
  predToSucc: Int32Array;
  /** Vertex of the top claim (the node itself, after its frame chain), or -1. */
  top: number;
  /** 1 for vertices that are claims or strategies. */
  isClaim: Uint8Array;
  /** Seen-marks the reachability walks share (one walk at a time). */
  scratch: WalkScratch;
}

/** Counts work done, so budgets are deterministic (never time-based). */
export interface Work {
  done: number;
}

/** Vertices and links, collected before they become adjacency. */
class Builder {
  readonly pointId: string[] = [];
  readonly pointKind: FailureKind[] = [];
  readonly fp: Int32Array;
  readonly isClaim: Uint8Array;
  n = 1;
  readonly from: Int32Array;
  readonly to: Int32Array;
  links = 0;

  constructor(maxVertices: number, maxLinks: number) {
    this.fp = new Int32Array(maxVertices);
    this.fp[GROUND] = -1;
    this.isClaim = new Uint8Array(maxVertices);
    this.from = new Int32Array(maxLinks);
    this.to = new Int32Array(maxLinks);
  }

  point(id: string, kind: FailureKind): number {
    this.pointKind.push(kind);
    return this.pointId.push(id) - 1;
  }

  vertex(point: number, claim: boolean): number {
    this.fp[this.n] = point;
    this.isClaim[this.n] = claim ? 1 : 0;
    return this.n++;
  }

  link(from: number, to: number): void {
    this.from[this.links] = from;
    this.to[this.links++] = to;
  }
}

/** Whether a node, or a link, fails on its own: the what-if, `defeated: true`, an accepted defeater. */
function failures(view: SupportView, defeat: ReadonlySet<string>) {
  const { c, g } = view;
  const isAccepted = (d: string) => (c.nodes.get(d) as { status?: string } | undefined)?.status === 'accepted';
  return {
    node: (n: ArgNode, v: number): boolean =>
      (defeat.size > 0 && defeat.has(n.id)) ||
      n.defeated === true ||
      (g.isChallenged(v) && g.challengersOf(v).some(isAccepted)),
    link: (from: string, to: string): boolean => g.linkChallengersOf(from, to).some(isAccepted),
  };
}

/**
 * The support graph of the view with the what-if applied: ground, the items
 * not defeated, and every claim, strategy and evidence node that does not
 * fail on its own, behind the chain of its frame uses; then the links.
 */
export function buildSupportGraph(view: SupportView, defeat: ReadonlySet<string>): SupportGraph {
  const { g } = view;
  // Upper bounds, so the vertex and link arrays are typed and allocated once.
  const frameUses = view.frames.links;
  const maxV = 1 + g.items.length + view.support.length + frameUses;
  const maxE = g.items.length + frameUses + g.citations().links + view.kids.links;
  const b = new Builder(maxV, maxE);
  const itemVertex = addItems(view, b, defeat);
  const { entry, nodeVertex } = addNodes(view, b, failures(view, defeat));
  addSupportLinks(view, b, itemVertex, entry, nodeVertex, failures(view, defeat));
  const succ = Adjacency.fromLinksWithPositions(b.n, b.from, b.to, b.links);
  const pred = Adjacency.fromLinksWithPositions(b.n, b.to, b.from, b.links);
  const predToSucc = new Int32Array(b.links);
  for (let e = 0; e < b.links; e++) predToSucc[pred.position[e]!] = succ.position[e]!;
  return {
    n: b.n,
    fp: b.fp.subarray(0, b.n),
    pointId: b.pointId,
    pointKind: b.pointKind,
    succ: succ.adjacency,
    pred: pred.adjacency,
    predToSucc,
    top: view.topNum < 0 ? -1 : nodeVertex[view.topNum]!,
    isClaim: b.isClaim.subarray(0, b.n),
    scratch: new WalkScratch(b.n),
  };
}

/** Ground -> item, for registered items not defeated; the vertex by item number (-1 for none). */
function addItems(view: SupportView, b: Builder, defeat: ReadonlySet<string>): Int32Array {
  const itemVertex = new Int32Array(view.g.items.length).fill(-1);
  view.g.items.forEach((item, k) => {
    if (defeat.size > 0 && defeat.has(item.id)) return;
    const v = b.vertex(b.point(item.id, 'item'), false);
    itemVertex[k] = v;
    b.link(GROUND, v);
  });
  return itemVertex;
}

/**
 * A vertex per node that does not fail on its own nor through a frame or the
 * link to one, after a chain of one vertex per frame use: the chain's first
 * vertex (its entry) and the node's vertex, by node number (-1 for none).
 */
function addNodes(
  view: SupportView,
  b: Builder,
  fails: ReturnType<typeof failures>,
): { entry: Int32Array; nodeVertex: Int32Array } {
  const { g, frames } = view;
  const entry = new Int32Array(g.size).fill(-1);
  const nodeVertex = new Int32Array(g.size).fill(-1);
  // Frames are the only failure points with several vertices (one per use): found by node number.
  const framePoint = new Int32Array(g.size).fill(-1);
  for (const v of view.support) {
    const node = g.nodes[v]!;
    if (fails.node(node, v)) continue;
    let ok = true;
    for (let e = frames.first(v); e < frames.end(v); e++) {
      const f = frames.target(e);
      if (fails.node(g.nodes[f]!, f) || (g.hasLinkChallenges(v) && fails.link(node.id, g.ids[f]!))) ok = false;
    }
    if (!ok) continue;
    let prev = -1;
    for (let e = frames.first(v); e < frames.end(v); e++) {
      const f = frames.target(e);
      if (framePoint[f]! < 0) framePoint[f] = b.point(g.ids[f]!, g.nodes[f]!.kind as FailureKind);
      const u = b.vertex(framePoint[f]!, false);
      if (prev < 0) entry[v] = u;
      else b.link(prev, u);
      prev = u;
    }
    const u = b.vertex(b.point(node.id, node.kind as FailureKind), node.kind !== 'evidence');
    if (prev < 0) entry[v] = u;
    else b.link(prev, u);
    nodeVertex[v] = u;
  }
  return { entry, nodeVertex };
}

/**
 * Item -> evidence node for each citation, and child -> parent for each
 * support link that is not defeated and not the back link of a cycle (the
 * status walk's: status.ts walks the same way).
 */
function addSupportLinks(
  view: SupportView,
  b: Builder,
  itemVertex: Int32Array,
  entry: Int32Array,
  nodeVertex: Int32Array,
  fails: ReturnType<typeof failures>,
): void {
  const { g, kids } = view;
  const cites = g.citations();
  const back = backLinks(kids, [view.topNum, ...view.support]);
  for (const v of view.support) {
    const into = entry[v]!;
    if (into < 0) continue;
    const node = g.nodes[v]!;
    if (node.kind === 'evidence') {
      for (let e = cites.first(v); e < cites.end(v); e++) {
        const u = itemVertex[cites.target(e)]!;
        if (u >= 0) b.link(u, into);
      }
      continue;
    }
    const links = g.hasLinkChallenges(v);
    const dr = node.defeated_relations;
    for (let e = kids.first(v); e < kids.end(v); e++) {
      const u = nodeVertex[kids.target(e)]!;
      if (u < 0 || back[e]) continue;
      if (links || dr) {
        const kid = g.ids[kids.target(e)]!;
        if ((links && fails.link(node.id, kid)) || dr?.includes(kid)) continue;
      }
      b.link(u, into);
    }
  }
}

/**
 * Immediate dominators from `root`, over vertices allowed by `live` (1 = in
 * play) minus `removed`. Returns idom (-1 unreachable, the root's is the
 * root) and the reverse postorder. Cooper-Harvey-Kennedy; O(V + E) per pass.
 */
export function dominators(
  sg: SupportGraph,
  live: Uint8Array,
  removed: Uint8Array | undefined,
  work: Work,
  root = GROUND,
): { idom: Int32Array; rpo: Int32Array } {
  const { n, succ, pred } = sg;
  const po = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const dfs = new DepthFirst(succ, { enter: (w) => live[w] === 1 && !removed?.[w] });
  dfs.run(root, (v) => {
    po[v] = order.length;
    order.push(v);
  });
  // The arrays, and each link of each vertex the walk reached.
  work.done += n;
  for (const v of order) work.done += succ.degree(v);
  const rpo = Int32Array.from(order.reverse());
  const idom = new Int32Array(n).fill(-1);
  idom[root] = root;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (po[a]! < po[b]!) a = idom[a]!;
      while (po[b]! < po[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < rpo.length; i++) {
      const v = rpo[i]!;
      let nd = -1;
      for (let e = pred.first(v); e < pred.end(v); e++) {
        const p = pred.target(e);
        work.done++;
        if (idom[p] === -1 || po[p] === -1) continue;
        nd = nd === -1 ? p : intersect(p, nd);
      }
      if (idom[v] !== nd) {
        idom[v] = nd;
        changed = true;
      }
    }
  }
  return { idom, rpo };
}

/** Vertices reachable from `from` along `adj`, within `live` and not `removed`, as a mask. */
export function reach(
  sg: SupportGraph,
  from: readonly number[],
  adj: Adjacency,
  live: Uint8Array,
  removed: Uint8Array | undefined,
  work: Work,
): Uint8Array {
  const allowed = (w: number) => live[w] === 1 && !removed?.[w];
  const seen = new Uint8Array(sg.n);
  const order = reachOrder(adj, from.filter(allowed), sg.scratch, { enter: allowed });
  for (const v of order) {
    seen[v] = 1;
    work.done += adj.degree(v);
  }
  return seen;
}

/** The part of the support graph that matters: reachable from ground and reaching the top, with its dominator tree. */
export interface Region {
  sg: SupportGraph;
  top: number;
  /** 1 for the vertices in the region. */
  live: Uint8Array;
  /** Claims and strategies in the region (the top included). */
  size: number;
  idom: Int32Array;
  rpo: Int32Array;
  /** The top's dominators, nearest first, ground left out. */
  chain: number[];
  /** Failure points in the region, in vertex order, with how many live vertices each has and the first. */
  livePoints: number[];
  liveCount: Int32Array;
  firstLive: Int32Array;
  /** The live vertices of the failure points with several (frames used several times). */
  multiLive: Map<number, number[]>;
  /** Failure points whose failure alone cuts the top off. */
  critical: Set<number>;
  /** For each failure point with several live vertices: the claims and strategies that fail with it. */
  lost: Map<number, number>;
  work: Work;
}

/** The live vertices of failure point p. */
export function liveVertices(r: Region, p: number): number[] {
  return r.multiLive.get(p) ?? [r.firstLive[p]!];
}
