// Why: for one node or evidence item, the chain up to the top claim and
// everything it rests on below: the support tree with statuses, the evidence
// items, the frames (assumptions, justifications, contexts) and the defeaters
// that bear on any of it.
//
// The chain up is the shortest one (fewest links) from the node to the top
// claim, parents taken in case order, so it is deterministic; other parents
// are listed. The tree below shows each node once: a node reached again (the
// argument is a DAG, or has a cycle) is shown as a reference to the first.
//
// Complexity: O(nodes + links + citations): one breadth-first walk up, one
// depth-first walk down, a scan of the defeaters.
import type { ArgNode, Case } from '../model/case.js';
import type { CaseGraph } from '../model/graph.js';
import { type SupportIndex, supportIndex } from './status.js';
import type { CaseStatus, NodeStatus, StatusReason, SupportStatus } from './status-types.js';
import { type FrameKind, isSupportKind } from './support.js';

export interface WhyStep {
  id: string;
  kind: ArgNode['kind'];
  status?: SupportStatus;
}

export interface WhyTree {
  id: string;
  kind: 'claim' | 'strategy' | 'evidence';
  status: SupportStatus;
  reasons: StatusReason[];
  /** Evidence items this evidence node cites. */
  items?: string[];
  /** Frames it is stated in. */
  frames?: string[];
  children: WhyTree[];
  /** Shown already higher in the tree: not expanded again. */
  repeat?: true;
}

export interface WhyItem {
  id: string;
  registered: boolean;
  status: SupportStatus;
  reasons: StatusReason[];
  title?: string;
  date?: string;
  polarity?: string;
  citedBy: string[];
}

export interface WhyFrame {
  id: string;
  kind: FrameKind;
  text: string;
  /** Nodes in the tree (or the target) stated in it. */
  frames: string[];
}

export interface WhyDefeater {
  id: string;
  status: string;
  /** What it challenges, as written (a node id or a link "A -> B"). */
  challenges: string[];
  text: string;
}

export interface WhyReport {
  asOf: string;
  target: {
    id: string;
    kind: ArgNode['kind'] | 'item';
    status?: SupportStatus;
    reasons: StatusReason[];
    resolved?: StatusReason[];
  };
  top?: string;
  /** From the target (or, for an item, the first node citing it) to the top claim, the target first; empty if it is not below the top. */
  up: WhyStep[];
  /** Parents of the nodes on the chain that are not on it, by node. */
  otherParents: { of: string; parents: string[] }[];
  reachesTop: boolean;
  /** The support tree below the target (for an item: below each node citing it is not shown; the item's own status is). */
  below?: WhyTree;
  items: WhyItem[];
  frames: WhyFrame[];
  /** Open and accepted defeaters on the target, anything below it, the links between them and their frames. */
  defeaters: WhyDefeater[];
  /** How many mitigated or refuted defeaters bear on the same nodes (listed in each node's `resolved`). */
  resolvedDefeaters: number;
}

/** Explain `id` (a node or an evidence item) given the case's status. Undefined if the id names neither. */
export function why(c: Case, g: CaseGraph, status: CaseStatus, id: string): WhyReport | undefined {
  return whyOf(supportIndex(c, g), status, id);
}

export function whyOf(idx: SupportIndex, status: CaseStatus, id: string): WhyReport | undefined {
  const { c, g } = idx;
  const node = c.nodes.get(id);
  const isItem = !node && (c.evidence.has(id) || status.items?.has(id));
  if (!node && !isItem) return undefined;
  const citedBy = (item: string) =>
    [...c.nodes.values()].filter((n) => n.kind === 'evidence' && (n.evidence ?? []).includes(item)).map((n) => n.id);

  // Parents: supported_by reversed (with module developments), then nodes stated in a frame.
  const parents = new Map<string, string[]>();
  for (const [p, kids] of idx.children()) for (const k of kids) (parents.get(k) ?? parents.set(k, []).get(k)!).push(p);
  for (const [p, fs] of idx.frames) for (const f of fs) (parents.get(f) ?? parents.set(f, []).get(f)!).push(p);
  for (const list of parents.values()) list.sort((a, b) => g.index.get(a)! - g.index.get(b)!);

  const starts = node ? [id] : citedBy(id);
  const up: WhyStep[] = [];
  let reachesTop = false;
  if (idx.top && starts.length) {
    const prev = new Map<string, string | null>();
    const queue: string[] = [];
    for (const s of starts) {
      prev.set(s, null);
      queue.push(s);
    }
    for (let qi = 0; qi < queue.length && !prev.has(idx.top); qi++) {
      const v = queue[qi]!;
      for (const p of parents.get(v) ?? []) {
        if (!prev.has(p)) {
          prev.set(p, v);
          queue.push(p);
        }
      }
    }
    if (prev.has(idx.top)) {
      reachesTop = true;
      const chain: string[] = [];
      for (let v: string | null = idx.top; v !== null; v = prev.get(v)!) chain.push(v);
      chain.reverse();
      for (const v of chain) up.push(step(c, status, v));
    }
  }
  const onChain = new Set(up.map((s) => s.id));
  const otherParents: WhyReport['otherParents'] = [];
  for (const s of up) {
    const others = (parents.get(s.id) ?? []).filter((p) => !onChain.has(p));
    if (others.length) otherParents.push({ of: s.id, parents: others });
  }

  // Below: the support tree, frames, items and defeaters.
  const seen = new Set<string>();
  const frameUse = new Map<string, string[]>();
  const itemUse = new Map<string, string[]>();
  const inTree: string[] = [];
  const build = (v: string): WhyTree => {
    const n = c.nodes.get(v)!;
    const st = status.nodes.get(v)!;
    const t: WhyTree = { id: v, kind: n.kind as WhyTree['kind'], status: st.status, reasons: st.reasons, children: [] };
    if (seen.has(v)) return { ...t, reasons: [], repeat: true };
    seen.add(v);
    inTree.push(v);
    const fs = idx.frames.get(v);
    if (fs) {
      t.frames = fs;
      for (const f of fs) (frameUse.get(f) ?? frameUse.set(f, []).get(f)!).push(v);
    }
    if (n.kind === 'evidence') {
      t.items = n.evidence ?? [];
      for (const e of t.items) (itemUse.get(e) ?? itemUse.set(e, []).get(e)!).push(v);
    } else for (const k of idx.children().get(v) ?? []) t.children.push(build(k));
    return t;
  };
  // Recursion depth is the argument's depth; a cycle stops at the repeat.
  const below = node && isSupportKind(node.kind) ? build(id) : undefined;
  if (isItem) itemUse.set(id, citedBy(id));
  if (node && !isSupportKind(node.kind) && node.kind !== 'defeater') frameUse.set(id, parents.get(id) ?? []);

  const items: WhyItem[] = [];
  for (const [e, users] of itemUse) {
    const reg = c.evidence.get(e);
    const st: NodeStatus = status.items?.get(e) ?? { status: reg ? 'supported' : 'undeveloped', reasons: [] };
    items.push({
      id: e,
      registered: !!reg,
      status: st.status,
      reasons: st.reasons,
      ...(reg ? { title: reg.title, date: reg.date, polarity: reg.polarity } : {}),
      citedBy: users,
    });
  }
  const frames: WhyFrame[] = [];
  for (const [f, users] of frameUse) {
    const fn = c.nodes.get(f)!;
    frames.push({ id: f, kind: fn.kind as FrameKind, text: fn.text, frames: users });
  }

  // Defeaters bearing on the target, the tree, its links and its frames.
  const bears = new Set<string>([id, ...inTree, ...frameUse.keys()]);
  const defeaters: WhyDefeater[] = [];
  let resolvedDefeaters = 0;
  for (const n of c.nodes.values()) {
    if (n.kind !== 'defeater') continue;
    const hits = g.challenges.filter(
      (ch) =>
        ch.defeater === n.id &&
        (ch.node !== undefined
          ? bears.has(ch.node)
          : bears.has(ch.link!.from) && (bears.has(ch.link!.to) || c.evidence.has(ch.link!.to))),
    );
    if (!hits.length) continue;
    if (n.status === 'open' || n.status === 'accepted')
      defeaters.push({ id: n.id, status: n.status, challenges: hits.map((h) => h.raw), text: n.text });
    else resolvedDefeaters++;
  }

  const own = node && isSupportKind(node.kind) ? status.nodes.get(id) : isItem ? status.items?.get(id) : undefined;
  return {
    asOf: status.asOf,
    target: {
      id,
      kind: node ? node.kind : 'item',
      ...(own ? { status: own.status } : isItem ? { status: c.evidence.has(id) ? 'supported' : 'undeveloped' } : {}),
      reasons: own?.reasons ?? [],
      ...(own?.resolved ? { resolved: own.resolved } : {}),
    },
    ...(idx.top ? { top: idx.top } : {}),
    up,
    otherParents,
    reachesTop,
    ...(below ? { below } : {}),
    items,
    frames,
    defeaters,
    resolvedDefeaters,
  };
}

function step(c: Case, status: CaseStatus, id: string): WhyStep {
  const n = c.nodes.get(id)!;
  const st = status.nodes.get(id);
  return { id, kind: n.kind, ...(st ? { status: st.status } : {}) };
}
