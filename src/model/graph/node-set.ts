// The answer of a walk: a set of nodes that answers membership by id or by
// number, and lists its nodes in the order the walk met them.

/** What a NodeSet needs of its graph: names for numbers and back. */
export interface NodeNames {
  readonly ids: readonly string[];
  /** Id to node number. */
  readonly index: ReadonlyMap<string, number>;
}

export class NodeSet implements Iterable<string> {
  /** Built on the first membership question: most sets are only listed. */
  private mask: Uint8Array | undefined;

  constructor(
    private readonly names: NodeNames,
    private readonly order: readonly number[],
  ) {}

  static empty(names: NodeNames): NodeSet {
    return new NodeSet(names, []);
  }

  /** By id, or by node number (a node's position in case order). */
  has(node: string | number): boolean {
    // Asked thousands of times per run: the lookup written out, not through the graph's num().
    const mask = this.mask ?? this.makeMask();
    return mask[typeof node === 'number' ? node : (this.names.index.get(node) ?? -1)] === 1;
  }

  private makeMask(): Uint8Array {
    const mask = new Uint8Array(this.names.ids.length);
    const order = this.order;
    for (let i = 0; i < order.length; i++) mask[order[i]!] = 1;
    this.mask = mask;
    return mask;
  }

  get size(): number {
    return this.order.length;
  }

  /** Ids in the order the walk met them. */
  [Symbol.iterator](): Iterator<string> {
    return this.ids()[Symbol.iterator]();
  }

  ids(): string[] {
    return this.order.map((v) => this.names.ids[v]!);
  }

  /** Node numbers in the order the walk met them. */
  nums(): readonly number[] {
    return this.order;
  }

  /** Node numbers in ascending order (case order). */
  sorted(): readonly number[] {
    if (!this.ascending) {
      const mask = this.mask ?? this.makeMask();
      const out: number[] = [];
      for (let v = 0; v < mask.length; v++) if (mask[v] === 1) out.push(v);
      this.ascending = out;
    }
    return this.ascending;
  }

  private ascending: number[] | undefined;

  /** The nodes of both: this set's in its order, then the other's not in it. */
  union(other: NodeSet): NodeSet {
    if (other.size === 0) return this;
    if (this.size === 0) return other;
    const out = [...this.order];
    for (const v of other.order) if (!this.has(v)) out.push(v);
    return new NodeSet(this.names, out);
  }
}
