// The named walks over one Adjacency: reach (below or above, depending on the
// direction of the adjacency), depth-first search with the current path,
// post-order, topological order, cycles, shortest paths, breadth-first
// levels and a guided search. Every walk is iterative (a deep argument cannot
// overflow the call stack) and linear in what it visits; cycles are always
// handled. Pure and free of ids: the graph classes put names on the vertices.
import { type Adjacency, type Csr, csr } from './adjacency.js';

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
  /** A vertex is seen in the current walk when its mark is the walk's stamp. */
  readonly marks: Int32Array;
  readonly stack: Int32Array;
  private stamp = 0;

  constructor(size: number) {
    this.marks = new Int32Array(size);
    this.stack = new Int32Array(size);
  }

  /** Start a walk, with nothing seen: its stamp. */
  begin(): number {
    if (++this.stamp === 0x7fffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }
}

/**
 * The start vertices (each once, negatives ignored) and every vertex reachable
 * from them, in the order a stack-based search first meets them: the starts
 * in the order given, then each vertex when a link to it is first followed,
 * the most recently met vertex expanded first. O(what is reached + its links).
 *
 * Given several adjacencies over the same vertices, it follows each vertex's
 * links of the first, then of the second, and so on: the walk, and its order,
 * are those over their merge (Adjacency.merge), without building it.
 */
export function reachOrder(
  adj: Adjacency | readonly Adjacency[],
  from: Iterable<number>,
  scratch: WalkScratch,
  opts?: ReachOptions,
): number[] {
  const expand = opts?.expand;
  const enter = opts?.enter;
  const parts = Array.isArray(adj) ? (adj as readonly Adjacency[]).map(csr) : [csr(adj as Adjacency)];
  const { stack, marks } = scratch;
  const stamp = scratch.begin();
  const out: number[] = [];
  for (const v of from) {
    if (v >= 0 && marks[v] !== stamp) {
      marks[v] = stamp;
      out.push(v);
    }
  }
  let sp = 0;
  for (let i = 0; i < out.length; i++) stack[sp++] = out[i]!;
  while (sp > 0) {
    const v = stack[--sp]!;
    if (expand && !expand(v)) continue;
    for (let p = 0; p < parts.length; p++) {
      const { start, list } = parts[p]!;
      for (let e = start[v]!, end = start[v + 1]!; e < end; e++) {
        const w = list[e]!;
        if (marks[w] === stamp || (enter && !enter(w))) continue;
        marks[w] = stamp;
        out.push(w);
        stack[sp++] = w;
      }
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
  private readonly adj: Csr;

  constructor(adj: Adjacency, opts?: ReachOptions) {
    this.adj = csr(adj);
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

  run(from: number, finish: (v: number) => void): void {
    const { state, stack, next, expand, enter } = this;
    const { start, list } = this.adj;
    if (from < 0 || state[from] !== 0) return;
    let sp = 0;
    state[from] = 1;
    stack[sp] = from;
    next[sp++] = expand && !expand(from) ? start[from + 1]! : start[from]!;
    while (sp > 0) {
      const v = stack[sp - 1]!;
      const at = next[sp - 1]!;
      if (at < start[v + 1]!) {
        next[sp - 1] = at + 1;
        const w = list[at]!;
        if (state[w] === 0 && (!enter || enter(w))) {
          state[w] = 1;
          stack[sp] = w;
          next[sp++] = expand && !expand(w) ? start[w + 1]! : start[w]!;
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

/** Each adjacency's topological order, computed once: several checks and facts ask for the same graph's. */
const orders = new WeakMap<Adjacency, readonly number[]>();

/**
 * Topological order (Kahn's algorithm): every vertex after all vertices with a
 * link to it, sources in vertex order first. Vertices on a cycle, or below
 * one, are left out. O(vertices + links), once per adjacency (the answer is
 * shared: do not change it).
 */
export function topologicalOrder(adj: Adjacency): readonly number[] {
  let order = orders.get(adj);
  if (!order) orders.set(adj, (order = kahn(adj)));
  return order;
}

/** True if the adjacency has no cycle (its topological order holds every vertex). */
export function isAcyclic(adj: Adjacency): boolean {
  return topologicalOrder(adj).length === adj.size;
}

function kahn(adj: Adjacency): number[] {
  const n = adj.size;
  const { start, list } = csr(adj);
  const indegree = new Int32Array(n);
  for (let e = 0; e < list.length; e++) indegree[list[e]!]!++;
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) queue[tail++] = v;
  for (let q = 0; q < tail; q++) {
    const v = queue[q]!;
    for (let e = start[v]!, end = start[v + 1]!; e < end; e++) {
      const w = list[e]!;
      if (--indegree[w]! === 0) queue[tail++] = w;
    }
  }
  return Array.from(queue.subarray(0, tail));
}

/**
 * One concrete cycle per strongly connected component of two or more
 * vertices (Tarjan's algorithm, iterative), each from the component's root
 * back to it along a shortest path. O(vertices + links).
 */
export function cycles(adj: Adjacency): number[][] {
  // Most arguments have no cycle, and the topological order (shared with other walks) says so more cheaply.
  if (isAcyclic(adj)) return [];
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
  const { start, list } = csr(adj);
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
      for (let e = start[v]!, end = start[v + 1]!; e < end; e++) {
        const w = list[e]!;
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

/**
 * For every vertex, its own bits and those of every vertex below it (a bitwise
 * or): on an acyclic graph by one pass up its topological order; otherwise by
 * one post-order pass from every vertex in turn, a cycle cut where the walk
 * closes it. O(vertices + links).
 */
export function bitsBelow(adj: Adjacency, own: Int32Array): Int32Array {
  if (!isAcyclic(adj)) return bitsBelowCut(adj, own);
  const { start, list } = csr(adj);
  const order = topologicalOrder(adj);
  const bits = Int32Array.from(own);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    let b = bits[v]!;
    for (let e = start[v]!, end = start[v + 1]!; e < end; e++) b |= bits[list[e]!]!;
    bits[v] = b;
  }
  return bits;
}

/** bitsBelow on a graph with cycles: DepthFirst's walk written out, as it runs over every node of a large case. */
function bitsBelowCut(adj: Adjacency, own: Int32Array): Int32Array {
  const { start, list } = csr(adj);
  const n = adj.size;
  const bits = Int32Array.from(own);
  const state = new Uint8Array(n); // 0 new, 1 on the path, 2 done
  const stack = new Int32Array(n);
  const next = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (state[root]) continue;
    let sp = 0;
    stack[sp] = root;
    next[sp++] = start[root]!;
    state[root] = 1;
    while (sp > 0) {
      const v = stack[sp - 1]!;
      const at = next[sp - 1]!;
      if (at < start[v + 1]!) {
        next[sp - 1] = at + 1;
        const w = list[at]!;
        if (state[w] === 0) {
          state[w] = 1;
          stack[sp] = w;
          next[sp++] = start[w]!;
        }
        continue;
      }
      let b = bits[v]!;
      for (let e = start[v]!, end = start[v + 1]!; e < end; e++) if (state[list[e]!] === 2) b |= bits[list[e]!]!;
      bits[v] = b;
      state[v] = 2;
      sp--;
    }
  }
  return bits;
}

/**
 * For every vertex, the largest of its own value and those of every vertex
 * above it, in one pass down a topological order; a vertex on or below a
 * cycle is never reached and gets -1. O(vertices + links).
 */
export function maxAbove(adj: Adjacency, own: Int8Array): Int8Array {
  const { start, list } = csr(adj);
  const inherited = new Int8Array(adj.size).fill(-1);
  const out = new Int8Array(adj.size).fill(-1);
  for (const v of topologicalOrder(adj)) {
    const r = Math.max(inherited[v]!, own[v]!);
    out[v] = r;
    for (let e = start[v]!, end = start[v + 1]!; e < end; e++) if (r > inherited[list[e]!]!) inherited[list[e]!] = r;
  }
  return out;
}

/** What a guided search does at a vertex: follow its links, not follow them, or stop the whole search. */
export type Guide = 'expand' | 'skip' | 'stop';

/**
 * A search the caller steers: from the starts (pushed in order, the last
 * popped first; or, given a vertex, from its links), each vertex is visited
 * once, when popped; visit says whether to follow its links, not to, or to
 * stop the whole search. It is given the vertex, or its label when `labels`
 * names the vertices. Returns false if it was stopped. O(what is visited +
 * its links).
 */
export function guidedSearch<T = number>(
  adj: Adjacency,
  from: readonly number[] | number,
  visit: (x: T) => Guide,
  scratch: WalkScratch,
  labels?: readonly T[],
): boolean {
  const { start, list } = csr(adj);
  const { marks } = scratch;
  const stamp = scratch.begin();
  // Each vertex is expanded once, so the stack holds at most the starts and the links followed.
  const stack: number[] = [];
  if (typeof from !== 'number') for (const v of from) stack.push(v);
  else for (let e = start[from]!, end = start[from + 1]!; e < end; e++) stack.push(list[e]!);
  while (stack.length) {
    const v = stack.pop()!;
    if (marks[v] === stamp) continue;
    marks[v] = stamp;
    const step = visit(labels ? labels[v]! : (v as T));
    if (step === 'stop') return false;
    if (step === 'expand') for (let e = start[v]!, end = start[v + 1]!; e < end; e++) stack.push(list[e]!);
  }
  return true;
}

/**
 * The vertices marked in `stop` that a guided search from the starts meets,
 * in the order it meets them, when it goes below every vertex but those: the
 * answer of guidedSearch with a visit that skips exactly the marked vertices,
 * without a visit per vertex. O(what is reached + its links).
 */
export function firstMarked(adj: Adjacency, from: readonly number[], stop: Uint8Array, scratch: WalkScratch): number[] {
  const { start, list } = csr(adj);
  const { marks } = scratch;
  const stamp = scratch.begin();
  const stack: number[] = [];
  for (let i = 0; i < from.length; i++) stack.push(from[i]!);
  const out: number[] = [];
  while (stack.length) {
    const v = stack.pop()!;
    if (marks[v] === stamp) continue;
    marks[v] = stamp;
    if (stop[v]) out.push(v);
    else for (let e = start[v]!, end = start[v + 1]!; e < end; e++) stack.push(list[e]!);
  }
  return out;
}
