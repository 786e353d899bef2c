// Pairs of failure points, neither a single point of failure, whose joint
// failure leaves the top claim without support (critical.ts states the
// method: segments of the dominator chain, a three-path flow test per
// segment, one dominator computation per candidate, within a work budget).
import { levels } from '../model/graph.js';
import type { CriticalReport } from './critical.js';
import { disjointPaths, flowScratch } from './critical-flow.js';
import { dominators, GROUND, liveVertices, type Region, reach, type Work } from './critical-graph.js';

/** What the search shares: the region, the report it fills, its budget and the pairs found. */
interface Search {
  r: Region;
  report: CriticalReport;
  budget: number;
  work: Work;
  keys: Set<string>;
  /** Breadth-first rank of each failure point from the top; built only if some are searched. */
  order?: Int32Array;
}

/** The segments of the top's dominator chain: its bounds (ground .. d1 .. top) and each live vertex's segment. */
interface Segments {
  bounds: number[];
  segOf: Int32Array;
}

export function searchPairs(r: Region, report: CriticalReport, budget: number): void {
  const s: Search = { r, report, budget, work: { done: 0 }, keys: new Set() };
  const multi: number[] = [];
  for (const p of r.multiLive.keys()) if (!r.critical.has(p)) multi.push(p);
  if (multi.length > 1) multi.sort((x, y) => rankOf(s, x) - rankOf(s, y));
  const segments = segmentsOf(r);
  const candidates = segmentCandidates(s, segments);
  let count = multi.length;
  for (const list of candidates.values()) count += list.length;
  report.pairSearch.candidates = count;
  if (tryFramesUsedOften(s, multi)) trySegments(s, segments, candidates);
  sortPairs(s);
}

/** Breadth-first rank from the top (over links against the flow), for ordering candidates and pairs. */
function rankOf(s: Search, p: number): number {
  if (!s.order) {
    const { sg, top, live } = s.r;
    const order = new Int32Array(sg.pointId.length).fill(-1);
    let ranked = 0;
    for (const layer of levels(sg.pred, [top], (w) => live[w] === 1)) {
      for (const v of layer) {
        const q = sg.fp[v]!;
        if (q >= 0 && order[q]! < 0) order[q] = ranked++;
      }
    }
    s.order = order;
  }
  return s.order[p]! < 0 ? Infinity : s.order[p]!;
}

function addPair(s: Search, p: number, q: number): void {
  const { critical, sg } = s.r;
  if (p === q || critical.has(p) || critical.has(q)) return;
  const [a, b] = rankOf(s, p) <= rankOf(s, q) ? [p, q] : [q, p];
  const key = `${a},${b}`;
  if (s.keys.has(key)) return;
  s.keys.add(key);
  s.report.pairs.push({ ids: [sg.pointId[a]!, sg.pointId[b]!], kinds: [sg.pointKind[a]!, sg.pointKind[b]!] });
}

function outOfBudget(s: Search): boolean {
  if (s.work.done < s.budget) return false;
  s.report.pairSearch.exhaustive = false;
  return true;
}

/** Segments: the nearest chain vertex above each live vertex in the dominator tree. */
function segmentsOf(r: Region): Segments {
  const bounds = [GROUND, ...[...r.chain].reverse(), r.top];
  const boundIndex = new Int32Array(r.sg.n).fill(-1);
  bounds.forEach((v, i) => {
    boundIndex[v] = i;
  });
  const segOf = new Int32Array(r.sg.n).fill(-1);
  for (const v of r.rpo) {
    if (v === GROUND || boundIndex[v]! >= 0) continue;
    const up = r.idom[v]!;
    segOf[v] = boundIndex[up]! >= 0 ? boundIndex[up]! : segOf[up]!;
  }
  return { bounds, segOf };
}

/**
 * Single-use candidates of the segments joined by exactly two disjoint paths
 * (only there can two single vertices cut it), nearest the top first; the
 * segments nearest the top come first.
 */
function segmentCandidates(s: Search, { bounds, segOf }: Segments): Map<number, number[]> {
  const { r } = s;
  const single = (p: number) => !r.critical.has(p) && r.liveCount[p] === 1;
  // Counted first; listed only for segments joined by exactly two paths.
  const segCount = new Int32Array(bounds.length);
  for (const p of r.livePoints) if (single(p) && segOf[r.firstLive[p]!]! >= 0) segCount[segOf[r.firstLive[p]!]!]!++;
  const scratch = flowScratch(r.sg);
  const out = new Map<number, number[]>();
  for (let i = bounds.length - 2; i >= 0; i--)
    if (segCount[i]! >= 2 && disjointPaths(r.sg, bounds[i]!, bounds[i + 1]!, segOf, i, r.work, scratch) === 2)
      out.set(i, []);
  if (out.size) {
    for (const p of r.livePoints) if (single(p)) out.get(segOf[r.firstLive[p]!]!)?.push(p);
    for (const list of out.values()) list.sort((x, y) => rankOf(s, x) - rankOf(s, y));
  }
  return out;
}

/** Frames used several times: remove every use, over the whole region. False if the budget ran out. */
function tryFramesUsedOften(s: Search, multi: readonly number[]): boolean {
  const { sg, live, top } = s.r;
  for (const p of multi) {
    if (outOfBudget(s)) return false;
    s.report.pairSearch.tried++;
    const removed = new Uint8Array(sg.n);
    for (const v of liveVertices(s.r, p)) removed[v] = 1;
    const d = dominators(sg, live, removed, s.work);
    if (d.idom[top] === -1) continue;
    for (let v = d.idom[top]!; v !== GROUND; v = d.idom[v]!) addPair(s, p, sg.fp[v]!);
    // Two such frames can cut together where no single use dominates.
    for (const q of multi) {
      if (q <= p) continue;
      const both = removed.slice();
      for (const v of liveVertices(s.r, q)) both[v] = 1;
      if (!reach(sg, [GROUND], sg.succ, live, both, s.work)[top]) addPair(s, p, q);
    }
  }
  return true;
}

/** Single-use points, segment by segment, nearest the top first: one dominator computation of the segment without each. */
function trySegments(s: Search, { bounds, segOf }: Segments, candidates: Map<number, number[]>): void {
  const { sg, live } = s.r;
  for (const [i, list] of candidates) {
    const lo = bounds[i]!;
    const hi = bounds[i + 1]!;
    const mask = new Uint8Array(sg.n);
    mask[lo] = 1;
    mask[hi] = 1;
    for (let v = 0; v < sg.n; v++) if (segOf[v] === i && live[v]) mask[v] = 1;
    for (const p of list) {
      if (outOfBudget(s)) return;
      s.report.pairSearch.tried++;
      const removed = new Uint8Array(sg.n);
      removed[liveVertices(s.r, p)[0]!] = 1;
      const d = dominators(sg, mask, removed, s.work, lo);
      if (d.idom[hi] === -1) continue;
      for (let v = d.idom[hi]!; v !== lo; v = d.idom[v]!) addPair(s, p, sg.fp[v]!);
    }
  }
}

/** Nearest the top first (both members), then ids. */
function sortPairs(s: Search): void {
  const near = new Map<string, number>();
  for (const key of s.keys) for (const p of key.split(',').map(Number)) near.set(s.r.sg.pointId[p]!, rankOf(s, p));
  s.report.pairs.sort((x, y) => {
    const ax = Math.max(near.get(x.ids[0]) ?? Infinity, near.get(x.ids[1]) ?? Infinity);
    const ay = Math.max(near.get(y.ids[0]) ?? Infinity, near.get(y.ids[1]) ?? Infinity);
    return ax - ay || cmp(x.ids[0], y.ids[0]) || cmp(x.ids[1], y.ids[1]);
  });
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
