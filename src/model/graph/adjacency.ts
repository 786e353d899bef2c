// Integer adjacency in compressed sparse row form (CSR): the links of vertex v
// sit at positions first(v) .. end(v) - 1, and target(e) is the vertex a link
// points at. Two flat arrays for any number of links, so a walk over a large
// argument reads array slots instead of hashing ids. Positions are stable: an
// analysis may key its own per-link data by them (a back-edge mark, a flow).

/** The two arrays behind an adjacency. */
export interface Csr {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

let arrays: (adj: Adjacency) => Csr;

/**
 * The arrays behind an adjacency, for the walks of this folder: their inner
 * loops read array slots, not method calls (which cost most before the JIT
 * has compiled them, that is in a one-shot command). Not exported from
 * model/graph: consumers ask the walks and the methods.
 */
export function csr(adj: Adjacency): Csr {
  return arrays(adj);
}

export class Adjacency {
  static {
    arrays = (adj) => adj.arrays;
  }

  private readonly arrays: Csr;

  private constructor(
    private readonly start: Int32Array,
    private readonly list: Int32Array,
  ) {
    this.arrays = { start, list };
  }

  /** Number of vertices. */
  get size(): number {
    return this.start.length - 1;
  }

  /** Number of links. */
  get links(): number {
    return this.list.length;
  }

  /** Position of v's first link. */
  first(v: number): number {
    return this.start[v]!;
  }

  /** One past the position of v's last link. */
  end(v: number): number {
    return this.start[v + 1]!;
  }

  /** The vertex the link at position e points at. */
  target(e: number): number {
    return this.list[e]!;
  }

  degree(v: number): number {
    return this.start[v + 1]! - this.start[v]!;
  }

  /** v's targets in link order (a copy). */
  targets(v: number): number[] {
    const out: number[] = [];
    for (let e = this.start[v]!; e < this.start[v + 1]!; e++) out.push(this.list[e]!);
    return out;
  }

  /** True if v has a link to w. O(degree of v). */
  linked(v: number, w: number): boolean {
    for (let e = this.start[v]!; e < this.start[v + 1]!; e++) if (this.list[e] === w) return true;
    return false;
  }

  /** The position of the first link v -> w, or -1. */
  position(v: number, w: number): number {
    for (let e = this.start[v]!; e < this.start[v + 1]!; e++) if (this.list[e] === w) return e;
    return -1;
  }

  /** No links between `size` vertices. */
  static empty(size: number): Adjacency {
    return new Adjacency(new Int32Array(size + 1), new Int32Array(0));
  }

  /**
   * From `count` links given as two parallel lists (from[k] -> to[k]). Each
   * vertex keeps its links in the order given (a stable counting sort), so
   * written order survives. O(size + count).
   */
  static fromLinks(size: number, from: ArrayLike<number>, to: ArrayLike<number>, count = from.length): Adjacency {
    return Adjacency.fromLinksWithPositions(size, from, to, count).adjacency;
  }

  /** fromLinks, and for each given link k the position it got. */
  static fromLinksWithPositions(
    size: number,
    from: ArrayLike<number>,
    to: ArrayLike<number>,
    count = from.length,
  ): { adjacency: Adjacency; position: Int32Array } {
    const start = new Int32Array(size + 1);
    for (let k = 0; k < count; k++) start[from[k]! + 1]!++;
    for (let v = 0; v < size; v++) start[v + 1]! += start[v]!;
    const fill = start.slice(0, size);
    const list = new Int32Array(count);
    const position = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const at = fill[from[k]!]!++;
      position[k] = at;
      list[at] = to[k]!;
    }
    return { adjacency: new Adjacency(start, list), position };
  }

  /**
   * Links in the other direction: w -> v for every v -> w, each vertex's in
   * order of source, then position. `targets` is the number of vertices links
   * point at, when they are of another sort (evidence items cited by nodes).
   */
  reverse(targets = this.size): Adjacency {
    return this.reverseWithPositions(targets).adjacency;
  }

  /** reverse(), and for each position of the reversed links the position of the same link here. */
  reverseWithPositions(targets = this.size): { adjacency: Adjacency; original: Int32Array } {
    const n = targets;
    const start = new Int32Array(n + 1);
    for (let e = 0; e < this.list.length; e++) start[this.list[e]! + 1]!++;
    for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
    const fill = start.slice(0, n);
    const list = new Int32Array(this.list.length);
    const original = new Int32Array(this.list.length);
    for (let v = 0; v < this.size; v++) {
      for (let e = this.start[v]!; e < this.start[v + 1]!; e++) {
        const at = fill[this.list[e]!]!++;
        list[at] = v;
        original[at] = e;
      }
    }
    return { adjacency: new Adjacency(start, list), original };
  }

  /**
   * Several adjacencies over the same vertices as one: each vertex's links of
   * the first (repeats kept, as written), then those of the others not already
   * among its links. O(size + links), times the degree for the later parts.
   */
  static merge(parts: readonly Adjacency[]): Adjacency {
    if (parts.every((p, k) => k === 0 || p.links === 0)) return parts[0]!;
    const n = parts[0]?.size ?? 0;
    const start = new Int32Array(n + 1);
    const out: number[] = [];
    for (let v = 0; v < n; v++) {
      start[v] = out.length;
      const mine = out.length;
      parts.forEach((p, k) => {
        for (let e = p.first(v); e < p.end(v); e++) {
          const w = p.target(e);
          if (k === 0 || out.indexOf(w, mine) < 0) out.push(w);
        }
      });
    }
    start[n] = out.length;
    return new Adjacency(start, Int32Array.from(out));
  }

  /**
   * The links v -> w with `from[v]` and `to[w]` set (a missing mask keeps
   * every vertex), in the same order: filter() without a call per link.
   */
  restrict(from: Uint8Array | undefined, to: Uint8Array | undefined): Adjacency {
    const n = this.size;
    const start = new Int32Array(n + 1);
    const out: number[] = [];
    for (let v = 0; v < n; v++) {
      start[v] = out.length;
      if (from && !from[v]) continue;
      for (let e = this.start[v]!, end = this.start[v + 1]!; e < end; e++) {
        const w = this.list[e]!;
        if (!to || to[w]) out.push(w);
      }
    }
    start[n] = out.length;
    return new Adjacency(start, Int32Array.from(out));
  }

  /** The links v -> w for which keep(v, w) holds, in the same order. */
  filter(keep: (v: number, w: number) => boolean): Adjacency {
    const n = this.size;
    const start = new Int32Array(n + 1);
    const out: number[] = [];
    for (let v = 0; v < n; v++) {
      start[v] = out.length;
      for (let e = this.start[v]!; e < this.start[v + 1]!; e++) {
        const w = this.list[e]!;
        if (keep(v, w)) out.push(w);
      }
    }
    start[n] = out.length;
    return new Adjacency(start, Int32Array.from(out));
  }
}

/** Collects links one at a time, then builds an Adjacency. */
export class LinkList {
  private from: number[] = [];
  private to: number[] = [];

  add(from: number, to: number): void {
    this.from.push(from);
    this.to.push(to);
  }

  get count(): number {
    return this.from.length;
  }

  build(size: number): Adjacency {
    return Adjacency.fromLinks(size, this.from, this.to);
  }
}
