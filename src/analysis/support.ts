// The support graph the analyses share, derived once per case from its graph
// index (model/graph): which node is the top claim, what each node rests on
// (supported_by plus module developments, to claims, strategies and evidence
// nodes), what each node is stated in (its assumptions, justifications,
// contexts), and what the operational context decides on. Pure: no fs, no clock.
import { bridgeFlaw, defeatersById } from '../model/bridges.js';
import type { ArgNode, Case, EvidenceItem, NodeOf } from '../model/case.js';
import { Adjacency, buildGraph, type CaseGraph, type NodeSet } from '../model/graph.js';

/** Kinds of node that carry a support status. */
export type SupportKind = 'claim' | 'strategy' | 'evidence';
/** Kinds of node a node is stated in (`in_context_of`): failure points beside the support links. */
export type FrameKind = 'context' | 'assumption' | 'justification';

export function isSupportKind(k: ArgNode['kind']): k is SupportKind {
  return k === 'claim' || k === 'strategy' || k === 'evidence';
}

export function isFrameKind(k: ArgNode['kind']): k is FrameKind {
  return k === 'context' || k === 'assumption' || k === 'justification';
}

/**
 * What status, why, critical and what-if read, derived from the graph index
 * in O(nodes + links) and kept with the graph (weakly): every what-if run,
 * and every analysis of one loaded case, reuses it.
 */
export interface SupportView {
  c: Case;
  g: CaseGraph;
  top?: string;
  /** The top claim's number, or -1. */
  topNum: number;
  /**
   * What each node rests on, by number: its supported_by children that are
   * claims, strategies or evidence nodes (written order), then for a claim or
   * strategy the nodes a module `extends: develops:` hangs below it.
   */
  rests: Adjacency;
  /** rests, from claims and strategies only: the support the status propagates. */
  kids: Adjacency;
  /** The context, assumption and justification nodes each node is stated in, in written order. */
  frames: Adjacency;
  /**
   * By node number: how many of its supporting nodes a claim or strategy that
   * declares them alternatives (`support: { at_least }`) needs; 0 for every
   * other node, which needs all of its support.
   */
  atLeast: Int32Array;
  /** True if any node declares alternatives: without them the critical analysis takes its linear path. */
  hasAlternatives: boolean;
  /** Numbers of the claims, strategies and evidence nodes, in case order. */
  support: readonly number[];
  decided: DecidedBuilds;
  /** Item id to "not bridged" (false) or bridged (true), for items measured on an undecided build. */
  bridged: Map<string, boolean>;
}

const views = new WeakMap<CaseGraph, SupportView>();

/** The view of case c; `g` is its graph (a graph of another version of the case is not used: impact passes one). */
export function supportView(c: Case, g: CaseGraph): SupportView {
  const graph = g.builtFrom(c) ? g : buildGraph(c);
  let view = views.get(graph);
  if (!view) views.set(graph, (view = buildView(c, graph)));
  return view;
}

function buildView(c: Case, g: CaseGraph): SupportView {
  // Which nodes carry a status, which argue (claims and strategies), which frame: one mask each.
  const supports = new Uint8Array(g.size);
  const argues = new Uint8Array(g.size);
  const frame = new Uint8Array(g.size);
  const support: number[] = [];
  const atLeast = new Int32Array(g.size);
  let hasAlternatives = false;
  g.nodes.forEach((n, v) => {
    if (isSupportKind(n.kind)) support.push(v);
    if ((n.kind === 'claim' || n.kind === 'strategy') && n.support) {
      atLeast[v] = n.support.at_least;
      hasAlternatives = true;
    }
    supports[v] = isSupportKind(n.kind) ? 1 : 0;
    argues[v] = n.kind === 'claim' || n.kind === 'strategy' ? 1 : 0;
    frame[v] = isFrameKind(n.kind) ? 1 : 0;
  });
  const rests = Adjacency.merge([
    g.adjacency('support').restrict(undefined, supports),
    g.adjacency('develops').restrict(argues, supports),
  ]);
  const view: SupportView = {
    c,
    g,
    ...(g.top !== undefined ? { top: g.top } : {}),
    topNum: g.top === undefined ? -1 : g.num(g.top),
    rests,
    kids: rests.restrict(argues, undefined),
    frames: g.adjacency('context').restrict(undefined, frame),
    atLeast,
    hasAlternatives,
    support,
    decided: decidedBuilds(c),
    bridged: new Map(),
  };
  bridgeItems(view);
  return view;
}

/**
 * What each node rests on, by id (SupportView.rests, for every node with
 * any): its supported_by children that carry a status, then the nodes a
 * module develops below a claim or strategy. O(nodes + links).
 */
export function supportChildren(c: Case, g: CaseGraph): Map<string, string[]> {
  const { rests } = supportView(c, g);
  const out = new Map<string, string[]>();
  for (let v = 0; v < g.size; v++)
    if (rests.degree(v))
      out.set(
        g.ids[v]!,
        rests.targets(v).map((k) => g.ids[k]!),
      );
  return out;
}

/** For each item measured on a build the case does not decide on: is the gap bridged by a justification framing a citing node or a node above one? */
function bridgeItems(view: SupportView): void {
  const { c, g, decided } = view;
  if (decided.all.size === 0) return;
  const mismatched = new Map<string, string>(); // item id -> normalised measured build
  for (const [id, e] of c.evidence) {
    const b = e.measured?.build;
    if (b === undefined) continue;
    const nb = normBuild(b);
    if (!expectedBuilds(decided, e).has(nb)) mismatched.set(id, nb);
  }
  if (mismatched.size === 0) return;
  // Measured build to the nodes framed by a justification bridging it to a decided build, and all below them.
  const below = new Map<string, NodeSet>();
  for (const [build, starts] of bridgedFrom(view)) below.set(build, g.below(starts, view.rests));
  for (const id of mismatched.keys()) view.bridged.set(id, false);
  for (const n of g.nodes) {
    if (n.kind !== 'evidence') continue;
    for (const e of n.evidence ?? []) {
      const build = mismatched.get(e);
      if (build !== undefined && below.get(build)?.has(n.id)) view.bridged.set(e, true);
    }
  }
}

/**
 * Measured build (normalised) to the nodes stated in a justification that
 * bridges it to a decided build. A challenged or evidence-free bridge does
 * not count, by the same test the rules apply (model/bridges.ts).
 */
function bridgedFrom(view: SupportView): Map<string, number[]> {
  const { c, g, frames, decided } = view;
  const out = new Map<string, number[]>();
  let challengers: Map<string, NodeOf<'defeater'>[]> | undefined;
  for (let v = 0; v < g.size; v++) {
    for (let e = frames.first(v); e < frames.end(v); e++) {
      const j = g.nodes[frames.target(e)]!;
      if (j.kind !== 'justification' || !j.bridges?.length) continue;
      challengers ??= defeatersById(c, g);
      if (bridgeFlaw(c, j, challengers.get(j.id))) continue;
      for (const br of j.bridges ?? []) {
        if (!decided.all.has(normBuild(br.to))) continue;
        const key = normBuild(br.from);
        (out.get(key) ?? out.set(key, []).get(key)!).push(v);
      }
    }
  }
  return out;
}

/** Lower case, single spaces, trimmed: builds are compared this way. */
export function normBuild(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    n = s.toLowerCase().replace(/\s+/g, ' ').trim();
    // The same few builds recur across thousands of items; bound the cache all the same.
    if (normCache.size > 10_000) normCache.clear();
    normCache.set(s, n);
  }
  return n;
}

const normCache = new Map<string, string>();

/**
 * The builds the case decides on (normalised): the context's model build, each
 * component's build and decision.scope.build; and per component role, the
 * builds of the components with that role. Empty when the case states none.
 */
export interface DecidedBuilds {
  all: Set<string>;
  byRole: Map<string, Set<string>>;
}

export function decidedBuilds(c: Case): DecidedBuilds {
  const all = new Set<string>();
  const byRole = new Map<string, Set<string>>();
  const ctx = c.context?.value;
  if (ctx) {
    all.add(normBuild(ctx.model.build));
    for (const comp of ctx.model.components ?? []) {
      const b = normBuild(comp.build);
      all.add(b);
      let s = byRole.get(comp.role);
      if (!s) byRole.set(comp.role, (s = new Set()));
      s.add(b);
    }
  }
  const scoped = c.decision?.value.scope?.build;
  if (scoped) all.add(normBuild(scoped));
  return { all, byRole };
}

/** The builds an item may have measured to speak for the decided system: its component's builds when the context lists that role, else every decided build. */
export function expectedBuilds(d: DecidedBuilds, item: EvidenceItem): Set<string> {
  const role = item.measured?.component;
  return (role && d.byRole.get(role)) || d.all;
}

/** Add `days` days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last day an item counts (inclusive): `expires`, or `date` + `valid_for_days`, whichever is first; undefined if it states neither. */
export function validUntil(e: EvidenceItem): string | undefined {
  const byDays = e.valid_for_days !== undefined ? addDays(e.date, e.valid_for_days) : undefined;
  if (e.expires !== undefined && (byDays === undefined || e.expires <= byDays)) return e.expires;
  return byDays;
}
