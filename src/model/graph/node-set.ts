// The answer of a walk: a set of nodes that answers membership by id or by
// number, and lists its nodes in the order the walk met them.

/** What a NodeSet needs of its graph: names for numbers and back. */
export interface NodeNames {
  readonly ids: readonly string[];
  num(id: string): number;
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
    const i = typeof node === 'number' ? node : this.names.num(node);
    if (i < 0) return false;
    if (!this.mask) {
      this.mask = new Uint8Array(this.names.ids.length);
      for (const v of this.order) this.mask[v] = 1;
    }
    return this.mask[i] === 1;
  }

  get size(): number {
    return this.order.length;
  }

  /** Ids in the order the walk met them. */
  *[Symbol.iterator](): Iterator<string> {
    for (const v of this.order) yield this.names.ids[v]!;
  }

  ids(): string[] {
    return this.order.map((v) => this.names.ids[v]!);
  }

  /** Node numbers in the order the walk met them. */
  nums(): readonly number[] {
    return this.order;
  }

  /** The nodes of both: this set's in its order, then the other's not in it. */
  union(other: NodeSet): NodeSet {
    if (other.size === 0) return this;
    if (this.size === 0) return other;
    const out = [...this.order];
    for (const v of other.order) if (!this.has(v)) out.push(v);
    return new NodeSet(this.names, out);
  }
}
