// Facts about a case that many rules need, computed once per run and only
// when first asked for. Every fact is linear in the size of the case.
//
// Most facts work on node numbers (a node's position in graph.ids) over the
// graph's integer adjacency, and answer with typed arrays: masks (1 for the
// nodes in a set), ranks and index lists. A rule that loops over thousands of
// nodes reads an array slot where an id-keyed Set or Map would hash a string,
// and one walk over the whole graph replaces a walk per node. The id-based
// methods (below, evidenceBelow) remain for messages and small inputs: called once per node in a loop, a subtree
// walk makes a rule quadratic.
import type { ArgNode, Case, EvidenceItem, NodeOf } from '../../model/case.js';
import type { CaseGraph } from '../../model/graph.js';
import { EVIDENCE_KINDS, type EvidenceKind, type RiskSeverity, type Tier } from '../../model/vocab.js';

const SEVERITY_RANK: Record<RiskSeverity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
const SEVERITY_NAMES: readonly RiskSeverity[] = ['low', 'medium', 'high', 'critical'];
const TIER_RANK: Record<Tier, number> = { public: 0, regulator: 1, internal: 2, restricted: 3 };

export function severityRank(s: RiskSeverity): number {
  return SEVERITY_RANK[s];
}

/** The severity of a rank (severityRank's inverse), undefined for -1. */
export function severityOfRank(r: number): RiskSeverity | undefined {
  return SEVERITY_NAMES[r];
}

/** How restricted a tier is: public 0 < regulator 1 < internal 2 < restricted 3. */
export function tierRank(t: Tier): number {
  return TIER_RANK[t];
}

function memo<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

export class CaseFacts {
  constructor(
    private readonly c: Case,
    private readonly g: CaseGraph,
  ) {}

  /** The top claim: the first top-level node that is a claim. */
  readonly top = memo((): NodeOf<'claim'> | undefined => {
    for (const id of this.g.roots) {
      const n = this.c.nodes.get(id);
      if (n?.kind === 'claim') return n;
    }
    return undefined;
  });

  /**
   * Node objects by number: node i is graph.ids[i], so index order is case
   * order. Rules that loop over every node use numbers and the masks below
   * instead of id strings and Sets: an array read costs far less than a hash.
   */
  readonly nodeList = memo((): ArgNode[] => [...this.c.nodes.values()]);

  /**
   * Node numbers by kind, ascending (case order). A rule about one kind loops
   * over its list: reading `kind` off every node object is a megamorphic load
   * (nodes come in many shapes) that costs more than most rules' own tests,
   * and defeaters or justifications are a small share of a large case.
   */
  readonly kindIndex = memo((): Record<ArgNode['kind'], number[]> => {
    const out: Record<ArgNode['kind'], number[]> = {
      claim: [],
      strategy: [],
      evidence: [],
      context: [],
      assumption: [],
      justification: [],
      defeater: [],
    };
    const nodes = this.nodeList();
    for (let i = 0; i < nodes.length; i++) out[nodes[i]!.kind]?.push(i);
    return out;
  });

  /** The nodes of one kind, in case order. */
  nodesOf<K extends ArgNode['kind']>(kind: K): NodeOf<K>[] {
    let list = this.kindNodes.get(kind);
    if (!list) {
      const nodes = this.nodeList();
      this.kindNodes.set(kind, (list = this.kindIndex()[kind].map((i) => nodes[i]!)));
    }
    return list as NodeOf<K>[];
  }

  private readonly kindNodes = new Map<ArgNode['kind'], ArgNode[]>();

  /** A node's number (its position in graph.ids), or -1 if there is no such node. */
  num(id: string): number {
    return this.g.index.get(id) ?? -1;
  }

  /**
   * supported_by reversed, as integer adjacency like graph.childStart/childList:
   * the parents of node i are parentList[parentStart[i] .. parentStart[i + 1]),
   * in case order (the order of graph.parents).
   */
  readonly parentIndex = memo((): { parentStart: Int32Array; parentList: Int32Array } => {
    const { childStart, childList } = this.g;
    const n = this.g.ids.length;
    const parentStart = new Int32Array(n + 1);
    for (let e = 0; e < childList.length; e++) parentStart[childList[e]! + 1]!++;
    for (let i = 0; i < n; i++) parentStart[i + 1]! += parentStart[i]!;
    const fill = parentStart.slice(0, n);
    const parentList = new Int32Array(childList.length);
    for (let v = 0; v < n; v++)
      for (let e = childStart[v]!; e < childStart[v + 1]!; e++) parentList[fill[childList[e]!]!++] = v;
    return { parentStart, parentList };
  });

  /**
   * in_context_of as integer adjacency, like graph.childStart/childList: the
   * context, assumption and justification nodes stated for node i are
   * contextList[contextStart[i] .. contextStart[i + 1]), in written order (the
   * order of graph.contexts).
   */
  readonly contextIndex = memo((): { contextStart: Int32Array; contextList: Int32Array } => {
    const { ids, index, contexts } = this.g;
    // Counting sort over the nodes that have contexts (few), not a lookup per node.
    const contextStart = new Int32Array(ids.length + 1);
    let total = 0;
    for (const [from, tos] of contexts) {
      contextStart[index.get(from)! + 1] = tos.length;
      total += tos.length;
    }
    for (let i = 0; i < ids.length; i++) contextStart[i + 1]! += contextStart[i]!;
    const contextList = new Int32Array(total);
    for (const [from, tos] of contexts) {
      let at = contextStart[index.get(from)!]!;
      for (const k of tos) contextList[at++] = index.get(k)!;
    }
    return { contextStart, contextList };
  });

  /**
   * Evidence citations as integer adjacency: the registered items cited by
   * evidence node i are items[citeList[citeStart[i] .. citeStart[i + 1])], in
   * written order with repeats kept; ids that name no item are left out, and
   * other kinds of node have none. `items` is the registry in case order. Each
   * citation is looked up once per run, not once per rule.
   */
  readonly citeIndex = memo((): { citeStart: Int32Array; citeList: Int32Array; items: EvidenceItem[] } => {
    const items: EvidenceItem[] = [];
    const itemNum = new Map<string, number>();
    for (const [id, e] of this.c.evidence) itemNum.set(id, items.push(e) - 1);
    const nodes = this.nodeList();
    const citeStart = new Int32Array(nodes.length + 1);
    const list: number[] = [];
    const evidence = this.kindIndex().evidence;
    for (const i of evidence) {
      const before = list.length;
      for (const e of (nodes[i] as NodeOf<'evidence'>).evidence ?? []) {
        const k = itemNum.get(e);
        if (k !== undefined) list.push(k);
      }
      citeStart[i + 1] = list.length - before; // a count for now
    }
    for (let i = 0; i < nodes.length; i++) citeStart[i + 1]! += citeStart[i]!;
    return { citeStart, citeList: Int32Array.from(list), items };
  });

  /**
   * The given nodes (by number) and everything any of them rests on along
   * supported_by, as a mask: 1 for each node reached. One walk for any number
   * of start nodes, O(nodes + links); negative numbers are ignored.
   */
  markBelow(from: Iterable<number>): Uint8Array {
    return this.mark(from, this.g.childStart, this.g.childList);
  }

  /** The given nodes (by number) and every node that rests on any of them, as a mask. O(nodes + links). */
  markAbove(from: Iterable<number>): Uint8Array {
    const { parentStart, parentList } = this.parentIndex();
    return this.mark(from, parentStart, parentList);
  }

  /**
   * Everything the given nodes rest on, below them, as a mask: a node itself is
   * marked only if it rests on another given node (or on itself, in a cycle).
   * "Topmost only" rules skip the marked ones.
   */
  markUnder(from: Iterable<number>): Uint8Array {
    const { childStart, childList } = this.g;
    const kids: number[] = [];
    for (const i of from)
      if (i >= 0) for (let e = childStart[i]!; e < childStart[i + 1]!; e++) kids.push(childList[e]!);
    return this.markBelow(kids);
  }

  private mark(from: Iterable<number>, start: Int32Array, list: Int32Array): Uint8Array {
    const n = this.g.ids.length;
    const seen = new Uint8Array(n);
    const stack = new Int32Array(n); // each node is pushed at most once
    let sp = 0;
    for (const i of from) {
      if (i >= 0 && seen[i] === 0) {
        seen[i] = 1;
        stack[sp++] = i;
      }
    }
    while (sp > 0) {
      const v = stack[--sp]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const w = list[e]!;
        if (seen[w] === 0) {
          seen[w] = 1;
          stack[sp++] = w;
        }
      }
    }
    return seen;
  }

  /** The decision path as a mask by node number: the top claim and every node it rests on along supported_by. */
  readonly pathMask = memo((): Uint8Array => {
    const top = this.top();
    return top ? this.markBelow([this.num(top.id)]) : new Uint8Array(this.g.ids.length);
  });

  /** Evidence nodes that cite at least one registered evidence item, as a mask by node number. */
  readonly citesEvidence = memo((): Uint8Array => {
    const { citeStart } = this.citeIndex();
    const mask = new Uint8Array(this.g.ids.length);
    for (const i of this.kindIndex().evidence) if (citeStart[i + 1]! > citeStart[i]!) mask[i] = 1;
    return mask;
  });

  /**
   * Nodes with a registered evidence item cited by an evidence node at or below
   * them (what evidenceBelow(id).length > 0 says for one node), as a mask: one
   * upward walk from every citing evidence node.
   */
  readonly restsOnEvidence = memo((): Uint8Array => this.markAbove(indicesOf(this.citesEvidence())));

  /** The node and everything it rests on along supported_by. O(subtree). */
  below(id: string): Set<string> {
    const i = this.num(id);
    if (i < 0) return new Set([id]);
    return new Set(this.belowOrder(i).map((k) => this.g.ids[k]!));
  }

  /** Node i and the numbers of every node below it, in the order of below(). */
  private belowOrder(i: number): number[] {
    return this.walkBelow([i]);
  }

  /**
   * The given nodes (by number, each once) and every node below them, in the
   * order a depth-first walk finds them: the order of belowAll(). Where a rule
   * reports the first of several equal things it finds, this order decides
   * which. A stamp array shared by the calls of a run marks what is seen.
   */
  walkBelow(from: readonly number[]): number[] {
    const { childStart, childList } = this.g;
    const seen = (this.walkSeen ??= new Int32Array(this.g.ids.length));
    const mark = ++this.walkMark;
    const out: number[] = [];
    for (const i of from) {
      if (i >= 0 && seen[i] !== mark) {
        seen[i] = mark;
        out.push(i);
      }
    }
    const stack = out.slice();
    while (stack.length) {
      const v = stack.pop()!;
      for (let e = childStart[v]!; e < childStart[v + 1]!; e++) {
        const w = childList[e]!;
        if (seen[w] !== mark) {
          seen[w] = mark;
          out.push(w);
          stack.push(w);
        }
      }
    }
    return out;
  }

  private walkSeen: Int32Array | undefined;
  private walkMark = 0;

  /**
   * For each node, the evidence kinds cited anywhere below it (itself
   * included), as a bit mask over EVIDENCE_KINDS: one post-order pass over the
   * support graph, O(nodes + links). Cycles are cut at the back edge.
   */
  readonly kindsBelow = memo((): Int32Array => {
    const g = this.g;
    const n = g.ids.length;
    const mask = new Int32Array(n);
    const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
    const stack = new Int32Array(n);
    const edge = new Int32Array(n);
    const { citeStart, citeList, items } = this.citeIndex();
    const itemBit = Int32Array.from(items, (e) => kindBit(e.kind));
    for (const i of this.kindIndex().evidence)
      for (let e = citeStart[i]!; e < citeStart[i + 1]!; e++) mask[i]! |= itemBit[citeList[e]!]!;
    for (let root = 0; root < n; root++) {
      if (state[root]) continue;
      let sp = 0;
      stack[sp++] = root;
      state[root] = 1;
      edge[root] = g.childStart[root]!;
      while (sp > 0) {
        const v = stack[sp - 1]!;
        if (edge[v]! < g.childStart[v + 1]!) {
          const w = g.childList[edge[v]!++]!;
          if (state[w] === 0) {
            state[w] = 1;
            edge[w] = g.childStart[w]!;
            stack[sp++] = w;
          } else if (state[w] === 2) mask[v]! |= mask[w]!;
          continue;
        }
        sp--;
        state[v] = 2;
        if (sp > 0) mask[stack[sp - 1]!]! |= mask[v]!;
      }
    }
    return mask;
  });

  /** Evidence item id to the evidence nodes that cite it, in case order. */
  readonly citingEvidenceNodes = memo((): Map<string, NodeOf<'evidence'>[]> => citations(this.nodesOf('evidence')));

  /** Evidence item id to the defeaters that cite it as counter-evidence, in case order. */
  readonly citingDefeaters = memo((): Map<string, NodeOf<'defeater'>[]> => citations(this.nodesOf('defeater')));

  /** Evidence items cited by evidence nodes in the node's subtree (not by defeaters). */
  evidenceBelow(id: string): EvidenceItem[] {
    const i = this.num(id);
    if (i < 0) return [];
    const nodes = this.nodeList();
    const out = new Map<string, EvidenceItem>();
    for (const k of this.belowOrder(i)) {
      const n = nodes[k]!;
      if (n.kind !== 'evidence' || !n.evidence) continue;
      for (const e of n.evidence) {
        const item = this.c.evidence.get(e);
        if (item) out.set(e, item);
      }
    }
    return [...out.values()];
  }

  /**
   * The highest severity of the risks a node's branch addresses, by node
   * number, as a rank (severityRank; -1 when none): risks named by the node or
   * any claim above it. One top-down pass over the argument in topological
   * order from the roots (Kahn's algorithm), a node inheriting the worst of its
   * parents; nodes on a support cycle are never reached and get -1.
   */
  readonly branchRank = memo((): Int8Array => {
    const nodes = this.nodeList();
    const n = nodes.length;
    const { childStart, childList } = this.g;
    const { parentStart } = this.parentIndex();
    const inherited = new Int8Array(n).fill(-1);
    const out = new Int8Array(n).fill(-1);
    const indeg = new Int32Array(n);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let i = 0; i < n; i++) {
      indeg[i] = parentStart[i + 1]! - parentStart[i]!;
      if (indeg[i] === 0) queue[tail++] = i;
    }
    for (let q = 0; q < tail; q++) {
      const v = queue[q]!;
      let r = inherited[v]!;
      const node = nodes[v]!;
      if (node.kind === 'claim' && node.addresses) {
        for (const id of node.addresses) {
          const risk = this.c.risks.get(id);
          if (risk && SEVERITY_RANK[risk.severity] > r) r = SEVERITY_RANK[risk.severity];
        }
      }
      out[v] = r;
      for (let e = childStart[v]!; e < childStart[v + 1]!; e++) {
        const w = childList[e]!;
        if (r > inherited[w]!) inherited[w] = r;
        if (--indeg[w]! === 0) queue[tail++] = w;
      }
    }
    return out;
  });

  /** Defeaters that challenge the node itself or a link from or to it. */
  readonly defeatersOf = memo((): Map<string, NodeOf<'defeater'>[]> => {
    const m = new Map<string, NodeOf<'defeater'>[]>();
    const add = (id: string, d: NodeOf<'defeater'>) => {
      const list = m.get(id) ?? [];
      if (!list.includes(d)) list.push(d);
      m.set(id, list);
    };
    for (const ch of this.g.challenges) {
      const d = this.c.nodes.get(ch.defeater) as NodeOf<'defeater'>;
      if (ch.node !== undefined) add(ch.node, d);
      else if (ch.link) {
        add(ch.link.from, d);
        add(ch.link.to, d);
      }
    }
    return m;
  });

  /** The publication's default tier (internal when unstated). */
  readonly defaultTier = memo((): Tier => this.c.publication?.value.default_tier ?? 'internal');

  /** An item's tier: its own, else the publication default. */
  tierOf(item: { tier?: Tier }): Tier {
    return item.tier ?? this.defaultTier();
  }

  /** True if the decision approves (with or without conditions). */
  readonly approves = memo((): boolean => {
    const o = this.c.decision?.value.outcome;
    return o === 'approve' || o === 'approve-with-conditions';
  });

  /** The date the decision was taken, if recorded. */
  readonly decisionDate = memo((): string | undefined => this.c.decision?.value.date);

  /**
   * Evidence items the top claim rests on, in order of first citation: each
   * item with the evidence nodes on the decision path that cite it, in case
   * order, by id (`citing`) and by number (`at`). Defeaters' counter-evidence
   * is not included: it doubts the argument rather than supporting it.
   */
  readonly pathItems = memo((): PathItem[] => {
    const path = this.pathMask();
    const nodes = this.nodeList();
    const { citeStart, citeList, items } = this.citeIndex();
    const byItem: (PathItem | undefined)[] = new Array(items.length);
    const out: PathItem[] = [];
    for (const i of this.kindIndex().evidence) {
      if (!path[i]) continue;
      const id = nodes[i]!.id;
      for (let e = citeStart[i]!; e < citeStart[i + 1]!; e++) {
        const k = citeList[e]!;
        let p = byItem[k];
        if (!p) out.push((p = byItem[k] = { item: items[k]!, citing: [], at: [] }));
        p.citing.push(id);
        p.at.push(i);
      }
    }
    return out;
  });

  /** Every build named in the operational context: the model's and each component's. */
  readonly contextBuilds = memo((): Set<string> => {
    const ctx = this.c.context?.value;
    const s = new Set<string>();
    if (ctx) {
      s.add(ctx.model.build);
      for (const comp of ctx.model.components ?? []) s.add(comp.build);
    }
    return s;
  });
}

/** An evidence item the decision path cites, with the evidence nodes citing it (ids and numbers, in case order). */
export interface PathItem {
  item: EvidenceItem;
  citing: string[];
  at: number[];
}

/** Evidence item id to the given nodes that cite it, in their order. */
function citations<N extends { evidence?: string[] }>(nodes: readonly N[]): Map<string, N[]> {
  const m = new Map<string, N[]>();
  for (const n of nodes) {
    if (!n.evidence) continue;
    for (const e of n.evidence) {
      const list = m.get(e);
      if (list) list.push(n);
      else m.set(e, [n]);
    }
  }
  return m;
}

/** Sets in `into` every entry set in `from` (a union of masks, in place). */
export function orInto(into: Uint8Array, from: Uint8Array): void {
  for (let i = 0; i < into.length; i++) into[i]! |= from[i]!;
}

/** The numbers i with mask[i] set, ascending. */
export function indicesOf(mask: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i);
  return out;
}

/** The bit of one evidence kind in a kind mask (0 for an unknown kind). */
const KIND_BITS = new Map<string, number>(EVIDENCE_KINDS.map((k, i) => [k, 1 << i]));

export function kindBit(kind: EvidenceKind | undefined): number {
  return (kind !== undefined && KIND_BITS.get(kind)) || 0;
}

/** The mask of several evidence kinds. */
export function kindMask(kinds: readonly EvidenceKind[]): number {
  return kinds.reduce((m, k) => m | kindBit(k), 0);
}

/** Add days to a YYYY-MM-DD date. Pure: no clock. */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  const t = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86_400_000);
}
