// How many vertex-disjoint paths join the two ends of a segment of the
// support graph (critical.ts, pairs): a max-flow with unit vertex capacities,
// stopped after three augmenting walks.
import type { SupportGraph, Work } from './critical-graph.js';

/** Arrays the flow search reuses across segments (segments are disjoint, so flows never mix). */
export interface FlowScratch {
  flow: Uint8Array;
  used: Uint8Array;
  parent: Int32Array;
  seenAt: Int32Array;
  queue: Int32Array;
  round: number;
}

export function flowScratch(sg: SupportGraph): FlowScratch {
  return {
    flow: new Uint8Array(sg.succ.links),
    used: new Uint8Array(sg.n),
    parent: new Int32Array(2 * sg.n),
    seenAt: new Int32Array(2 * sg.n),
    queue: new Int32Array(2 * sg.n),
    round: 0,
  };
}

/** One segment's flow problem: its ends, which vertices belong to it, and the scratch. */
interface Segment {
  sg: SupportGraph;
  lo: number;
  hi: number;
  segOf: Int32Array;
  seg: number;
  work: Work;
  scratch: FlowScratch;
}

/**
 * How many vertex-disjoint paths join `lo` to `hi` inside segment `seg`, up to
 * three (3 also stands for a direct link, which no vertex can cut). Unit
 * vertex capacities by the usual split into an in side (2v) and an out side
 * (2v + 1); each augmenting walk is a breadth-first search of the residual
 * graph, O(V + E).
 */
export function disjointPaths(
  sg: SupportGraph,
  lo: number,
  hi: number,
  segOf: Int32Array,
  seg: number,
  work: Work,
  scratch: FlowScratch,
): number {
  if (sg.succ.linked(lo, hi)) return 3;
  const s: Segment = { sg, lo, hi, segOf, seg, work, scratch };
  let paths = 0;
  while (paths < 3 && augmentingWalk(s)) {
    paths++;
    applyWalk(s);
  }
  return paths;
}

/** One breadth-first search of the residual graph from lo's out side; true if it reached hi's in side. */
function augmentingWalk(s: Segment): boolean {
  const { scratch, lo } = s;
  const { parent, seenAt, queue } = scratch;
  const round = ++scratch.round;
  const sink = 2 * s.hi;
  const start = 2 * lo + 1;
  let head = 0;
  let tail = 0;
  queue[tail++] = start;
  seenAt[start] = round;
  parent[start] = -1;
  const visit = (t: number, from: number) => {
    seenAt[t] = round;
    parent[t] = from;
    queue[tail++] = t;
  };
  while (head < tail && seenAt[sink] !== round) {
    const st = queue[head++]!;
    if ((st & 1) === 0) inSide(s, st, round, visit);
    else outSide(s, st, round, visit);
  }
  return seenAt[sink] === round;
}

/** From a vertex's in side: through the vertex if no path uses it, or back along a link carrying a path. */
function inSide(s: Segment, st: number, round: number, visit: (t: number, from: number) => void): void {
  const { sg, scratch, lo, segOf, seg } = s;
  const { pred, predToSucc } = sg;
  const v = st >> 1;
  if (!scratch.used[v] && scratch.seenAt[st + 1] !== round) visit(st + 1, st);
  for (let e = pred.first(v); e < pred.end(v); e++) {
    const u = pred.target(e);
    const t = 2 * u + 1;
    if (scratch.flow[predToSucc[e]!] && scratch.seenAt[t] !== round && (u === lo || segOf[u] === seg)) visit(t, st);
  }
  s.work.done += 1 + pred.degree(v);
}

/** From a vertex's out side: back through the vertex if a path uses it, or along a link not carrying one. */
function outSide(s: Segment, st: number, round: number, visit: (t: number, from: number) => void): void {
  const { sg, scratch, lo, hi, segOf, seg } = s;
  const { succ } = sg;
  const v = st >> 1;
  if (scratch.used[v] && v !== lo && scratch.seenAt[st - 1] !== round) visit(st - 1, st);
  for (let e = succ.first(v); e < succ.end(v); e++) {
    const w = succ.target(e);
    const t = 2 * w;
    if (!scratch.flow[e] && scratch.seenAt[t] !== round && w !== lo && (w === hi || segOf[w] === seg)) visit(t, st);
  }
  s.work.done += 1 + succ.degree(v);
}

/** Push one unit of flow along the walk just found (from hi's in side back to lo). */
function applyWalk(s: Segment): void {
  const { sg, scratch } = s;
  const { parent, used, flow } = scratch;
  for (let t = 2 * s.hi; parent[t]! !== -1; t = parent[t]!) {
    const st = parent[t]!;
    const sv = st >> 1;
    const tv = t >> 1;
    if (sv === tv)
      used[sv] = (st & 1) === 0 ? 1 : 0; // through the vertex, or cancelling that
    else if ((st & 1) === 1)
      flow[sg.succ.position(sv, tv)] = 1; // along a link
    else flow[sg.succ.position(tv, sv)] = 0; // against a link: cancel it
  }
}
