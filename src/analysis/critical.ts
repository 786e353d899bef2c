// Load-bearing nodes: what the top claim's support cannot do without.
//
// The failure model is the status propagation's (status.ts): a claim, strategy
// or evidence node is *without support* when its status is undeveloped or
// defeated, which happens when it is defeated itself, when a frame it is
// stated in (assumption, justification, context) is defeated, or when every
// piece of its support has failed. So the top claim keeps some support exactly
// when there is a path of working links from a working evidence item up to it,
// through nodes that are not defeated, with every frame along the way intact.
//
// The support graph. Vertices: a ground vertex, every registered evidence
// item, every claim, strategy and evidence node that is not already without
// support of its own accord, and one vertex per (node, frame) use, chained in
// series in front of the node (node N stated in A1 and A2: children -> (N,A1)
// -> (N,A2) -> N), so a failed frame cuts N off. Edges point the way support
// flows: ground -> item -> evidence node -> claim or strategy -> parent. Links
// an accepted defeater defeats, and the back edges of cycles (status.ts's
// walk), are left out. The top claim holds iff it is reachable from ground.
//
// Single points of failure are then the dominators of the top claim in this
// graph rooted at ground (every path from ground to the top passes them), and
// the support that fails with a failure point x is x's subtree in the dominator
// tree. Dominators: Cooper, Harvey and Kennedy's iterative algorithm ("A
// Simple, Fast Dominance Algorithm", 2001) over reverse postorder, O(V + E) per
// pass; on an acyclic support graph (the structural checks require one) the
// first pass is exact and a second confirms it. A frame used by several nodes
// fails all its uses at once: it is a single point of failure if one use
// dominates the top, or if removing all its uses cuts the top off (one
// reachability walk, O(V + E), per frame used more than once).
//
// Pairs: two failure points, neither a single point of failure, whose joint
// failure leaves the top without support. The top's dominator chain cuts the
// support into segments (ground .. d1 .. d2 .. top); every path to the top
// crosses every segment, so two single-use failure points can cut the top off
// only if both lie in one segment and cut it. By Menger's theorem a segment
// whose ends are joined by three vertex-disjoint paths has no such pair: a
// max-flow with unit vertex capacities, stopped after three augmenting walks,
// finds the segments joined by exactly two, O(V + E) over all segments. In
// those, each failure point x is a candidate: one dominator computation of the
// segment without x, O(V + E) of the segment, gives the partners y. Frames used
// several times fail several vertices at once, so they are tried against the
// whole region, and against each other by reachability. Candidates are taken
// nearest the top first (breadth-first from the top) and the search stops when
// its work reaches `pairWork` vertex and edge visits (default 4,000,000); the
// report says whether it was exhaustive. A wide argument (three independent
// legs at every level between dominators) is searched exhaustively in linear
// time and has no pairs.
//
// Ranking: for every evidence item, assumption, justification and context the
// top rests on, `fails` counts the claims and strategies that lose all support
// if it alone fails (its dominator subtree; for a frame used several times,
// one reachability walk), `restsOn` counts the claims and strategies it lies
// below (one walk up per failure point, stopped at a total of `rankWork`
// visits, default 20,000,000; the report says if any count was cut short),
// and `share` is `fails` over all claims and strategies the top rests on.
// Order: fails, then restsOn, descending; then id.
import type { Case } from '../model/case.js';
import { type CaseGraph, reachOrder } from '../model/graph.js';
import {
  buildSupportGraph,
  dominators,
  type FailureKind,
  GROUND,
  liveVertices,
  type Region,
  reach,
  type SupportGraph,
  type Work,
} from './critical-graph.js';
import { cmp, searchPairs } from './critical-pairs.js';
import { isUnsupported, statusOf } from './status.js';
import type { SupportStatus } from './status-types.js';
import { isFrameKind, type SupportView, supportView } from './support.js';

export type { FailureKind };

export interface CriticalOptions {
  asOf: string;
  /** Analyse the case as if these node or item ids were defeated (what-if). */
  defeat?: Iterable<string>;
  /** Work budget of the pair search (vertex and edge visits). Default 4,000,000. */
  pairWork?: number;
  /** Work budget of the restsOn counts (visits). Default 20,000,000. */
  rankWork?: number;
}

export interface SinglePoint {
  id: string;
  kind: FailureKind;
  /** Claims and strategies that lose all support if it alone fails (the top included). */
  fails: number;
}

export interface CriticalPair {
  ids: [string, string];
  kinds: [FailureKind, FailureKind];
}

export interface RankEntry {
  id: string;
  kind: FailureKind;
  /** True if its failure alone leaves the top claim without support. */
  critical: boolean;
  /** Claims and strategies that lose all support if it alone fails. */
  fails: number;
  /** Claims and strategies it lies below (they rest on it, alone or with other support). */
  restsOn: number;
  /** fails / argumentSize, 0..1. */
  share: number;
}

export interface CriticalReport {
  asOf: string;
  top?: string;
  topStatus?: SupportStatus;
  /** Claims and strategies the top claim rests on through working support (the top included). */
  argumentSize: number;
  /** Failure points whose failure alone leaves the top without support, nearest the top first (the top itself excluded). */
  singlePoints: SinglePoint[];
  pairs: CriticalPair[];
  pairSearch: { exhaustive: boolean; candidates: number; tried: number };
  ranking: RankEntry[];
  /** False if the restsOn counts were cut short by the work budget (then restsOn is a lower bound). */
  rankingExact: boolean;
}

/**
 * The load-bearing nodes of a case: single points of failure, pairs, and the
 * ranking of evidence items and frames by how much of the argument rests on
 * them. See the top of this file for the model and the complexity.
 */
export function criticalNodes(c: Case, g: CaseGraph, opts: CriticalOptions): CriticalReport {
  return criticalOf(supportView(c, g), opts);
}

export function criticalOf(view: SupportView, opts: CriticalOptions): CriticalReport {
  const defeat = new Set(opts.defeat ?? []);
  const status = statusOf(view, { asOf: opts.asOf, defeat });
  const report: CriticalReport = {
    asOf: opts.asOf,
    ...(view.top ? { top: view.top, topStatus: status.nodes.get(view.top)!.status } : {}),
    argumentSize: 0,
    singlePoints: [],
    pairs: [],
    pairSearch: { exhaustive: true, candidates: 0, tried: 0 },
    ranking: [],
    rankingExact: true,
  };
  if (!view.top || isUnsupported(report.topStatus!)) return report;
  const r = regionOf(buildSupportGraph(view, defeat));
  report.argumentSize = r.size;
  const fails = failsOf(r);
  report.singlePoints = singlePoints(r, fails, view.top);
  searchPairs(r, report, opts.pairWork ?? 4_000_000);
  rank(r, fails, report, opts.rankWork ?? 20_000_000);
  return report;
}

/** The region (reachable from ground and reaching the top), its dominator tree, and its failure points. */
function regionOf(sg: SupportGraph): Region {
  const work: Work = { done: 0 };
  const top = sg.top;
  const all = new Uint8Array(sg.n).fill(1);
  const down = reach(sg, [GROUND], sg.succ, all, undefined, work);
  const up = reach(sg, [top], sg.pred, all, undefined, work);
  const live = new Uint8Array(sg.n);
  let size = 0;
  for (let v = 0; v < sg.n; v++) {
    live[v] = down[v]! & up[v]!;
    if (live[v] && sg.isClaim[v]) size++;
  }
  const { idom, rpo } = dominators(sg, live, undefined, work);
  // Dominator chain of the top, nearest first.
  const chain: number[] = [];
  for (let v = idom[top]!; v !== GROUND; v = idom[v]!) chain.push(v);
  const r: Region = {
    sg,
    top,
    live,
    size,
    idom,
    rpo,
    chain,
    ...livePointsOf(sg, live),
    critical: new Set(),
    lost: new Map(),
    work,
  };
  const { critical, lost } = criticalPoints(r);
  r.critical = critical;
  r.lost = lost;
  return r;
}

/** Failure points in the region with their live vertices: most have one; frames used several times have a list. */
function livePointsOf(
  sg: SupportGraph,
  live: Uint8Array,
): Pick<Region, 'livePoints' | 'liveCount' | 'firstLive' | 'multiLive'> {
  const P = sg.pointId.length;
  const liveCount = new Int32Array(P);
  const firstLive = new Int32Array(P).fill(-1);
  const livePoints: number[] = [];
  for (let v = 1; v < sg.n; v++) {
    if (!live[v]) continue;
    const p = sg.fp[v]!;
    if (liveCount[p] === 0) {
      firstLive[p] = v;
      livePoints.push(p);
    }
    liveCount[p]!++;
  }
  const multiLive = new Map<number, number[]>();
  for (let v = 1; v < sg.n; v++) {
    if (!live[v]) continue;
    const p = sg.fp[v]!;
    if (liveCount[p]! > 1) (multiLive.get(p) ?? multiLive.set(p, []).get(p)!).push(v);
  }
  return { livePoints, liveCount, firstLive, multiLive };
}

/**
 * Single points of failure: a vertex on the top's dominator chain (or the
 * top), or a frame whose uses, all removed, cut the top off. For such frames
 * (used several times) it also counts what fails with them: one
 * reachability walk each.
 */
function criticalPoints(r: Region): { critical: Set<number>; lost: Map<number, number> } {
  const onChain = new Set(r.chain);
  const critical = new Set<number>();
  const lost = new Map<number, number>();
  for (const p of r.livePoints) {
    const vs = liveVertices(r, p);
    if (vs.some((v) => onChain.has(v) || v === r.top)) critical.add(p);
    if (vs.length === 1) continue;
    const still = withoutVertices(r, vs);
    let n = 0;
    for (let v = 0; v < r.sg.n; v++) if (r.live[v] && r.sg.isClaim[v] && !still[v]) n++;
    lost.set(p, n);
    if (!still[r.top]) critical.add(p);
  }
  return { critical, lost };
}

/** What ground still reaches in the region with `vs` removed. */
function withoutVertices(r: Region, vs: readonly number[]): Uint8Array {
  const removed = new Uint8Array(r.sg.n);
  for (const v of vs) removed[v] = 1;
  return reach(r.sg, [GROUND], r.sg.succ, r.live, removed, r.work);
}

/**
 * Claims and strategies that lose all support if point p alone fails: its
 * subtree in the dominator tree; for a frame used several times, what ground
 * no longer reaches with every use removed (criticalPoints counted it).
 */
function failsOf(r: Region): (p: number) => number {
  const { sg, rpo, idom } = r;
  const subtree = new Int32Array(sg.n);
  for (let i = rpo.length - 1; i >= 1; i--) {
    const v = rpo[i]!;
    subtree[v]! += sg.isClaim[v]!;
    subtree[idom[v]!]! += subtree[v]!;
  }
  return (p) => r.lost.get(p) ?? subtree[r.firstLive[p]!]!;
}

/** The chain's points nearest the top first, then the other single points in point order (the top itself left out). */
function singlePoints(r: Region, fails: (p: number) => number, top: string): SinglePoint[] {
  const { sg } = r;
  const out: SinglePoint[] = [];
  const listed = new Set<string>();
  const add = (p: number) => {
    listed.add(sg.pointId[p]!);
    out.push({ id: sg.pointId[p]!, kind: sg.pointKind[p]!, fails: fails(p) });
  };
  for (const v of r.chain) if (!listed.has(sg.pointId[sg.fp[v]!]!)) add(sg.fp[v]!);
  for (const p of [...r.critical].sort((a, b) => a - b))
    if (!listed.has(sg.pointId[p]!) && sg.pointId[p] !== top) add(p);
  return out;
}

/**
 * The ranking of evidence items and frames: `fails`, and `restsOn` by a walk
 * up from the point's uses, counting claims and strategies, until the work
 * budget runs out (then restsOn is a lower bound and the report says so).
 */
function rank(r: Region, fails: (p: number) => number, report: CriticalReport, budget: number): void {
  const { sg, live } = r;
  const work: Work = { done: 0 };
  for (const p of r.livePoints) {
    const pk = sg.pointKind[p]!;
    if (pk !== 'item' && !isFrameKind(pk)) continue;
    let restsOn = 0;
    if (work.done < budget) {
      for (const v of reachOrder(sg.succ, liveVertices(r, p), sg.scratch, { enter: (w) => live[w] === 1 })) {
        restsOn += sg.isClaim[v]!;
        work.done += sg.succ.degree(v);
      }
    } else report.rankingExact = false;
    const f = fails(p);
    report.ranking.push({
      id: sg.pointId[p]!,
      kind: pk,
      critical: r.critical.has(p),
      fails: f,
      restsOn,
      share: r.size ? f / r.size : 0,
    });
  }
  report.ranking.sort((a, b) => b.fails - a.fails || b.restsOn - a.restsOn || cmp(a.id, b.id));
}
