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
import type { ArgNode, Case } from '../model/case.js';
import type { CaseGraph } from '../model/graph.js';
import { isUnsupported, KIND_EVIDENCE, type SupportIndex, statusOf, supportIndex } from './status.js';
import type { SupportStatus } from './status-types.js';
import { backEdgeMask, isFrameKind } from './support.js';

export type FailureKind = 'claim' | 'strategy' | 'evidence' | 'assumption' | 'justification' | 'context' | 'item';

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

const GROUND = 0;

/** The support graph as integer adjacency (see the top of this file). */
interface SupportGraph {
  n: number;
  /** Vertex to failure point index (-1 for ground). */
  fp: Int32Array;
  /** Failure points by number: id and kind (parallel arrays, no object per point). */
  pointId: string[];
  pointKind: FailureKind[];
  succStart: Int32Array;
  succList: Int32Array;
  predStart: Int32Array;
  predList: Int32Array;
  /** For each position in predList, the position of the same edge in succList. */
  predToSucc: Int32Array;
  /** Vertex of the top claim (the node itself, after its frame chain), by id. */
  nodeVertex: Map<string, number>;
  /** 1 for vertices that are claims or strategies. */
  isClaim: Uint8Array;
}

function kindOf(n: ArgNode): FailureKind {
  return n.kind as FailureKind;
}

function buildSupportGraph(idx: SupportIndex, defeat: Set<string>): SupportGraph {
  const { c, g, nodes, kind, kidStart, kidList } = idx;
  // Upper bounds, so the vertex and edge arrays are typed and allocated once.
  let frameUses = 0;
  for (const fs of idx.frames.values()) frameUses += fs.length;
  const maxV = 1 + idx.itemIds.length + idx.support.length + frameUses;
  const maxE = idx.itemIds.length + frameUses + idx.citeList.length + kidList.length;
  const pointId: string[] = [];
  const pointKind: FailureKind[] = [];
  const fpOfVertex = new Int32Array(maxV);
  const claimFlag = new Uint8Array(maxV);
  fpOfVertex[0] = -1;
  let nv = 1;
  const newPoint = (id: string, kind: FailureKind): number => {
    pointKind.push(kind);
    return pointId.push(id) - 1;
  };
  // Frames are the only failure points with several vertices (one per use): found by node number.
  const framePoint = new Int32Array(g.ids.length).fill(-1);
  const vertex = (p: number, claim: boolean): number => {
    fpOfVertex[nv] = p;
    claimFlag[nv] = claim ? 1 : 0;
    return nv++;
  };
  const accepted = (key: string): boolean =>
    (g.challengers.get(key) ?? []).some(
      (d) => (c.nodes.get(d) as { status?: string } | undefined)?.status === 'accepted',
    );
  const linkAccepted = (from: string, to: string): boolean =>
    (g.linkChallengers.get(from)?.get(to) ?? []).some(
      (d) => (c.nodes.get(d) as { status?: string } | undefined)?.status === 'accepted',
    );
  const defeatedItself = (n: ArgNode, i: number): boolean =>
    (defeat.size > 0 && defeat.has(n.id)) || n.defeated === true || (idx.challenged[i] === 1 && accepted(n.id));

  // Edges as two flat typed lists (from, to): no per-edge objects.
  const eFrom = new Int32Array(maxE);
  const eTo = new Int32Array(maxE);
  let ne = 0;
  const edge = (from: number, to: number) => {
    eFrom[ne] = from;
    eTo[ne++] = to;
  };
  // Items: ground -> item, for registered items not defeated; by item number.
  const itemVertex = new Int32Array(idx.itemIds.length).fill(-1);
  idx.itemIds.forEach((id, k) => {
    if (defeat.size > 0 && defeat.has(id)) return;
    const v = vertex(newPoint(id, 'item'), false);
    itemVertex[k] = v;
    edge(GROUND, v);
  });

  // Nodes: entry vertex (first frame use) and node vertex, by node number.
  const n = g.ids.length;
  const entry = new Int32Array(n).fill(-1);
  const nodeVertexOf = new Int32Array(n).fill(-1);
  const nodeVertex = new Map<string, number>();
  const topNum = idx.top ? g.index.get(idx.top)! : -1;
  for (const i of idx.support) {
    const node = nodes[i]!;
    if (defeatedItself(node, i)) continue;
    const fs = idx.framed[i] ? idx.frames.get(node.id)! : [];
    let ok = true;
    for (const f of fs) {
      const fi = g.index.get(f)!;
      if (defeatedItself(nodes[fi]!, fi) || (g.linkChallengers.has(node.id) && linkAccepted(node.id, f))) ok = false;
    }
    if (!ok) continue;
    let prev = -1;
    for (const f of fs) {
      const fi = g.index.get(f)!;
      if (framePoint[fi]! < 0) framePoint[fi] = newPoint(f, kindOf(nodes[fi]!));
      const v = vertex(framePoint[fi]!, false);
      if (prev < 0) entry[i] = v;
      else {
        edge(prev, v);
      }
      prev = v;
    }
    const v = vertex(newPoint(node.id, kindOf(node)), node.kind !== 'evidence');
    if (prev < 0) entry[i] = v;
    else {
      edge(prev, v);
    }
    nodeVertexOf[i] = v;
    if (i === topNum) nodeVertex.set(node.id, v);
  }
  const back = backEdgeMask(n, kidStart, kidList, idx.top ? g.index.get(idx.top)! : -1, idx.support);
  for (const i of idx.support) {
    const into = entry[i]!;
    if (into < 0) continue;
    const node = nodes[i]!;
    if (kind[i] === KIND_EVIDENCE) {
      for (let e = idx.citeStart[i]!; e < idx.citeStart[i + 1]!; e++) {
        const v = itemVertex[idx.citeList[e]!]!;
        if (v >= 0) {
          edge(v, into);
        }
      }
      continue;
    }
    const links = g.linkChallengers.has(node.id);
    const dr = node.defeated_relations;
    for (let e = kidStart[i]!; e < kidStart[i + 1]!; e++) {
      const v = nodeVertexOf[kidList[e]!]!;
      if (v < 0 || back[e]) continue;
      if (links || dr) {
        const kid = g.ids[kidList[e]!]!;
        if ((links && linkAccepted(node.id, kid)) || dr?.includes(kid)) continue;
      }
      edge(v, into);
    }
  }
  const csr = (key: Int32Array, val: Int32Array): [Int32Array, Int32Array, Int32Array] => {
    const start = new Int32Array(nv + 1);
    for (let e = 0; e < ne; e++) start[key[e]! + 1]!++;
    for (let i = 0; i < nv; i++) start[i + 1]! += start[i]!;
    const fill = start.slice(0, nv);
    const list = new Int32Array(ne);
    const pos = new Int32Array(ne); // edge number -> its position in list
    for (let e = 0; e < ne; e++) {
      pos[e] = fill[key[e]!]!;
      list[fill[key[e]!]!++] = val[e]!;
    }
    return [start, list, pos];
  };
  const [succStart, succList, succPos] = csr(eFrom, eTo);
  const [predStart, predList, predPos] = csr(eTo, eFrom);
  const predToSucc = new Int32Array(ne);
  for (let e = 0; e < ne; e++) predToSucc[predPos[e]!] = succPos[e]!;
  return {
    n: nv,
    fp: fpOfVertex.subarray(0, nv),
    pointId,
    pointKind,
    succStart,
    succList,
    predStart,
    predList,
    predToSucc,
    nodeVertex,
    isClaim: claimFlag.subarray(0, nv),
  };
}

/** Counts work done, so budgets are deterministic (never time-based). */
interface Work {
  done: number;
}

/**
 * Immediate dominators from ground, over vertices allowed by `live` (1 = in
 * play) minus `removed`. Returns idom (-1 unreachable, ground's is ground) and
 * the reverse postorder. Cooper-Harvey-Kennedy; O(V + E) per pass.
 */
function dominators(
  sg: SupportGraph,
  live: Uint8Array,
  removed: Uint8Array | undefined,
  work: Work,
  root = GROUND,
): { idom: Int32Array; rpo: Int32Array; po: Int32Array } {
  const { n, succStart, succList, predStart, predList } = sg;
  work.done += n; // the arrays below
  const po = new Int32Array(n).fill(-1);
  const order: number[] = [];
  // Iterative DFS postorder from ground.
  const stack = new Int32Array(n);
  const next = new Int32Array(n);
  const seen = new Uint8Array(n);
  let sp = 0;
  stack[sp++] = root;
  seen[root] = 1;
  next[root] = succStart[root]!;
  while (sp > 0) {
    const v = stack[sp - 1]!;
    if (next[v]! < succStart[v + 1]!) {
      const w = succList[next[v]!++]!;
      work.done++;
      if (!seen[w] && live[w] && !removed?.[w]) {
        seen[w] = 1;
        next[w] = succStart[w]!;
        stack[sp++] = w;
      }
    } else {
      po[v] = order.length;
      order.push(v);
      sp--;
    }
  }
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
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < rpo.length; i++) {
      const v = rpo[i]!;
      let nd = -1;
      for (let e = predStart[v]!; e < predStart[v + 1]!; e++) {
        const p = predList[e]!;
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
  return { idom, rpo, po };
}

/** Vertices reachable from `from` along `start/list`, skipping `removed`, within `live`. */
function reach(
  from: number[],
  start: Int32Array,
  list: Int32Array,
  live: Uint8Array,
  removed: Uint8Array | undefined,
  work: Work,
): Uint8Array {
  const seen = new Uint8Array(live.length);
  const stack: number[] = [];
  for (const f of from) {
    if (live[f] && !removed?.[f] && !seen[f]) {
      seen[f] = 1;
      stack.push(f);
    }
  }
  while (stack.length) {
    const v = stack.pop()!;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const w = list[e]!;
      work.done++;
      if (!seen[w] && live[w] && !removed?.[w]) {
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return seen;
}

/**
 * How many vertex-disjoint paths join `lo` to `hi` inside segment `seg`, up to
 * three (3 also stands for a direct link, which no vertex can cut). Unit
 * vertex capacities by the usual split into an in and an out side; each
 * augmenting walk is a breadth-first search of the residual graph, O(V + E).
 */
function disjointPaths(
  sg: SupportGraph,
  lo: number,
  hi: number,
  segOf: Int32Array,
  seg: number,
  work: Work,
  scratch: FlowScratch,
): number {
  const { succStart, succList, predStart, predList, predToSucc } = sg;
  for (let e = succStart[lo]!; e < succStart[lo + 1]!; e++) if (succList[e] === hi) return 3;
  const { flow, used, parent, seenAt, queue } = scratch;
  let paths = 0;
  const sink = 2 * hi;
  while (paths < 3) {
    const round = ++scratch.round;
    const start = 2 * lo + 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    seenAt[start] = round;
    parent[start] = -1;
    while (head < tail && seenAt[sink] !== round) {
      const st = queue[head++]!;
      const v = st >> 1;
      if ((st & 1) === 0) {
        // In side: through the vertex if no path uses it, or back along an edge carrying a path.
        if (!used[v] && seenAt[st + 1] !== round) {
          seenAt[st + 1] = round;
          parent[st + 1] = st;
          queue[tail++] = st + 1;
        }
        for (let e = predStart[v]!; e < predStart[v + 1]!; e++) {
          const u = predList[e]!;
          const t = 2 * u + 1;
          if (flow[predToSucc[e]!] && seenAt[t] !== round && (u === lo || segOf[u] === seg)) {
            seenAt[t] = round;
            parent[t] = st;
            queue[tail++] = t;
          }
        }
        work.done += 1 + predStart[v + 1]! - predStart[v]!;
      } else {
        // Out side: back through the vertex if a path uses it, or along an edge not carrying one.
        if (used[v] && v !== lo && seenAt[st - 1] !== round) {
          seenAt[st - 1] = round;
          parent[st - 1] = st;
          queue[tail++] = st - 1;
        }
        for (let e = succStart[v]!; e < succStart[v + 1]!; e++) {
          const w = succList[e]!;
          const t = 2 * w;
          if (!flow[e] && seenAt[t] !== round && w !== lo && (w === hi || segOf[w] === seg)) {
            seenAt[t] = round;
            parent[t] = st;
            queue[tail++] = t;
          }
        }
        work.done += 1 + succStart[v + 1]! - succStart[v]!;
      }
    }
    if (seenAt[sink] !== round) break;
    paths++;
    for (let t = sink; parent[t]! !== -1; t = parent[t]!) {
      const st = parent[t]!;
      const sv = st >> 1;
      const tv = t >> 1;
      if (sv === tv)
        used[sv] = (st & 1) === 0 ? 1 : 0; // through the vertex, or cancelling that
      else if ((st & 1) === 1)
        flow[edgePos(sg, sv, tv)] = 1; // along an edge
      else flow[edgePos(sg, tv, sv)] = 0; // against an edge: cancel it
    }
  }
  return paths;
}

/** Arrays the flow search reuses across segments (segments are disjoint, so flows never mix). */
interface FlowScratch {
  flow: Uint8Array;
  used: Uint8Array;
  parent: Int32Array;
  seenAt: Int32Array;
  queue: Int32Array;
  round: number;
}

function flowScratch(sg: SupportGraph): FlowScratch {
  return {
    flow: new Uint8Array(sg.succList.length),
    used: new Uint8Array(sg.n),
    parent: new Int32Array(2 * sg.n),
    seenAt: new Int32Array(2 * sg.n),
    queue: new Int32Array(2 * sg.n),
    round: 0,
  };
}

/** The succ position of the edge u -> w (only on augmenting paths: a few per call). */
function edgePos(sg: SupportGraph, u: number, w: number): number {
  for (let e = sg.succStart[u]!; e < sg.succStart[u + 1]!; e++) if (sg.succList[e] === w) return e;
  return -1;
}

/**
 * The load-bearing nodes of a case: single points of failure, pairs, and the
 * ranking of evidence items and frames by how much of the argument rests on
 * them. See the top of this file for the model and the complexity.
 */
export function criticalNodes(c: Case, g: CaseGraph, opts: CriticalOptions): CriticalReport {
  return criticalOf(supportIndex(c, g), opts);
}

export function criticalOf(idx: SupportIndex, opts: CriticalOptions): CriticalReport {
  const defeat = new Set(opts.defeat ?? []);
  const status = statusOf(idx, { asOf: opts.asOf, defeat });
  const report: CriticalReport = {
    asOf: opts.asOf,
    ...(idx.top ? { top: idx.top, topStatus: status.nodes.get(idx.top)!.status } : {}),
    argumentSize: 0,
    singlePoints: [],
    pairs: [],
    pairSearch: { exhaustive: true, candidates: 0, tried: 0 },
    ranking: [],
    rankingExact: true,
  };
  if (!idx.top || isUnsupported(report.topStatus!)) return report;
  const sg = buildSupportGraph(idx, defeat);
  const top = sg.nodeVertex.get(idx.top)!;
  const all = new Uint8Array(sg.n).fill(1);
  const work: Work = { done: 0 };
  // The region: reachable from ground and reaching the top.
  const down = reach([GROUND], sg.succStart, sg.succList, all, undefined, work);
  const up = reach([top], sg.predStart, sg.predList, all, undefined, work);
  const live = new Uint8Array(sg.n);
  for (let v = 0; v < sg.n; v++) live[v] = down[v]! & up[v]!;
  let size = 0;
  for (let v = 0; v < sg.n; v++) if (live[v] && sg.isClaim[v]) size++;
  report.argumentSize = size;

  const { idom, rpo } = dominators(sg, live, undefined, work);
  // Dominator chain of the top, nearest first.
  const isDom = new Uint8Array(sg.n);
  const chain: number[] = [];
  for (let v = idom[top]!; v !== GROUND; v = idom[v]!) {
    chain.push(v);
    isDom[v] = 1;
  }
  // Subtree sizes (claims and strategies) in the dominator tree.
  const fails = new Int32Array(sg.n);
  for (let i = rpo.length - 1; i >= 1; i--) {
    const v = rpo[i]!;
    fails[v]! += sg.isClaim[v]!;
    fails[idom[v]!]! += fails[v]!;
  }

  // Failure points in the region, with their live vertices: most have one
  // (its first live vertex); frames used several times have a list.
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
  const liveVs = (p: number): number[] => multiLive.get(p) ?? [firstLive[p]!];
  const critical = new Set<number>();
  const exactFails = new Map<number, number>();
  for (const p of livePoints) {
    const f = firstLive[p]!;
    if (liveCount[p] === 1) {
      if (isDom[f] || f === top) critical.add(p);
      continue;
    }
    const vs = multiLive.get(p)!;
    if (vs.some((v) => isDom[v] || v === top)) critical.add(p);
    // A frame used several times: remove every use, see what is still reachable.
    const removed = new Uint8Array(sg.n);
    for (const v of vs) removed[v] = 1;
    const still = reach([GROUND], sg.succStart, sg.succList, live, removed, work);
    let lost = 0;
    for (let v = 0; v < sg.n; v++) if (live[v] && sg.isClaim[v] && !still[v]) lost++;
    exactFails.set(p, lost);
    if (!still[top]) critical.add(p);
  }
  const failsOf = (p: number): number => exactFails.get(p) ?? fails[firstLive[p]!]!;

  for (const v of chain) {
    const p = sg.fp[v]!;
    if (report.singlePoints.some((s) => s.id === sg.pointId[p])) continue;
    report.singlePoints.push({ id: sg.pointId[p]!, kind: sg.pointKind[p]!, fails: failsOf(p) });
  }
  const listed = new Set(report.singlePoints.map((s) => s.id));
  for (const p of [...critical].sort((a, b) => a - b)) {
    if (!listed.has(sg.pointId[p]!) && sg.pointId[p]! !== idx.top) {
      report.singlePoints.push({ id: sg.pointId[p]!, kind: sg.pointKind[p]!, fails: failsOf(p) });
    }
  }

  // ---- pairs ------------------------------------------------------------------
  // The top's dominator chain cuts the region into segments: ground .. d1 ..
  // d2 .. top. A path to the top crosses every segment, so two single-vertex
  // failures cut the top off only if both lie in one segment and cut it.
  // A segment whose ends are joined by three vertex-disjoint paths (or a direct
  // link) has no such pair (Menger); a max-flow of at most three augmenting
  // walks, O(V + E) per segment and O(V + E) over all of them, finds which
  // segments have exactly two. Frames used several times fail several vertices
  // at once, so they are tried against the whole region instead.
  const budget = opts.pairWork ?? 4_000_000;
  const pairWork: Work = { done: 0 };
  const pairKeys = new Set<string>();
  // Breadth-first rank from the top, for ordering candidates and pairs; built only if some are searched.
  let orderOf: Int32Array | undefined;
  const rankOf = (p: number): number => {
    if (!orderOf) {
      orderOf = new Int32Array(sg.pointId.length).fill(-1);
      let ranked = 0;
      const seenV = new Uint8Array(sg.n);
      const queue = new Int32Array(sg.n);
      let tail = 0;
      queue[tail++] = top;
      seenV[top] = 1;
      for (let qi = 0; qi < tail; qi++) {
        const v = queue[qi]!;
        const q = sg.fp[v]!;
        if (q >= 0 && orderOf[q]! < 0) orderOf[q] = ranked++;
        for (let e = sg.predStart[v]!; e < sg.predStart[v + 1]!; e++) {
          const w = sg.predList[e]!;
          if (live[w] && !seenV[w]) {
            seenV[w] = 1;
            queue[tail++] = w;
          }
        }
      }
    }
    return orderOf[p]! < 0 ? Infinity : orderOf[p]!;
  };
  const addPair = (p: number, q: number) => {
    if (p === q || critical.has(p) || critical.has(q)) return;
    const [a, b] = rankOf(p) <= rankOf(q) ? [p, q] : [q, p];
    const key = `${a},${b}`;
    if (pairKeys.has(key)) return;
    pairKeys.add(key);
    report.pairs.push({ ids: [sg.pointId[a]!, sg.pointId[b]!], kinds: [sg.pointKind[a]!, sg.pointKind[b]!] });
  };
  const multi: number[] = [];
  for (const p of multiLive.keys()) if (!critical.has(p)) multi.push(p);
  if (multi.length > 1) multi.sort((x, y) => rankOf(x) - rankOf(y));
  // Segments: nearest chain ancestor in the dominator tree, for every live vertex.
  const bounds = [GROUND, ...[...chain].reverse(), top];
  const boundIndex = new Int32Array(sg.n).fill(-1);
  bounds.forEach((v, i) => {
    boundIndex[v] = i;
  });
  const segOf = new Int32Array(sg.n).fill(-1);
  for (const v of rpo)
    if (v !== GROUND && boundIndex[v]! < 0)
      segOf[v] = boundIndex[idom[v]!]! >= 0 ? boundIndex[idom[v]!]! : segOf[idom[v]!]!;
  // Single-use candidates per segment: counted first; listed only for segments joined by exactly two paths.
  const segCount = new Int32Array(bounds.length);
  const single = (p: number) => !critical.has(p) && liveCount[p] === 1;
  for (const p of livePoints) if (single(p) && segOf[firstLive[p]!]! >= 0) segCount[segOf[firstLive[p]!]!]!++;
  const twoSegments: number[] = [];
  const scratch = flowScratch(sg);
  for (let i = bounds.length - 2; i >= 0; i--)
    if (segCount[i]! >= 2 && disjointPaths(sg, bounds[i]!, bounds[i + 1]!, segOf, i, work, scratch) === 2)
      twoSegments.push(i);
  const segCandidates = new Map<number, number[]>(twoSegments.map((i) => [i, []]));
  if (twoSegments.length) {
    for (const p of livePoints) if (single(p)) segCandidates.get(segOf[firstLive[p]!]!)?.push(p);
    for (const list of segCandidates.values()) list.sort((x, y) => rankOf(x) - rankOf(y));
  }
  let candidates = multi.length;
  for (const i of twoSegments) candidates += segCandidates.get(i)!.length;
  report.pairSearch.candidates = candidates;
  const outOfBudget = () => {
    if (pairWork.done < budget) return false;
    report.pairSearch.exhaustive = false;
    return true;
  };
  // biome-ignore lint/suspicious/noConfusingLabels: one labelled block lets every loop of the pair search stop at the budget.
  search: {
    // Frames used several times: remove every use, over the whole region.
    for (const p of multi) {
      if (outOfBudget()) break search;
      report.pairSearch.tried++;
      const removed = new Uint8Array(sg.n);
      for (const v of liveVs(p)) removed[v] = 1;
      const d = dominators(sg, live, removed, pairWork);
      if (d.idom[top] === -1) continue;
      for (let v = d.idom[top]!; v !== GROUND; v = d.idom[v]!) addPair(p, sg.fp[v]!);
      // Two such frames can cut together where no single use dominates.
      for (const q of multi) {
        if (q <= p) continue;
        const both = removed.slice();
        for (const v of liveVs(q)) both[v] = 1;
        if (!reach([GROUND], sg.succStart, sg.succList, live, both, pairWork)[top]) addPair(p, q);
      }
    }
    // Single-use points, segment by segment, nearest the top first.
    for (const i of twoSegments) {
      const lo = bounds[i]!;
      const hi = bounds[i + 1]!;
      const mask = new Uint8Array(sg.n);
      mask[lo] = 1;
      mask[hi] = 1;
      for (let v = 0; v < sg.n; v++) if (segOf[v] === i && live[v]) mask[v] = 1;
      for (const p of segCandidates.get(i)!) {
        if (outOfBudget()) break search;
        report.pairSearch.tried++;
        const removed = new Uint8Array(sg.n);
        removed[liveVs(p)[0]!] = 1;
        const d = dominators(sg, mask, removed, pairWork, lo);
        if (d.idom[hi] === -1) continue;
        for (let v = d.idom[hi]!; v !== lo; v = d.idom[v]!) addPair(p, sg.fp[v]!);
      }
    }
  }
  // Nearest the top first (both members), then ids.
  const near = new Map<string, number>();
  for (const key of pairKeys) for (const p of key.split(',').map(Number)) near.set(sg.pointId[p]!, rankOf(p));

  report.pairs.sort((x, y) => {
    const ax = Math.max(near.get(x.ids[0]) ?? Infinity, near.get(x.ids[1]) ?? Infinity);
    const ay = Math.max(near.get(y.ids[0]) ?? Infinity, near.get(y.ids[1]) ?? Infinity);
    return ax - ay || cmp(x.ids[0], y.ids[0]) || cmp(x.ids[1], y.ids[1]);
  });

  // ---- ranking ----------------------------------------------------------------
  const rankBudget = opts.rankWork ?? 20_000_000;
  const rankWork: Work = { done: 0 };
  const stamp = new Int32Array(sg.n);
  let round = 0;
  const stack: number[] = [];
  for (const p of livePoints) {
    const pk = sg.pointKind[p]!;
    if (pk !== 'item' && !isFrameKind(pk as ArgNode['kind'])) continue;
    const vs = liveVs(p);
    let restsOn = 0;
    if (rankWork.done < rankBudget) {
      // Walk up from its uses, counting claims and strategies; stamps avoid clearing a mask per walk.
      round++;
      for (const v of vs) {
        if (stamp[v] !== round) {
          stamp[v] = round;
          stack.push(v);
        }
      }
      while (stack.length) {
        const v = stack.pop()!;
        restsOn += sg.isClaim[v]!;
        for (let e = sg.succStart[v]!; e < sg.succStart[v + 1]!; e++) {
          const w = sg.succList[e]!;
          rankWork.done++;
          if (live[w] && stamp[w] !== round) {
            stamp[w] = round;
            stack.push(w);
          }
        }
      }
    } else report.rankingExact = false;
    const f = failsOf(p);
    report.ranking.push({
      id: sg.pointId[p]!,
      kind: pk,
      critical: critical.has(p),
      fails: f,
      restsOn,
      share: size ? f / size : 0,
    });
  }
  report.ranking.sort((a, b) => b.fails - a.fails || b.restsOn - a.restsOn || cmp(a.id, b.id));
  return report;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
