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
// failure leaves the top without support. For each candidate x, the dominators
// of the top with x removed that were not dominators before pair with x: one
// dominator computation, O(V + E), per candidate. Candidates are the failure
// points of the top's support in breadth-first order from the top downwards
// (pairs near the top first), and the search stops when its work reaches
// `pairWork` vertex and edge visits (default 4,000,000): exhaustive on any case
// of a few thousand nodes, and on a 50,000-node case it tries the few dozen
// candidates nearest the top. The report says whether it was exhaustive.
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
import { backEdges, isFrameKind, isSupportKind } from './support.js';
import { isUnsupported, statusOf, supportIndex, type SupportIndex } from './status.js';
import type { SupportStatus } from './status-types.js';

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
  /** Failure points: id, kind, vertices. */
  points: { id: string; kind: FailureKind; vertices: number[] }[];
  succStart: Int32Array;
  succList: Int32Array;
  predStart: Int32Array;
  predList: Int32Array;
  /** Vertex of each claim/strategy/evidence node (the node itself, after its frame chain), or -1. */
  nodeVertex: Map<string, number>;
  /** 1 for vertices that are claims or strategies. */
  isClaim: Uint8Array;
}

function kindOf(n: ArgNode): FailureKind {
  return n.kind as FailureKind;
}

function buildSupportGraph(idx: SupportIndex, defeat: Set<string>): SupportGraph {
  const { c, g } = idx;
  const points: SupportGraph['points'] = [];
  const pointOf = new Map<string, number>();
  const fpOfVertex: number[] = [-1];
  const claimFlag: number[] = [0];
  const point = (id: string, kind: FailureKind): number => {
    let p = pointOf.get(id);
    if (p === undefined) pointOf.set(id, (p = points.push({ id, kind, vertices: [] }) - 1));
    return p;
  };
  const vertex = (p: number, claim: boolean): number => {
    const v = fpOfVertex.length;
    fpOfVertex.push(p);
    claimFlag.push(claim ? 1 : 0);
    points[p]!.vertices.push(v);
    return v;
  };
  const accepted = (key: string): boolean => (g.challengers.get(key) ?? []).some((d) => (c.nodes.get(d) as { status?: string } | undefined)?.status === 'accepted');
  const linkAccepted = (from: string, to: string): boolean =>
    (g.linkChallengers.get(from)?.get(to) ?? []).some((d) => (c.nodes.get(d) as { status?: string } | undefined)?.status === 'accepted');
  const defeatedItself = (n: ArgNode): boolean => defeat.has(n.id) || n.defeated === true || accepted(n.id);

  // Items: ground -> item, for registered items not defeated.
  const itemVertex = new Map<string, number>();
  for (const [id] of c.evidence) if (!defeat.has(id)) itemVertex.set(id, vertex(point(id, 'item'), false));
  const edges: [number, number][] = [];
  for (const v of itemVertex.values()) edges.push([GROUND, v]);

  // Nodes: entry vertex (first frame use) and node vertex.
  const entry = new Map<string, number>();
  const nodeVertex = new Map<string, number>();
  for (const n of c.nodes.values()) {
    if (!isSupportKind(n.kind) || defeatedItself(n)) continue;
    const fs = idx.frames.get(n.id) ?? [];
    let ok = true;
    for (const f of fs) if (defeatedItself(c.nodes.get(f)!) || linkAccepted(n.id, f)) ok = false;
    if (!ok) continue;
    let prev = -1;
    for (const f of fs) {
      const v = vertex(point(f, kindOf(c.nodes.get(f)!)), false);
      if (prev < 0) entry.set(n.id, v);
      else edges.push([prev, v]);
      prev = v;
    }
    const v = vertex(point(n.id, kindOf(n)), n.kind !== 'evidence');
    if (prev < 0) entry.set(n.id, v);
    else edges.push([prev, v]);
    nodeVertex.set(n.id, v);
  }
  const back = backEdges(c, g, idx.children, idx.top);
  for (const n of c.nodes.values()) {
    const into = entry.get(n.id);
    if (into === undefined) continue;
    if (n.kind === 'evidence') {
      for (const e of n.evidence ?? []) {
        const v = itemVertex.get(e);
        if (v !== undefined) edges.push([v, into]);
      }
    } else {
      for (const k of idx.children.get(n.id) ?? []) {
        const v = nodeVertex.get(k);
        if (v === undefined || back.has(`${n.id}\u0000${k}`) || linkAccepted(n.id, k) || (n.defeated_relations ?? []).includes(k)) continue;
        edges.push([v, into]);
      }
    }
  }
  const nv = fpOfVertex.length;
  const csr = (pick: 0 | 1): [Int32Array, Int32Array] => {
    const start = new Int32Array(nv + 1);
    for (const e of edges) start[e[pick]! + 1]!++;
    for (let i = 0; i < nv; i++) start[i + 1]! += start[i]!;
    const fill = start.slice(0, nv);
    const list = new Int32Array(edges.length);
    for (const e of edges) list[fill[e[pick]!]!++] = e[1 - pick]!;
    return [start, list];
  };
  const [succStart, succList] = csr(0);
  const [predStart, predList] = csr(1);
  return { n: nv, fp: Int32Array.from(fpOfVertex), points, succStart, succList, predStart, predList, nodeVertex, isClaim: Uint8Array.from(claimFlag) };
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
function dominators(sg: SupportGraph, live: Uint8Array, removed: Uint8Array | undefined, work: Work): { idom: Int32Array; rpo: Int32Array; po: Int32Array } {
  const { n, succStart, succList, predStart, predList } = sg;
  work.done += n; // the arrays below
  const po = new Int32Array(n).fill(-1);
  const order: number[] = [];
  // Iterative DFS postorder from ground.
  const stack = new Int32Array(n);
  const next = new Int32Array(n);
  const seen = new Uint8Array(n);
  let sp = 0;
  stack[sp++] = GROUND;
  seen[GROUND] = 1;
  next[GROUND] = succStart[GROUND]!;
  while (sp > 0) {
    const v = stack[sp - 1]!;
    if (next[v]! < succStart[v + 1]!) {
      const w = succList[next[v]!++]!;
      work.done++;
      if (!seen[w] && live[w] && !(removed && removed[w])) {
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
  idom[GROUND] = GROUND;
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
function reach(from: number[], start: Int32Array, list: Int32Array, live: Uint8Array, removed: Uint8Array | undefined, work: Work): Uint8Array {
  const seen = new Uint8Array(live.length);
  const stack: number[] = [];
  for (const f of from) {
    if (live[f] && !(removed && removed[f]) && !seen[f]) {
      seen[f] = 1;
      stack.push(f);
    }
  }
  while (stack.length) {
    const v = stack.pop()!;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const w = list[e]!;
      work.done++;
      if (!seen[w] && live[w] && !(removed && removed[w])) {
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return seen;
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

  // Failure points in the region, with their live vertices.
  const pointLive = new Map<number, number[]>();
  for (let v = 1; v < sg.n; v++) {
    if (!live[v]) continue;
    const p = sg.fp[v]!;
    const list = pointLive.get(p);
    if (list) list.push(v);
    else pointLive.set(p, [v]);
  }
  const critical = new Set<number>();
  const exactFails = new Map<number, number>();
  for (const [p, vs] of pointLive) {
    if (vs.some((v) => isDom[v] || v === top)) critical.add(p);
    if (vs.length > 1) {
      // A frame used several times: remove every use, see what is still reachable.
      const removed = new Uint8Array(sg.n);
      for (const v of vs) removed[v] = 1;
      const still = reach([GROUND], sg.succStart, sg.succList, live, removed, work);
      let lost = 0;
      for (let v = 0; v < sg.n; v++) if (live[v] && sg.isClaim[v] && !still[v]) lost++;
      exactFails.set(p, lost);
      if (!still[top]) critical.add(p);
    }
  }
  const failsOf = (p: number): number => exactFails.get(p) ?? pointLive.get(p)!.reduce((m, v) => Math.max(m, fails[v]!), 0);

  for (const v of chain) {
    const p = sg.fp[v]!;
    const pt = sg.points[p]!;
    if (report.singlePoints.some((s) => s.id === pt.id)) continue;
    report.singlePoints.push({ id: pt.id, kind: pt.kind, fails: failsOf(p) });
  }
  for (const [p] of [...pointLive].sort((a, b) => a[0] - b[0])) {
    if (critical.has(p) && !report.singlePoints.some((s) => s.id === sg.points[p]!.id) && sg.points[p]!.id !== idx.top) {
      const pt = sg.points[p]!;
      report.singlePoints.push({ id: pt.id, kind: pt.kind, fails: failsOf(p) });
    }
  }

  // ---- pairs ------------------------------------------------------------------
  const budget = opts.pairWork ?? 4_000_000;
  // Candidates: non-critical failure points, breadth-first from the top downwards.
  const candidates: number[] = [];
  {
    const seenP = new Set<number>();
    const seenV = new Uint8Array(sg.n);
    const queue = [top];
    seenV[top] = 1;
    for (let qi = 0; qi < queue.length; qi++) {
      const v = queue[qi]!;
      const p = sg.fp[v]!;
      if (v !== GROUND && p >= 0 && !critical.has(p) && !seenP.has(p)) {
        seenP.add(p);
        candidates.push(p);
      }
      for (let e = sg.predStart[v]!; e < sg.predStart[v + 1]!; e++) {
        const w = sg.predList[e]!;
        if (live[w] && !seenV[w]) {
          seenV[w] = 1;
          queue.push(w);
        }
      }
    }
  }
  report.pairSearch.candidates = candidates.length;
  const pairKeys = new Set<string>();
  const pairWork: Work = { done: 0 };
  const rank = new Map<number, number>(candidates.map((p, i) => [p, i]));
  for (const p of candidates) {
    if (pairWork.done >= budget) {
      report.pairSearch.exhaustive = false;
      break;
    }
    report.pairSearch.tried++;
    const removed = new Uint8Array(sg.n);
    for (const v of pointLive.get(p)!) removed[v] = 1;
    const d = dominators(sg, live, removed, pairWork);
    if (d.idom[top] === -1) continue; // cannot happen: p is not critical
    for (let v = d.idom[top]!; v !== GROUND; v = d.idom[v]!) {
      const q = sg.fp[v]!;
      if (critical.has(q) || q === p) continue;
      const [a, b] = rank.get(p)! <= (rank.get(q) ?? Infinity) ? [p, q] : [q, p];
      const key = `${a},${b}`;
      if (pairKeys.has(key)) continue;
      pairKeys.add(key);
      const pa = sg.points[a]!;
      const pb = sg.points[b]!;
      report.pairs.push({ ids: [pa.id, pb.id], kinds: [pa.kind, pb.kind] });
    }
  }
  // Nearest the top first (both members), then ids.
  const near = new Map<string, number>(candidates.map((p, i) => [sg.points[p]!.id, i]));
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
  for (const [p, vs] of pointLive) {
    const pt = sg.points[p]!;
    if (pt.kind !== 'item' && !isFrameKind(pt.kind as ArgNode['kind'])) continue;
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
    report.ranking.push({ id: pt.id, kind: pt.kind, critical: critical.has(p), fails: f, restsOn, share: size ? f / size : 0 });
  }
  report.ranking.sort((a, b) => b.fails - a.fails || b.restsOn - a.restsOn || cmp(a.id, b.id));
  return report;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
