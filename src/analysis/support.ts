// The support graph the analyses share: which node is the top claim, what
// each claim or strategy rests on (supported_by plus module developments),
// what each node is stated in (its assumptions, justifications, contexts),
// and what the operational context decides on. Pure: no fs, no clock.
import type { ArgNode, Case, EvidenceItem } from '../model/case.js';
import type { CaseGraph } from '../model/graph.js';

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

/** The top claim: the first top-level node (graph.roots, case order) that is a claim. */
export function topClaim(c: Case, g: CaseGraph): string | undefined {
  for (const id of g.roots) if (c.nodes.get(id)?.kind === 'claim') return id;
  return undefined;
}

/**
 * What each claim or strategy rests on, in written order: its supported_by
 * children that exist and carry a status (claims, strategies, evidence), then
 * the nodes a module `extends: develops:` hangs below it. Self-links dropped.
 * O(nodes + links).
 */
export function supportChildren(c: Case, g: CaseGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [from, kids] of g.children) {
    const list = kids.filter((k) => {
      const n = c.nodes.get(k);
      return n !== undefined && isSupportKind(n.kind);
    });
    if (list.length) out.set(from, list);
  }
  for (const m of c.modules.values()) {
    for (const ext of m.header?.extends ?? []) {
      for (const [target, devs] of Object.entries(ext.develops)) {
        const t = c.nodes.get(target);
        if (!t || (t.kind !== 'claim' && t.kind !== 'strategy')) continue;
        const list = out.get(target) ?? [];
        for (const d of devs) {
          const n = c.nodes.get(d);
          if (d !== target && n && isSupportKind(n.kind) && !list.includes(d)) list.push(d);
        }
        if (list.length) out.set(target, list);
      }
    }
  }
  return out;
}

/** The context, assumption and justification nodes each node is stated in, in written order. */
export function frames(c: Case, g: CaseGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [from, tos] of g.contexts) {
    const list = tos.filter((t) => {
      const n = c.nodes.get(t);
      return n !== undefined && isFrameKind(n.kind);
    });
    if (list.length) out.set(from, list);
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

/**
 * The supported_by links the status walk treats as cycles: a depth-first
 * walk from the top claim, then from every claim, strategy and evidence node
 * in case order, children in written order; a link to a node still on the
 * current path is a back edge. status.ts walks the same way, so the analyses
 * agree on which links count. The answer is a mask over positions in
 * `kidList`. `order` lists the start nodes after the top claim, in case
 * order; evidence nodes have no children in the CSR. O(nodes + links).
 */
export function backEdgeMask(
  n: number,
  kidStart: Int32Array,
  kidList: Int32Array,
  top: number,
  order: Int32Array,
): Uint8Array {
  const back = new Uint8Array(kidList.length);
  const state = new Uint8Array(n);
  const stack = new Int32Array(n);
  const next = new Int32Array(n);
  const visit = (s: number) => {
    if (state[s] !== 0) return;
    let sp = 0;
    state[s] = 1;
    stack[sp] = s;
    next[sp++] = kidStart[s]!;
    while (sp > 0) {
      const v = stack[sp - 1]!;
      const at = next[sp - 1]!;
      if (at < kidStart[v + 1]!) {
        next[sp - 1] = at + 1;
        const w = kidList[at]!;
        if (state[w] === 0) {
          state[w] = 1;
          stack[sp] = w;
          next[sp++] = kidStart[w]!;
        } else if (state[w] === 1) back[at] = 1;
        continue;
      }
      state[v] = 2;
      sp--;
    }
  };
  if (top >= 0) visit(top);
  for (const i of order) visit(i);
  return back;
}
