// Facts about a case that many rules need, computed once per run and only
// when first asked for. Every fact is linear in the size of the case.
import type { ArgNode, Case, EvidenceItem, NodeOf } from '../../model/case.js';
import type { CaseGraph } from '../../model/graph.js';
import { EVIDENCE_KINDS, type EvidenceKind, type RiskSeverity, type Tier } from '../../model/vocab.js';

const SEVERITY_RANK: Record<RiskSeverity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
const TIER_RANK: Record<Tier, number> = { public: 0, regulator: 1, internal: 2, restricted: 3 };

export function severityRank(s: RiskSeverity): number {
  return SEVERITY_RANK[s];
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

  /** Nodes the top claim rests on: reachable from it along supported_by (the top included). */
  readonly onDecisionPath = memo((): Set<string> => {
    const top = this.top();
    return top ? this.below(top.id) : new Set();
  });

  /** The node and everything it rests on along supported_by. O(subtree). */
  below(id: string): Set<string> {
    const seen = new Set([id]);
    const stack = [id];
    while (stack.length) {
      for (const k of this.g.children.get(stack.pop()!) ?? []) {
        if (!seen.has(k)) {
          seen.add(k);
          stack.push(k);
        }
      }
    }
    return seen;
  }

  /** The node and every node that rests on it, up to the top. O(ancestors). */
  above(id: string): Set<string> {
    const seen = new Set([id]);
    const stack = [id];
    while (stack.length) {
      for (const p of this.g.parents.get(stack.pop()!) ?? []) {
        if (!seen.has(p)) {
          seen.add(p);
          stack.push(p);
        }
      }
    }
    return seen;
  }

  /**
   * The given nodes and every node that rests on any of them, up to the top.
   * One walk for any number of start nodes: O(nodes + links), where calling
   * above() per node would be quadratic.
   */
  aboveAll(ids: Iterable<string>): Set<string> {
    return this.walk(ids, this.g.parents);
  }

  /** The given nodes and everything any of them rests on. O(nodes + links). */
  belowAll(ids: Iterable<string>): Set<string> {
    return this.walk(ids, this.g.children);
  }

  private walk(ids: Iterable<string>, next: Map<string, string[]>): Set<string> {
    const seen = new Set<string>();
    const stack: string[] = [];
    for (const id of ids) {
      if (!seen.has(id)) {
        seen.add(id);
        stack.push(id);
      }
    }
    while (stack.length) {
      for (const k of next.get(stack.pop()!) ?? []) {
        if (!seen.has(k)) {
          seen.add(k);
          stack.push(k);
        }
      }
    }
    return seen;
  }

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
    for (let i = 0; i < n; i++) {
      const node = this.c.nodes.get(g.ids[i]!)!;
      if (node.kind === 'evidence') for (const e of node.evidence ?? []) mask[i]! |= kindBit(this.c.evidence.get(e)?.kind);
    }
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

  /** The evidence-kind mask below a node (see kindsBelow); 0 when nothing is cited below it. */
  kindMaskBelow(id: string): number {
    const i = this.g.index.get(id);
    return i === undefined ? 0 : this.kindsBelow()[i]!;
  }

  /** Evidence item id to the nodes (evidence nodes and defeaters) that cite it. */
  readonly citedBy = memo((): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const n of this.c.nodes.values()) {
      if (n.kind !== 'evidence' && n.kind !== 'defeater') continue;
      for (const e of n.evidence ?? []) m.set(e, [...(m.get(e) ?? []), n.id]);
    }
    return m;
  });

  /** Evidence items cited by evidence nodes in the node's subtree (not by defeaters). */
  evidenceBelow(id: string): EvidenceItem[] {
    const out = new Map<string, EvidenceItem>();
    for (const nid of this.below(id)) {
      const n = this.c.nodes.get(nid);
      if (n?.kind !== 'evidence') continue;
      for (const e of n.evidence ?? []) {
        const item = this.c.evidence.get(e);
        if (item) out.set(e, item);
      }
    }
    return [...out.values()];
  }

  /**
   * The highest severity of the risks a node's branch addresses: risks named
   * by the node or any claim above it. One top-down pass over the argument.
   */
  readonly branchSeverity = memo((): Map<string, RiskSeverity> => {
    const out = new Map<string, RiskSeverity>();
    const own = (n: ArgNode): number => {
      if (n.kind !== 'claim') return -1;
      let best = -1;
      for (const r of n.addresses ?? []) {
        const risk = this.c.risks.get(r);
        if (risk) best = Math.max(best, SEVERITY_RANK[risk.severity]);
      }
      return best;
    };
    const names = Object.keys(SEVERITY_RANK) as RiskSeverity[];
    // Process in topological order from the roots; a node inherits the worst of its parents.
    const rank = new Map<string, number>();
    const indeg = new Map<string, number>();
    for (const id of this.c.nodes.keys()) indeg.set(id, this.g.parents.get(id)?.length ?? 0);
    const queue = [...this.c.nodes.keys()].filter((id) => indeg.get(id) === 0);
    for (let q = 0; q < queue.length; q++) {
      const id = queue[q]!;
      const n = this.c.nodes.get(id)!;
      const r = Math.max(rank.get(id) ?? -1, own(n));
      rank.set(id, r);
      if (r >= 0) out.set(id, names[r]!);
      for (const k of this.g.children.get(id) ?? []) {
        rank.set(k, Math.max(rank.get(k) ?? -1, r));
        const d = indeg.get(k)! - 1;
        indeg.set(k, d);
        if (d === 0) queue.push(k);
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

  /** Context, assumption and justification nodes that frame the node or anything above it. */
  framing(id: string): ArgNode[] {
    const out: ArgNode[] = [];
    for (const a of this.above(id)) for (const k of this.g.contexts.get(a) ?? []) out.push(this.c.nodes.get(k)!);
    return out;
  }

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
   * Evidence items the top claim rests on: item id to the evidence nodes on
   * the decision path that cite it, in case order. Defeaters' counter-evidence
   * is not included: it doubts the argument rather than supporting it.
   */
  readonly pathEvidence = memo((): Map<string, string[]> => {
    const path = this.onDecisionPath();
    const m = new Map<string, string[]>();
    for (const n of this.c.nodes.values()) {
      if (n.kind !== 'evidence' || !path.has(n.id)) continue;
      for (const e of n.evidence ?? []) {
        if (!this.c.evidence.has(e)) continue;
        const list = m.get(e);
        if (list) list.push(n.id);
        else m.set(e, [n.id]);
      }
    }
    return m;
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

/** The bit of one evidence kind in a kind mask (0 for an unknown kind). */
export function kindBit(kind: EvidenceKind | undefined): number {
  const i = kind === undefined ? -1 : EVIDENCE_KINDS.indexOf(kind);
  return i < 0 ? 0 : 1 << i;
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
