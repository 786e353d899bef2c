// The named walks over one Adjacency: reach (below or above, depending on the
// direction of the adjacency), depth-first search with the current path,
// post-order, topological order, cycles, shortest paths, breadth-first
// levels and a guided search. Every walk is iterative (a deep argument cannot
// overflow the call stack) and linear in what it visits; cycles are always
// handled. Pure and free of ids: the graph classes put names on the vertices.
import type { Adjacency } from './adjacency.js';

/** What a reach walk may do at a vertex. */
export interface ReachOptions {
  /** Follow v's links? v is reached either way. Default: always. */
  expand?: (v: number) => boolean;
  /** May the walk step onto w? The start vertices are reached regardless. Default: always. */
  enter?: (w: number) => boolean;
}

/**
 * Seen-marks and a stack that successive walks share: each walk takes a new
 * stamp instead of clearing a mask, so a walk costs what it visits, not the
 * size of the graph. A walk is not re-entrant: its callbacks must not start
 * another walk on the same scratch.
 */
export class WalkScratch {
  private seen: Int32Array;
  private stamp = 0;
  readonly stack: Int32Array;

  constructor(size: number) {
    this.seen = new Int32Array(size);
    this.stack = new Int32Array(size);
  }

  /** Start a walk: nothing is seen. */
  begin(): void {
    if (++this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }

  isSeen(v: number): boolean {
    return this.seen[v] === this.stamp;
  }

  see(v: number): void {
    this.seen[v] = this.stamp;
  }
}

/**
 * The start vertices (each once, negatives ignored) and every vertex reachable
 * from them, in the order a stack-based search first meets them: the starts
 * in the order given, then each vertex when a link to it is first followed,
 * the most recently met vertex expanded first. O(what is reached + its links).
 */
export function reachOrder(
  adj: Adjacency,
  from: Iterable<number>,
  scratch: WalkScratch,
  opts?: ReachOptions,
): number[] {
  const expand = opts?.expand;
  const enter = opts?.enter;
  const { stack } = scratch;
  scratch.begin();
  const out: number[] = [];
  for (const v of from) {
    if (v >= 0 && !scratch.isSeen(v)) {
      scratch.see(v);
      out.push(v);
    }
  }
  let sp = 0;
  for (const v of out) stack[sp++] = v;
  while (sp > 0) {
    const v = stack[--sp]!;
    if (expand && !expand(v)) continue;
    for (let e = adj.first(v); e < adj.end(v); e++) {
      const w = adj.target(e);
      if (scratch.isSeen(w) || (enter && !enter(w))) continue;
      scratch.see(w);
      out.push(w);
      stack[sp++] = w;
    }
  }
  return out;
}

/**
 * Depth-first search that knows the current path. run(start, finish) walks
 * from start, skipping vertices an earlier run finished, and calls finish(v)
 * once every vertex reachable from v is finished or on the path; while it
 * runs, onPath(w) says whether w is v or above it on the path, so a link
 * v -> w with onPath(w) closes a cycle (a back edge). Links are followed in
 * order; `expand` and `enter` limit the walk as for reachOrder. O(vertices +
 * links) over all runs.
 */
export class DepthFirst {
  /** 0 new, 1 on the path, 2 finished. */
  private readonly state: Uint8Array;
  private readonly stack: Int32Array;
  private readonly next: Int32Array;

  private readonly expand: ((v: number) => boolean) | undefined;
  private readonly enter: ((w: number) => boolean) | undefined;

  constructor(
    private readonly adj: Adjacency,
    opts?: ReachOptions,
  ) {
    this.state = new Uint8Array(adj.size);
    this.stack = new Int32Array(adj.size);
    this.next = new Int32Array(adj.size);
    this.expand = opts?.expand;
    this.enter = opts?.enter;
  }

  onPath(w: number): boolean {
    return this.state[w] === 1;
  }

  finished(w: number): boolean {
    return this.state[w] === 2;
  }

  run(start: number, finish: (v: number) => void): void {
    const { adj, state, stack, next, expand, enter } = this;
    if (start < 0 || state[start] !== 0) return;
    let sp = 0;
    state[start] = 1;
    stack[sp] = start;
    next[sp++] = expand && !expand(start) ? adj.end(start) : adj.first(start);
    while (sp > 0) {
      const v = stack[sp - 1]!;
      const at = next[sp - 1]!;
      if (at < adj.end(v)) {
        next[sp - 1] = at + 1;
        const w = adj.target(at);
        if (state[w] === 0 && (!enter || enter(w))) {
          state[w] = 1;
          stack[sp] = w;
          next[sp++] = expand && !expand(w) ? adj.end(w) : adj.first(w);
        }
        continue;
      }
      finish(v);
      state[v] = 2;
      sp--;
    }
  }
}

/** Every vertex reachable from the starts (in turn), children before parents; cycles are cut at their back edge. */
export function postOrder(adj: Adjacency, starts: Iterable<number>): number[] {
  const dfs = new DepthFirst(adj);
  const out: number[] = [];
  const finish = (v: number) => void out.push(v);
  for (const s of starts) dfs.run(s, finish);
  return out;
}

/**
 * The links a depth-first search from the starts (in turn) finds closing a
 * cycle, as a mark per link position. The search is DepthFirst's, so an
 * analysis walking the same way agrees on which links count.
 */
export function backLinks(adj: Adjacency, starts: Iterable<number>): Uint8Array {
  const back = new Uint8Array(adj.links);
  const dfs = new DepthFirst(adj);
  const finish = (v: number) => {
    for (let e = adj.first(v); e < adj.end(v); e++) if (dfs.onPath(adj.target(e))) back[e] = 1;
  };
  for (const s of starts) dfs.run(s, finish);
  return back;
}

/**
 * Topological order (Kahn's algorithm): every vertex after all vertices with a
 * link to it, sources in vertex order first. Vertices on a cycle, or below
 * one, are left out. O(vertices + links).
 */
export function topologicalOrder(adj: Adjacency): number[] {
  const n = adj.size;
  const indegree = new Int32Array(n);
  for (let e = 0; e < adj.links; e++) indegree[adj.target(e)]!++;
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (indegree[v] === 0) queue.push(v);
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (let e = adj.first(v); e < adj.end(v); e++) if (--indegree[adj.target(e)]! === 0) queue.push(adj.target(e));
  }
  return queue;
}

/**
 * One concrete cycle per strongly connected component of two or more
 * vertices (Tarjan's algorithm, iterative), each from the component's root
 * back to it along a shortest path. O(vertices + links).
 */
export function cycles(adj: Adjacency): number[][] {
  const n = adj.size;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const path = new Int32Array(n);
  const edge = new Int32Array(n);
  let sp = 0;
  let pp = 0;
  let next = 0;
  const out: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (index[start] !== -1) continue;
    index[start] = low[start] = next++;
    stack[sp++] = start;
    onStack[start] = 1;
    path[pp++] = start;
    edge[start] = adj.first(start);
    while (pp > 0) {
      const v = path[pp - 1]!;
      if (edge[v]! < adj.end(v)) {
        const w = adj.target(edge[v]!++);
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          onStack[w] = 1;
          path[pp++] = w;
          edge[w] = adj.first(w);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      pp--;
      if (pp > 0) low[path[pp - 1]!] = Math.min(low[path[pp - 1]!]!, low[v]!);
      if (low[v] !== index[v]) continue;
      const component = new Set<number>();
      let w: number;
      do {
        w = stack[--sp]!;
        onStack[w] = 0;
        component.add(w);
      } while (w !== v);
      if (component.size > 1) out.push(cycleThrough(adj, component, v));
    }
  }
  return out;
}

/** A shortest cycle from `start` back to it inside `within` (breadth first), as [start, ..., start]. */
function cycleThrough(adj: Adjacency, within: Set<number>, start: number): number[] {
  const prev = new Map<number, number>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (let e = adj.first(v); e < adj.end(v); e++) {
      const w = adj.target(e);
      if (!within.has(w)) continue;
      if (w === start) {
        const back = [v];
        for (let u = v; u !== start; ) back.push((u = prev.get(u)!));
        return [...back.reverse(), start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/**
 * A shortest path (fewest links, breadth first, links in order) from any of
 * the starts to `to`, as [start, ..., to]; undefined if none reaches it.
 */
export function shortestPath(adj: Adjacency, from: readonly number[], to: number): number[] | undefined {
  const prev = new Int32Array(adj.size).fill(-2);
  const queue: number[] = [];
  for (const s of from) {
    if (s >= 0 && prev[s] === -2) {
      prev[s] = -1;
      queue.push(s);
    }
  }
  for (let q = 0; q < queue.length && prev[to] === -2; q++) {
    const v = queue[q]!;
    for (let e = adj.first(v); e < adj.end(v); e++) {
      const w = adj.target(e);
      if (prev[w] !== -2) continue;
      prev[w] = v;
      queue.push(w);
    }
  }
  if (to < 0 || prev[to] === -2) return undefined;
  const path: number[] = [];
  for (let v = to; v !== -1; v = prev[v]!) path.push(v);
  return path.reverse();
}

/** Breadth-first layers: the starts, then the vertices first met one link further (that `enter` admits), and so on. */
export function levels(adj: Adjacency, from: Iterable<number>, enter?: (w: number) => boolean): number[][] {
  const seen = new Uint8Array(adj.size);
  let layer: number[] = [];
  for (const s of from) {
    if (s >= 0 && !seen[s]) {
      seen[s] = 1;
      layer.push(s);
    }
  }
  const out: number[][] = [];
  while (layer.length) {
    out.push(layer);
    const next: number[] = [];
    for (const v of layer) {
      for (let e = adj.first(v); e < adj.end(v); e++) {
        const w = adj.target(e);
        if (!seen[w] && (!enter || enter(w))) {
          seen[w] = 1;
          next.push(w);
        }
      }
    }
    layer = next;
  }
  return out;
}

/** What a guided search does at a vertex. */
export const EXPAND = 0;
export const SKIP = 1;
export const ABORT = 2;
export type Guide = typeof EXPAND | typeof SKIP | typeof ABORT;

/**
 * A search the caller steers: from the starts (pushed in order, the last
 * popped first), each vertex is visited once, when popped; visit(v) says
 * whether to follow its links, not to, or to stop the whole search. Returns
 * false if it was stopped. O(what is visited + its links).
 */
export function guidedSearch(
  adj: Adjacency,
  from: readonly number[],
  visit: (v: number) => Guide,
  scratch: WalkScratch,
): boolean {
  scratch.begin();
  // Each vertex is expanded once, so the stack holds at most the starts and the links followed.
  const stack: number[] = [...from];
  while (stack.length) {
    const v = stack.pop()!;
    if (scratch.isSeen(v)) continue;
    scratch.see(v);
    const step = visit(v);
    if (step === ABORT) return false;
    if (step === EXPAND) for (let e = adj.first(v); e < adj.end(v); e++) stack.push(adj.target(e));
  }
  return true;
}
