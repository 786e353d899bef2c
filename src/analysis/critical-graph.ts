// The failure circuit of the critical-node analysis (critical.ts states the
// model): one vertex per failure point (claim, strategy, evidence node, frame,
// registered evidence item), links the way failure spreads (from what is
// needed to the node that needs it), and for every node how many more of its
// legs it can lose and still hold. Built per run from the case's support
// view, in one of two bases: the case as it stands, or as if every failure of
// the case's own were repaired.
import type { ArgNode } from '../model/case.js';
import { Adjacency, backLinks, topologicalOrder } from '../model/graph.js';
import { type CauseContext, itemStanding, UNSUPPORTED } from './status-causes.js';
import { statusRank } from './status-types.js';
import { isFrameKind, type SupportView } from './support.js';

export type FailureKind = 'claim' | 'strategy' | 'evidence' | 'assumption' | 'justification' | 'context' | 'item';

/**
 * current: the case as it stands at the as-of date (what has failed stays
 * failed). repaired: as if every failure of the case's own (undeveloped legs,
 * defeaters, defeated links, missing or unfinished evidence) were repaired,
 * keeping only the what-if; used when the top claim is not established now.
 */
export type Basis = 'current' | 'repaired';

/** Counts work done, so budgets are deterministic (never time-based). */
export interface Work {
  done: number;
}

export interface Circuit {
  view: SupportView;
  /** Vertices: node numbers 0..g.size-1, then registered items g.size + k. */
  n: number;
  /** Failure spreads along these links: from a leg, frame or item to the node that needs it. */
  up: Adjacency;
  /** 1 for frames (assumptions, justifications, contexts): their failure fails a node whatever it declares. */
  isFrame: Uint8Array;
  /** `up` reversed: from a node to what it needs. */
  down: Adjacency;
  /** 1 where the vertex holds in the basis, before any loss. */
  holds: Uint8Array;
  /** For a holding node: how many more legs it can lose and still hold (0: it needs every one). */
  tolerance: Int32Array;
  /** 1 for claims and strategies. */
  isClaim: Uint8Array;
  /** The top claim's vertex. */
  top: number;
  /** Vertices, every one after everything it needs (a topological order of `up`). */
  order: readonly number[];
}

/** The id and kind of vertex v. */
export function pointOf(c: Circuit, v: number): { id: string; kind: FailureKind } {
  const { g } = c.view;
  if (v < g.size) return { id: g.ids[v]!, kind: g.nodes[v]!.kind as FailureKind };
  return { id: g.items[v - g.size]!.id, kind: 'item' };
}

/** Whether a node, or a link, fails on its own: the what-if, `defeated: true`, an accepted defeater. */
function ownFailures(view: SupportView, defeat: ReadonlySet<string>, basis: Basis) {
  const { c, g } = view;
  const isAccepted = (d: string) => (c.nodes.get(d) as { status?: string } | undefined)?.status === 'accepted';
  const whatIf = (id: string) => defeat.size > 0 && defeat.has(id);
  if (basis === 'repaired') return { node: (n: ArgNode) => whatIf(n.id), link: () => false };
  return {
    node: (n: ArgNode, v: number): boolean =>
      whatIf(n.id) || n.defeated === true || (g.isChallenged(v) && g.challengersOf(v).some(isAccepted)),
    link: (from: string, to: string): boolean => g.linkChallengersOf(from, to).some(isAccepted),
  };
}

/** Links, and per node its legs: how many it has and how many have failed already. */
class Builder {
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly legs: Int32Array;
  readonly lost: Int32Array;
  readonly own: Uint8Array;

  constructor(n: number) {
    this.legs = new Int32Array(n);
    this.lost = new Int32Array(n);
    this.own = new Uint8Array(n);
  }

  link(from: number, to: number): void {
    this.from.push(from);
    this.to.push(to);
  }
}

/**
 * The circuit of the view in a basis, with the what-if applied. O(nodes +
 * links + citations), plus one standing per registered item in the current
 * basis.
 */
export function buildCircuit(view: SupportView, ctx: CauseContext, basis: Basis): Circuit {
  const { g } = view;
  const n = g.size + g.items.length;
  const b = new Builder(n);
  const fails = ownFailures(view, ctx.defeat, basis);
  g.items.forEach((item, k) => {
    const failed =
      basis === 'current'
        ? statusRank(itemStanding(ctx, item.id)?.status ?? 'supported') >= UNSUPPORTED
        : ctx.defeat.has(item.id);
    if (failed) b.own[g.size + k] = 1;
  });
  addNodes(view, b, fails, basis);
  const up = Adjacency.fromLinks(n, b.from, b.to);
  const isFrame = new Uint8Array(n);
  for (let v = 0; v < g.size; v++) if (isFrameKind(g.nodes[v]!.kind)) isFrame[v] = 1;
  const circuit: Circuit = {
    view,
    n,
    up,
    isFrame,
    down: up.reverse(),
    holds: new Uint8Array(n),
    tolerance: new Int32Array(n),
    isClaim: new Uint8Array(n),
    top: view.topNum,
    order: topologicalOrder(up),
  };
  for (const v of view.support) circuit.isClaim[v] = g.nodes[v]!.kind === 'evidence' ? 0 : 1;
  evaluate(circuit, b, basis);
  return circuit;
}

/** Frames, citations and support links of every claim, strategy and evidence node, and what fails on its own. */
function addNodes(view: SupportView, b: Builder, fails: ReturnType<typeof ownFailures>, basis: Basis): void {
  const { g, frames, kids } = view;
  const cites = g.citations();
  const itemBase = g.size;
  const back = backLinks(kids, [view.topNum, ...view.support]);
  for (const v of view.support) {
    const node = g.nodes[v]!;
    if (fails.node(node, v)) b.own[v] = 1;
    const links = g.hasLinkChallenges(v);
    for (let e = frames.first(v); e < frames.end(v); e++) {
      const f = frames.target(e);
      if (fails.node(g.nodes[f]!, f)) b.own[f] = 1;
      if (links && fails.link(node.id, g.ids[f]!)) b.own[v] = 1;
      b.link(f, v);
    }
    if (node.kind === 'evidence') {
      const cited = node.evidence ?? [];
      for (let e = cites.first(v); e < cites.end(v); e++) b.link(itemBase + cites.target(e), v);
      b.legs[v] = cites.degree(v);
      // Unregistered items: failed legs as the case stands, holes assumed filled when repaired.
      if (basis === 'current') {
        b.legs[v] = cited.length;
        b.lost[v] = cited.length - cites.degree(v);
      }
      continue;
    }
    const dr = node.defeated_relations;
    for (let e = kids.first(v); e < kids.end(v); e++) {
      const k = kids.target(e);
      const defeated = (links || dr) && (fails.link(node.id, g.ids[k]!) || (dr?.includes(g.ids[k]!) ?? false));
      if (back[e] || (defeated && basis === 'current')) {
        // A link closing a cycle, or a defeated one, is a failed leg as the case stands; repaired, a cycle is no leg.
        if (basis === 'current') {
          b.legs[v]!++;
          b.lost[v]!++;
        }
        continue;
      }
      b.legs[v]!++;
      b.link(k, v);
    }
  }
}

/**
 * Which vertices hold in the basis, and how many more legs each holding node
 * can lose, in one pass in topological order. A node with no legs holds only
 * when repaired (an undeveloped node is a hole assumed filled).
 */
function evaluate(c: Circuit, b: Builder, basis: Basis): void {
  const { up, holds, tolerance, isFrame } = c;
  const { atLeast } = c.view;
  const failedLegs = b.lost.slice();
  const frameFailed = new Uint8Array(c.n);
  const { g } = c.view;
  for (const v of c.order) {
    let ok = b.own[v] === 0 && frameFailed[v] === 0;
    let spare = 0;
    if (ok && v < g.size && (c.isClaim[v] || g.nodes[v]!.kind === 'evidence')) {
      const legs = b.legs[v]!;
      const held = legs - failedLegs[v]!;
      const k = atLeast[v]!;
      if (legs === 0) ok = basis === 'repaired';
      else if (k === 0) ok = failedLegs[v] === 0;
      else {
        ok = held >= k;
        spare = held - k;
      }
    }
    holds[v] = ok ? 1 : 0;
    tolerance[v] = ok ? spare : 0;
    if (ok) continue;
    for (let e = up.first(v); e < up.end(v); e++) {
      if (isFrame[v]) frameFailed[up.target(e)] = 1;
      else failedLegs[up.target(e)]!++;
    }
  }
}
