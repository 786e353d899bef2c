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
import { Adjacency, type CaseGraph } from '../model/graph.js';
import { type FailedLeg, failedLegs } from './failed-legs.js';
import type { CaseStatus, NodeStatus, StatusReason, SupportStatus } from './status-types.js';
import { type FrameKind, isSupportKind, type SupportView, supportView } from './support.js';

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
  /** When the target is not established: each failed leg, from the target down to where it fails. */
  failedLegs: FailedLeg[];
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
  return whyOf(supportView(c, g), status, id);
}

export function whyOf(view: SupportView, status: CaseStatus, id: string): WhyReport | undefined {
  const { c } = view;
  const node = c.nodes.get(id);
  const isItem = !node && (c.evidence.has(id) || status.items?.has(id));
  if (!node && !isItem) return undefined;
  const chain = chainUp(view, status, node ? [id] : citedBy(c, id));
  const tree = new TreeBelow(view, status);
  const below = node && isSupportKind(node.kind) ? tree.build(id) : undefined;
  if (isItem) tree.itemUse.set(id, citedBy(c, id));
  if (node && !isSupportKind(node.kind) && node.kind !== 'defeater')
    tree.frameUse.set(id, view.g.targets(id, chain.parents));
  const own = node && isSupportKind(node.kind) ? status.nodes.get(id) : isItem ? status.items?.get(id) : undefined;
  const bears = new Set<string>([id, ...tree.inTree, ...tree.frameUse.keys()]);
  return {
    asOf: status.asOf,
    target: {
      id,
      kind: node ? node.kind : 'item',
      ...(own ? { status: own.status } : isItem ? { status: c.evidence.has(id) ? 'supported' : 'undeveloped' } : {}),
      reasons: own?.reasons ?? [],
      ...(own?.resolved ? { resolved: own.resolved } : {}),
    },
    failedLegs: node && isSupportKind(node.kind) ? failedLegs(status, id) : [],
    ...(view.top ? { top: view.top } : {}),
    up: chain.up,
    otherParents: chain.otherParents,
    reachesTop: chain.up.length > 0,
    ...(below ? { below } : {}),
    items: whyItems(c, status, tree.itemUse),
    frames: whyFrames(c, tree.frameUse),
    ...defeatersOn(view, bears),
  };
}

/** The evidence nodes citing an item, in case order (whether or not it is registered). */
function citedBy(c: Case, item: string): string[] {
  return [...c.nodes.values()]
    .filter((n) => n.kind === 'evidence' && (n.evidence ?? []).includes(item))
    .map((n) => n.id);
}

/**
 * The shortest chain (fewest links) from the starts up to the top claim, and
 * the other parents of the nodes on it. A node's parents: what rests on it
 * (supported_by reversed, with module developments), then the nodes stated
 * in it, in case order.
 */
function chainUp(
  view: SupportView,
  status: CaseStatus,
  starts: string[],
): { up: WhyStep[]; otherParents: WhyReport['otherParents']; parents: Adjacency } {
  const { c, g } = view;
  const parents = Adjacency.merge([view.rests, view.frames]).reverse();
  const path = view.top && starts.length ? g.shortestPath(starts, view.top, parents) : undefined;
  const up = (path ?? []).map((v) => step(c, status, v));
  const onChain = new Set(path);
  const otherParents: WhyReport['otherParents'] = [];
  for (const s of up) {
    const others = g.targets(s.id, parents).filter((p) => !onChain.has(p));
    if (others.length) otherParents.push({ of: s.id, parents: others });
  }
  return { up, otherParents, parents };
}

/** The support tree below the target, and the frames and items it uses. */
class TreeBelow {
  private readonly seen = new Set<string>();
  /** Frame id to the nodes stated in it; item id to the nodes citing it; in the order met. */
  readonly frameUse = new Map<string, string[]>();
  readonly itemUse = new Map<string, string[]>();
  readonly inTree: string[] = [];

  constructor(
    private readonly view: SupportView,
    private readonly status: CaseStatus,
  ) {}

  /** The tree below v; recursion depth is the argument's depth, and a node met again (a DAG, or a cycle) is a reference. */
  build(v: string): WhyTree {
    const { c, g } = this.view;
    const n = c.nodes.get(v)!;
    const st = this.status.nodes.get(v)!;
    const t: WhyTree = { id: v, kind: n.kind as WhyTree['kind'], status: st.status, reasons: st.reasons, children: [] };
    if (this.seen.has(v)) return { ...t, reasons: [], repeat: true };
    this.seen.add(v);
    this.inTree.push(v);
    const fs = g.targets(v, this.view.frames);
    if (fs.length) {
      t.frames = fs;
      for (const f of fs) (this.frameUse.get(f) ?? this.frameUse.set(f, []).get(f)!).push(v);
    }
    if (n.kind === 'evidence') {
      const items = n.evidence ?? [];
      t.items = items;
      for (const e of items) (this.itemUse.get(e) ?? this.itemUse.set(e, []).get(e)!).push(v);
    } else for (const k of g.targets(v, this.view.rests)) t.children.push(this.build(k));
    return t;
  }
}

function whyItems(c: Case, status: CaseStatus, itemUse: Map<string, string[]>): WhyItem[] {
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
  return items;
}

function whyFrames(c: Case, frameUse: Map<string, string[]>): WhyFrame[] {
  const frames: WhyFrame[] = [];
  for (const [f, users] of frameUse) {
    const fn = c.nodes.get(f)!;
    frames.push({ id: f, kind: fn.kind as FrameKind, text: fn.text, frames: users });
  }
  return frames;
}

/** Open and accepted defeaters on the nodes in `bears` and the links between them (or to an item), and how many resolved ones. */
function defeatersOn(
  view: SupportView,
  bears: ReadonlySet<string>,
): { defeaters: WhyDefeater[]; resolvedDefeaters: number } {
  const { c, g } = view;
  const defeaters: WhyDefeater[] = [];
  let resolvedDefeaters = 0;
  for (const n of g.nodes) {
    if (n.kind !== 'defeater') continue;
    const hits = g
      .challengesBy(n.id)
      .filter((ch) =>
        ch.node !== undefined
          ? bears.has(ch.node)
          : bears.has(ch.link!.from) && (bears.has(ch.link!.to) || c.evidence.has(ch.link!.to)),
      );
    if (!hits.length) continue;
    if (n.status === 'open' || n.status === 'accepted')
      defeaters.push({ id: n.id, status: n.status, challenges: hits.map((h) => h.raw), text: n.text });
    else resolvedDefeaters++;
  }
  return { defeaters, resolvedDefeaters };
}

function step(c: Case, status: CaseStatus, id: string): WhyStep {
  const n = c.nodes.get(id)!;
  const st = status.nodes.get(id);
  return { id, kind: n.kind, ...(st ? { status: st.status } : {}) };
}
