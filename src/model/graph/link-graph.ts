// A graph of named nodes with several kinds of link, each kind kept as integer
// adjacency, and the named walks over any choice of kinds, downwards (along
// the links) or upwards (against them). The case's argument graph is one
// (case-graph.ts); the diagram views and the report's browser script build
// their own from the diagram data, so every part walks the same way.
import { Adjacency, LinkList } from './adjacency.js';
import { NodeSet } from './node-set.js';
import {
  cycles,
  type Guide,
  guidedSearch,
  levels,
  postOrder,
  type ReachOptions,
  reachOrder,
  shortestPath,
  WalkScratch,
} from './walks.js';

/**
 * One kind of link or several, walked as one; or an adjacency over the same
 * node numbers that a check or analysis derived from the graph's (alone, or
 * among the kinds).
 */
export type Via<K extends string> = K | readonly (K | Adjacency)[] | Adjacency;
/** A node by id, or by number (its position in the graph's ids). */
export type NodeRef = string | number;
/** One node or several. */
export type NodeRefs = NodeRef | Iterable<NodeRef>;

export class LinkGraph<K extends string> {
  readonly ids: readonly string[];
  /** Id to node number. */
  readonly index: ReadonlyMap<string, number>;
  private readonly kinds: Readonly<Record<K, Adjacency>>;
  /** Merged and reversed adjacencies, built on first use. */
  private readonly derived = new Map<string, Adjacency>();
  /** Each kind reversed, built on first use: the most asked (parents, challengers). */
  private readonly reversed: Partial<Record<K, Adjacency>> = {};
  private readonly freeScratch: WalkScratch[] = [];

  constructor(ids: readonly string[], kinds: Record<K, Adjacency>, index?: ReadonlyMap<string, number>) {
    this.ids = ids;
    this.kinds = kinds;
    this.index = index ?? new Map(ids.map((id, i) => [id, i]));
  }

  /**
   * A graph from ids and links by id, in order; links whose ends are not
   * among the ids are left out, and so are links from a node to itself.
   */
  static fromLinks<K extends string>(
    ids: readonly string[],
    kinds: readonly K[],
    links: Iterable<{ kind: K; from: string; to: string }>,
  ): LinkGraph<K> {
    const index = new Map(ids.map((id, i) => [id, i]));
    const lists = new Map<K, LinkList>(kinds.map((k) => [k, new LinkList()]));
    for (const { kind, from, to } of links) {
      const f = index.get(from);
      const t = index.get(to);
      if (f !== undefined && t !== undefined && f !== t) lists.get(kind)?.add(f, t);
    }
    const adj = {} as Record<K, Adjacency>;
    for (const k of kinds) adj[k] = lists.get(k)!.build(ids.length);
    return new LinkGraph(ids, adj, index);
  }

  get size(): number {
    return this.ids.length;
  }

  /** A node's number, or -1 if there is no such node. */
  num(node: NodeRef): number {
    if (typeof node === 'number') return node >= 0 && node < this.ids.length ? node : -1;
    return this.index.get(node) ?? -1;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** The id of node number i. */
  id(i: number): string {
    return this.ids[i]!;
  }

  /**
   * The links of the given kinds as one integer adjacency (for each node, the
   * first kind's links, then the others' not already there), or against
   * them with `up`. Built once per choice; analyses derive their own
   * structures from it.
   */
  adjacency(via: Via<K>, up = false): Adjacency {
    if (typeof via === 'string') {
      const kind = via as K;
      return up ? (this.reversed[kind] ??= this.kinds[kind].reverse()) : this.kinds[kind];
    }
    if (via instanceof Adjacency) return up ? via.reverse() : via;
    if (via.some((k) => k instanceof Adjacency)) {
      // A derived adjacency among the kinds: merged for this call only.
      const merged = Adjacency.merge(this.parts(via));
      return up ? merged.reverse() : merged;
    }
    const kinds = via as readonly K[];
    if (!up && kinds.length === 1) return this.kinds[kinds[0]!];
    const key = `${up ? '^' : ''}${kinds.join('+')}`;
    let adj = this.derived.get(key);
    if (!adj) {
      adj = up ? this.adjacency(kinds).reverse() : Adjacency.merge(kinds.map((k) => this.kinds[k]));
      this.derived.set(key, adj);
    }
    return adj;
  }

  /** The adjacency of each kind or derived adjacency in a list. */
  private parts(via: readonly (K | Adjacency)[]): Adjacency[] {
    return via.map((k) => (k instanceof Adjacency ? k : this.kinds[k]));
  }

  /** The nodes `node` links to along `via`, in written order. */
  targets(node: NodeRef, via: Via<K>): string[] {
    return this.names(this.adjacency(via), this.num(node));
  }

  /** The nodes that link to `node` along `via`, in case order. */
  sources(node: NodeRef, via: Via<K>): string[] {
    return this.names(this.adjacency(via, true), this.num(node));
  }

  private names(adj: Adjacency, v: number): string[] {
    const out: string[] = [];
    if (v >= 0) for (let e = adj.first(v); e < adj.end(v); e++) out.push(this.ids[adj.target(e)]!);
    return out;
  }

  /** True if `from` links to `to` along `via`. */
  linked(from: NodeRef, to: NodeRef, via: Via<K>): boolean {
    const f = this.num(from);
    const t = this.num(to);
    return f >= 0 && t >= 0 && this.adjacency(via).linked(f, t);
  }

  /** The given nodes as a set, each once, in the order given. */
  set(nodes: NodeRefs): NodeSet {
    const seen = new Set<number>();
    return new NodeSet(
      this,
      this.nums(nodes).filter((v) => !seen.has(v) && seen.add(v)),
    );
  }

  /** The given nodes and everything below them along `via`, in the order a depth-first search meets them. */
  below(from: NodeRefs, via: Via<K>, opts?: ReachOptions): NodeSet {
    // Several kinds are walked one after another at each node: the same walk as over their merge, without building it.
    const down = typeof via === 'string' || via instanceof Adjacency ? this.adjacency(via) : this.parts(via);
    return this.reach(from, down, opts);
  }

  /** The given nodes and everything above them (everything with a path along `via` to one of them). */
  above(from: NodeRefs, via: Via<K>, opts?: ReachOptions): NodeSet {
    return this.reach(from, this.adjacency(via, true), opts);
  }

  /**
   * Everything strictly below the given nodes: a given node is in it only if
   * it lies below another given node (or on a cycle). "Topmost only" asks this.
   */
  under(from: NodeRefs, via: Via<K>): NodeSet {
    const adj = this.adjacency(via);
    const kids: number[] = [];
    for (const v of this.nums(from)) for (let e = adj.first(v); e < adj.end(v); e++) kids.push(adj.target(e));
    return this.reach(kids, adj);
  }

  private reach(from: NodeRefs, adj: Adjacency | readonly Adjacency[], opts?: ReachOptions): NodeSet {
    const s = this.takeScratch();
    try {
      return new NodeSet(this, reachOrder(adj, this.nums(from), s, opts));
    } finally {
      this.freeScratch.push(s);
    }
  }

  /** Everything below the given nodes, children before parents; a cycle is cut where the walk closes it. */
  postOrder(from: NodeRefs, via: Via<K>): number[] {
    return postOrder(this.adjacency(via), this.nums(from));
  }

  /** Breadth-first layers from the given nodes: themselves, then what is one link away, and so on. */
  levels(from: NodeRefs, via: Via<K>, up = false): string[][] {
    return levels(this.adjacency(via, up), this.nums(from)).map((layer) => layer.map((v) => this.ids[v]!));
  }

  /** A path with the fewest links from one of the given nodes to `to`, both ends included. */
  shortestPath(from: NodeRefs, to: NodeRef, via: Via<K>, up = false): string[] | undefined {
    const path = shortestPath(this.adjacency(via, up), this.nums(from), this.num(to));
    return path?.map((v) => this.ids[v]!);
  }

  /** One cycle (first node repeated at the end) per group of nodes that reach each other along `via`. */
  cycles(via: Via<K>): string[][] {
    return cycles(this.adjacency(via)).map((c) => c.map((v) => this.ids[v]!));
  }

  /**
   * A search below the given nodes that `visit` steers (see guidedSearch);
   * false if it was stopped. Visit is given the node's number, or its label
   * from `labels` (indexed by node number).
   */
  search<T = number>(from: NodeRefs, via: Via<K>, visit: (x: T) => Guide, labels?: readonly T[]): boolean {
    return this.guided(this.nums(from), via, visit, labels);
  }

  /** search() from the nodes `node` links to along `via` (the node itself is visited only if a cycle leads back). */
  searchUnder<T = number>(node: NodeRef, via: Via<K>, visit: (x: T) => Guide, labels?: readonly T[]): boolean {
    const v = this.num(node);
    return v < 0 || this.guided(v, via, visit, labels);
  }

  private guided<T>(
    from: readonly number[] | number,
    via: Via<K>,
    visit: (x: T) => Guide,
    labels: readonly T[] | undefined,
  ): boolean {
    // No try/finally: a visit that throws loses this scratch, and the next search makes another.
    const s = this.takeScratch();
    const whole = guidedSearch(this.adjacency(via), from, visit, s, labels);
    this.freeScratch.push(s);
    return whole;
  }

  /** Node numbers for node references; unknown ones are left out. */
  nums(from: NodeRefs): number[] {
    if (from instanceof NodeSet) return [...from.nums()];
    const out: number[] = [];
    if (typeof from === 'string' || typeof from === 'number') {
      const v = this.num(from);
      if (v >= 0) out.push(v);
      return out;
    }
    for (const x of from) {
      const v = this.num(x);
      if (v >= 0) out.push(v);
    }
    return out;
  }

  /** A walk's scratch space (given back when it ends): the last one's, or a fresh one when a walk's callback starts another. */
  private takeScratch(): WalkScratch {
    return this.freeScratch.pop() ?? new WalkScratch(this.ids.length);
  }
}

export type { Guide, ReachOptions } from './walks.js';
