// Facts about a case that many rules need: questions a rule asks of the
// argument graph (model/graph), answered once per run and only when first
// asked. Every fact is linear in the size of the case.
//
// A rule asks by id or node ("is this on the decision path?", "what does it
// rest on?"); the walks behind the answers run over the graph's integer
// adjacency, once per run for the facts every rule shares. A rule that needs
// a walk per node asks for one walk from all its nodes at once (below,
// above, under take any number of start nodes): a subtree walk per node in a
// loop makes a rule quadratic.

import { defeatersById } from '../../model/bridges.js';
import type { ArgNode, Case, EvidenceItem, NodeOf } from '../../model/case.js';
import {
  type Adjacency,
  bitsBelow,
  type CaseGraph,
  firstMarked,
  type Guide,
  guidedSearch,
  maxAbove,
  type NodeRef,
  type NodeRefs,
  type NodeSet,
  RESTS_ON,
  WalkScratch,
} from '../../model/graph.js';
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

/** How a walk may be cut short. */
export interface WalkOptions {
  /** Reach such a node (a start node too) but go no further from it. */
  stopAt?: (n: ArgNode) => boolean;
}

/** What a guided search does at a node: look below it, not below it, or give up altogether. */
export type SearchStep = Guide;

export class CaseFacts {
  constructor(
    private readonly c: Case,
    private readonly g: CaseGraph,
  ) {}

  /** The top claim: the first top-level node that is a claim. */
  readonly top = memo((): NodeOf<'claim'> | undefined => {
    const n = this.g.top === undefined ? undefined : this.c.nodes.get(this.g.top);
    return n?.kind === 'claim' ? n : undefined;
  });

  /**
   * The nodes of one kind, in case order. A rule about one kind loops over
   * its list: defeaters or justifications are a small share of a large case.
   */
  nodesOf<K extends ArgNode['kind']>(kind: K): NodeOf<K>[] {
    let list = this.kindNodes.get(kind);
    if (!list) this.kindNodes.set(kind, (list = this.g.nodes.filter((n) => n.kind === kind)));
    return list as NodeOf<K>[];
  }

  private readonly kindNodes = new Map<ArgNode['kind'], ArgNode[]>();

  /** True if the node is on the decision path: the top claim or something it rests on along supported_by. */
  onDecisionPath(node: NodeRef): boolean {
    return (this.pathSet ??= this.g.decisionPath()).has(node);
  }

  private pathSet: NodeSet | undefined;

  private path(): NodeSet {
    return (this.pathSet ??= this.g.decisionPath());
  }

  /** The nodes on the decision path, in case order. */
  readonly nodesOnDecisionPath = memo((): ArgNode[] => {
    const { nodes } = this.g;
    const path = this.path().sorted();
    const out: ArgNode[] = [];
    for (let i = 0; i < path.length; i++) out.push(nodes[path[i]!]!);
    return out;
  });

  /**
   * The frames of the decision path: each node on it (case order) with each
   * context, assumption or justification it is stated in (written order).
   */
  readonly framesOnDecisionPath = memo((): { node: ArgNode; frame: ArgNode }[] => {
    const { nodes } = this.g;
    const frames = this.g.adjacency('context');
    const out: { node: ArgNode; frame: ArgNode }[] = [];
    const path = this.path().sorted();
    for (let i = 0; i < path.length; i++) {
      const v = path[i]!;
      for (let e = frames.first(v), end = frames.end(v); e < end; e++)
        out.push({ node: nodes[v]!, frame: nodes[frames.target(e)]! });
    }
    return out;
  });

  /** True if a node on the decision path is stated in the node (in_context_of). */
  framesDecisionPath(node: NodeRef): boolean {
    return this.pathFrames().has(node);
  }

  private readonly pathFrames = memo((): NodeSet => {
    const frames = this.g.adjacency('context');
    const out: number[] = [];
    const path = this.path().nums();
    for (let i = 0; i < path.length; i++)
      for (let e = frames.first(path[i]!), end = frames.end(path[i]!); e < end; e++) out.push(frames.target(e));
    return this.g.set(out);
  });

  /** The nodes the node has in its supported_by (that exist), in written order. */
  childrenOf(node: NodeRef): readonly ArgNode[] {
    return this.linked(node, this.g.adjacency('support'));
  }

  /** The nodes with the node in their supported_by, in case order. */
  parentsOf(node: NodeRef): readonly ArgNode[] {
    return this.linked(node, this.g.adjacency('support', true));
  }

  /** The context, assumption and justification nodes the node is stated in, in written order. */
  framesOf(node: NodeRef): readonly ArgNode[] {
    return this.linked(node, this.g.adjacency('context'));
  }

  private linked(node: NodeRef, adj: Adjacency): readonly ArgNode[] {
    const v = this.g.num(node);
    // Most nodes have none of a kind of link: one shared empty answer.
    if (v < 0 || adj.degree(v) === 0) return NO_NODES;
    const out: ArgNode[] = [];
    for (let e = adj.first(v), end = adj.end(v); e < end; e++) out.push(this.g.nodes[adj.target(e)]!);
    return out;
  }

  /**
   * The given nodes and everything they rest on along supported_by, listed in
   * the order a depth-first walk meets them (where a rule reports the first
   * of several equal things, this order decides which). One walk for any
   * number of start nodes; unknown ids are ignored.
   */
  below(from: NodeRefs, opts?: WalkOptions): NodeSet {
    return this.g.below(from, 'support', this.reachOptions(opts));
  }

  /** The given nodes and every node that rests on any of them along supported_by. */
  above(from: NodeRefs, opts?: WalkOptions): NodeSet {
    return this.g.above(from, 'support', this.reachOptions(opts));
  }

  /** The nodes of a walk's answer, in the order the walk met them. */
  nodesIn(set: NodeSet): ArgNode[] {
    const { nodes } = this.g;
    const out: ArgNode[] = [];
    const nums = set.nums();
    for (let i = 0; i < nums.length; i++) out.push(nodes[nums[i]!]!);
    return out;
  }

  /**
   * Everything the given nodes rest on, without them: a given node is in it
   * only if it rests on another given node (or on itself, in a cycle).
   * "Topmost only" rules skip the nodes in it.
   */
  under(from: NodeRefs): NodeSet {
    return this.g.under(from, 'support');
  }

  private reachOptions(opts: WalkOptions | undefined) {
    const stopAt = opts?.stopAt;
    if (!stopAt) return undefined;
    const nodes = this.g.nodes;
    return { expand: (v: number) => !stopAt(nodes[v]!) };
  }

  /**
   * A search below the node's children along supported_by that `visit`
   * steers: each node reached is visited once (the last child first), the
   * node itself only if a cycle leads back to it; false if a visit said stop.
   */
  searchUnder(node: NodeRef, visit: (n: ArgNode) => SearchStep): boolean {
    // guidedSearch itself, not through the graph's search: a rule asks this once per claim.
    const v = this.g.num(node);
    return v < 0 || guidedSearch(this.g.adjacency('support'), v, visit, this.scratch(), this.g.nodes);
  }

  private walkScratch: WalkScratch | undefined;

  private scratch(): WalkScratch {
    return (this.walkScratch ??= new WalkScratch(this.g.size));
  }

  /**
   * Of the given nodes, those a search from `from` down supported_by meets
   * first in each branch (it goes below every other node, not below these),
   * in the order it meets them: searchBelow with a visit that stops at them,
   * in one walk without a visit per node.
   */
  firstMet(from: NodeRefs, among: readonly ArgNode[]): ArgNode[] {
    const { nodes } = this.g;
    const stop = new Uint8Array(this.g.size);
    for (let i = 0; i < among.length; i++) {
      const v = this.g.num(among[i]!.id);
      if (v >= 0) stop[v] = 1;
    }
    const met = firstMarked(this.g.adjacency('support'), this.g.nums(from), stop, this.scratch());
    return met.map((v) => nodes[v]!);
  }

  /**
   * A search from the given nodes down supported_by that `visit` steers: each
   * node reached is visited once (the last start first); false if a visit
   * said stop.
   */
  searchBelow(from: NodeRefs, visit: (n: ArgNode) => SearchStep): boolean {
    return this.g.search(from, 'support', visit, this.g.nodes);
  }

  /** The registered evidence items an evidence node cites, in written order (repeats kept). */
  citedItems(node: NodeRef): EvidenceItem[] {
    return this.g.citedItems(node);
  }

  /** True if the evidence node cites at least one registered evidence item. */
  citesEvidence(node: NodeRef): boolean {
    return this.g.citers().has(node);
  }

  /**
   * True if a registered evidence item is cited at or below the node (what
   * evidenceBelow(id).length > 0 says, without a walk per node): along
   * supported_by, and with `modules` also along module developments.
   */
  restsOnEvidence(node: NodeRef, opts?: { modules?: boolean }): boolean {
    return (opts?.modules ? this.evidencedAcrossModules() : (this.evidencedSet ??= this.evidenced())).has(node);
  }

  private evidencedSet: NodeSet | undefined;

  private evidenced(): NodeSet {
    return (this.evidencedSet ??= this.g.above(this.g.citers(), 'support'));
  }

  /**
   * Where the evidence below the top claim runs out: each node on the
   * decision path that rests on no evidence (restsOnEvidence) while a parent
   * of it on the path does, and the top claim itself when it rests on none;
   * in case order. Everything below these nodes rests on no evidence either,
   * and everything on the path above them does: a search for what lacks
   * evidence can start here instead of walking the whole supported part.
   */
  readonly whereEvidenceEnds = memo((): NodeSet => {
    const path = this.path();
    const evidenced = this.evidenced();
    const parents = this.g.adjacency('support', true);
    const top = this.g.top === undefined ? -1 : this.g.num(this.g.top);
    const out: number[] = [];
    const onPath = path.sorted();
    for (let i = 0; i < onPath.length; i++) {
      const v = onPath[i]!;
      if (evidenced.has(v)) continue;
      let entered = v === top;
      for (let e = parents.first(v), end = parents.end(v); !entered && e < end; e++) {
        const p = parents.target(e);
        entered = path.has(p) && evidenced.has(p);
      }
      if (entered) out.push(v);
    }
    return this.g.set(out);
  });

  /** Without module developments, the same as evidenced(). */
  private readonly evidencedAcrossModules = memo(
    (): NodeSet => (this.g.adjacency('develops').links ? this.g.above(this.g.citers(), RESTS_ON) : this.evidenced()),
  );

  /** Evidence items cited by evidence nodes at or below the node (not by defeaters), each once, in walk order. */
  evidenceBelow(id: string): EvidenceItem[] {
    const out = new Map<string, EvidenceItem>();
    const { items } = this.g;
    const cites = this.g.citations();
    const below = this.below(id).nums();
    for (let i = 0; i < below.length; i++)
      for (let e = cites.first(below[i]!), end = cites.end(below[i]!); e < end; e++) {
        const item = items[cites.target(e)]!;
        out.set(item.id, item);
      }
    return [...out.values()];
  }

  /**
   * The evidence kinds cited at or below the node, in vocabulary order: one
   * post-order pass over the support graph for all nodes, cycles cut where
   * the walk closes them.
   */
  evidenceKindsBelow(node: NodeRef): readonly EvidenceKind[] {
    const v = this.g.num(node);
    return v < 0 ? [] : kindsOfMask((this.kindMaskList ??= this.kindMasks())[v]!);
  }

  private kindMaskList: Int32Array | undefined;

  private kindMasks(): Int32Array {
    const g = this.g;
    const cites = g.citations();
    const own = new Int32Array(g.size);
    // No citation, no kind anywhere: every node's mask is empty.
    if (cites.links === 0) return own;
    const itemBit = new Int32Array(g.items.length);
    for (let k = 0; k < itemBit.length; k++) itemBit[k] = kindBit(g.items[k]!.kind);
    for (let v = 0; v < g.size; v++)
      for (let e = cites.first(v), end = cites.end(v); e < end; e++) own[v]! |= itemBit[cites.target(e)]!;
    return bitsBelow(g.adjacency('support'), own);
  }

  /** Evidence item id to the evidence nodes that cite it, in case order. */
  readonly citingEvidenceNodes = memo((): Map<string, NodeOf<'evidence'>[]> => citations(this.nodesOf('evidence')));

  /** Evidence item id to the defeaters that cite it as counter-evidence, in case order. */
  readonly citingDefeaters = memo((): Map<string, NodeOf<'defeater'>[]> => citations(this.nodesOf('defeater')));

  /**
   * The highest severity of the risks a node's branch addresses: risks named
   * by the node or any claim above it; undefined when none (or when the node
   * lies on or below a support cycle).
   */
  branchSeverity(node: NodeRef): RiskSeverity | undefined {
    const v = this.g.num(node);
    return v < 0 ? undefined : SEVERITY_NAMES[(this.branchRankList ??= this.branchRanks())[v]!];
  }

  private branchRankList: Int8Array | undefined;

  /** Each claim's own worst risk, then one pass down a topological order: each node inherits the worst of its parents. */
  private branchRanks(): Int8Array {
    const { nodes } = this.g;
    const own = new Int8Array(nodes.length).fill(-1);
    let any = false;
    for (let v = 0; v < nodes.length; v++) {
      const node = nodes[v]!;
      if (node.kind !== 'claim' || !node.addresses) continue;
      for (const id of node.addresses) {
        const risk = this.c.risks.get(id);
        if (risk && SEVERITY_RANK[risk.severity] > own[v]!) own[v] = SEVERITY_RANK[risk.severity];
      }
      any ||= own[v]! >= 0;
    }
    // No claim addresses a known risk: no branch has a severity, and there is nothing to hand down.
    return any ? maxAbove(this.g.adjacency('support'), own) : own;
  }

  /** Defeaters that challenge the node itself or a link from or to it. */
  readonly defeatersOf = memo((): Map<string, NodeOf<'defeater'>[]> => defeatersById(this.c, this.g));

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
   * item with the ids of the evidence nodes on the decision path that cite it,
   * in case order. Defeaters' counter-evidence is not included: it doubts the
   * argument rather than supporting it.
   */
  readonly pathItems = memo((): PathItem[] => {
    const g = this.g;
    const cites = g.citations();
    const path = this.path();
    const byItem: (PathItem | undefined)[] = new Array(g.items.length);
    const out: PathItem[] = [];
    for (let v = 0; v < g.size; v++) {
      if (cites.degree(v) === 0 || !path.has(v)) continue;
      for (let e = cites.first(v); e < cites.end(v); e++) {
        const k = cites.target(e);
        let p = byItem[k];
        if (!p) out.push((p = byItem[k] = { item: g.items[k]!, citing: [] }));
        p.citing.push(g.ids[v]!);
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

const NO_NODES: readonly ArgNode[] = Object.freeze([]);

/** An evidence item the decision path cites, with the evidence nodes citing it (ids, in case order). */
export interface PathItem {
  item: EvidenceItem;
  citing: string[];
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

/** The bit of one evidence kind in a kind mask (0 for an unknown kind). */
const KIND_BITS = new Map<string, number>(EVIDENCE_KINDS.map((k, i) => [k, 1 << i]));

function kindBit(kind: EvidenceKind | undefined): number {
  return (kind !== undefined && KIND_BITS.get(kind)) || 0;
}

/** The kinds in a mask, in vocabulary order; one list per distinct mask (a case has few). */
const kindLists = new Map<number, readonly EvidenceKind[]>();

function kindsOfMask(mask: number): readonly EvidenceKind[] {
  let list = kindLists.get(mask);
  if (!list) kindLists.set(mask, (list = EVIDENCE_KINDS.filter((k) => (mask & kindBit(k)) !== 0)));
  return list;
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
