// Views: pure functions from a diagram to a smaller one, for cases too big to
// read whole. Each keeps the nodes it selects in case order, the links among
// them, and what qualifies them (their context, assumption and justification
// nodes, and the defeaters that challenge them, with what supports those).
// Where a shown node has support that the view leaves out, the node says how
// many nodes are hidden below it ("+N hidden"), so a view never silently
// looks like a complete argument.
import { Adjacency, LinkGraph, type NodeSet } from '../model/graph.js';
import type { DiagramEdge, DiagramGraph, DiagramNode } from './diagram.js';

export type View =
  | { kind: 'all' }
  /** One node and everything below it. */
  | { kind: 'subtree'; root: string }
  /** Every claim that addresses the risk, what supports it, and the path from the top claim down to it. */
  | { kind: 'risk'; risk: string }
  /** Every open defeater, what it challenges, and the path from the top claim down to that. */
  | { kind: 'defeaters' }
  /** One module's nodes; nodes of other modules it links to, or that link to it, as away nodes. */
  | { kind: 'module'; module: string };

export interface Collapse {
  /** Hide what is below these nodes. */
  collapse?: string[];
  /** Show this many levels of support (1 = the top claims only); deeper branches are collapsed. */
  depth?: number;
}

export class ViewError extends Error {}

/** "all", "subtree:G3", "risk:R2", "defeaters", "module:M". */
export function parseView(spec: string): View {
  const s = spec.trim();
  const i = s.indexOf(':');
  const kind = i === -1 ? s : s.slice(0, i);
  const arg = i === -1 ? '' : s.slice(i + 1).trim();
  if ((kind === 'all' || kind === 'defeaters') && i === -1) return { kind };
  if (kind === 'subtree' && arg) return { kind, root: arg };
  if (kind === 'risk' && arg) return { kind, risk: arg };
  if (kind === 'module' && arg) return { kind, module: arg };
  throw new ViewError(
    `unknown view "${spec}": use all, subtree:<node id>, risk:<risk id>, defeaters, or module:<module id>.`,
  );
}

/** A file-name-safe name for a view: "all", "subtree-G3", "risk-R2", "defeaters", "module-M". */
export function viewName(v: View): string {
  switch (v.kind) {
    case 'all':
    case 'defeaters':
      return v.kind;
    case 'subtree':
      return `subtree-${v.root}`;
    case 'risk':
      return `risk-${v.risk}`;
    case 'module':
      return `module-${v.module}`;
  }
}

type DiagramLink = 'support' | 'context' | 'challenge';

interface Index {
  byId: Map<string, DiagramNode>;
  /** The diagram's links as a graph: support and context as drawn, challenge from a defeater to what it points at. */
  g: LinkGraph<DiagramLink>;
  /** Node id to the challenges of it or of a link from it. */
  challengers: Map<string, DiagramEdge[]>;
}

function index(d: DiagramGraph): Index {
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const challengers = new Map<string, DiagramEdge[]>();
  const add = (k: string, e: DiagramEdge) => {
    const l = challengers.get(k);
    if (l) l.push(e);
    else challengers.set(k, [e]);
  };
  for (const e of d.edges) {
    if (e.kind !== 'challenge' || !byId.has(e.from) || !byId.has(e.to)) continue;
    add(e.to, e);
    if (e.link) add(e.link.from, e);
  }
  const g = LinkGraph.fromLinks(
    d.nodes.map((n) => n.id),
    ['support', 'context', 'challenge'],
    d.edges,
  );
  return { byId, g, challengers };
}

function descendants(ix: Index, from: Iterable<string>, into: Set<string>): void {
  for (const id of ix.g.below(from, 'support')) into.add(id);
}

function ancestors(ix: Index, from: Iterable<string>, into: Set<string>): void {
  for (const id of ix.g.above(from, 'support')) into.add(id);
}

const isOpen = (n: DiagramNode | undefined): boolean =>
  !!n && n.kind === 'defeater' && (n.defeater ?? 'open') === 'open';

/** Add what qualifies the nodes in `set`: their context nodes and their challengers (all, or open ones only), with the challengers' support. */
function close(ix: Index, set: Set<string>, onlyOpen: boolean): void {
  const todo = [...set];
  while (todo.length) {
    const id = todo.pop() as string;
    for (const c of ix.g.targets(id, 'context'))
      if (!set.has(c)) {
        set.add(c);
        todo.push(c);
      }
    for (const e of ix.challengers.get(id) ?? []) {
      if (set.has(e.from)) continue;
      if (e.link ? !(set.has(e.link.from) && set.has(e.link.to)) : !set.has(e.to)) continue;
      if (onlyOpen && !isOpen(ix.byId.get(e.from))) continue;
      for (const s of ix.g.below(e.from, 'support'))
        if (!set.has(s)) {
          set.add(s);
          todo.push(s);
        }
    }
  }
}

/** The sub-graph of `d` on `keep`, with hidden counts on nodes whose support was left out. */
function restrict(d: DiagramGraph, ix: Index, keep: Set<string>, view: string, away?: Set<string>): DiagramGraph {
  const nodes: DiagramNode[] = [];
  for (const n of d.nodes) {
    if (!keep.has(n.id)) continue;
    const copy: DiagramNode = { ...n };
    if (away?.has(n.id)) copy.away = true;
    else {
      const hidden = hiddenBelow(ix, n.id, keep);
      if (hidden) copy.hidden = (n.hidden ?? 0) + hidden;
    }
    nodes.push(copy);
  }
  const edges = d.edges.filter(
    (e) =>
      keep.has(e.from) &&
      keep.has(e.to) &&
      (!e.link || (keep.has(e.link.from) && keep.has(e.link.to))) &&
      !(away?.has(e.from) && e.kind === 'support' && away.has(e.to)),
  );
  return { ...d, nodes, edges, view: d.view ? `${d.view}; ${view}` : view };
}

/** How many nodes below `id` (by support, and the context of those) are not in `keep`. */
function hiddenBelow(ix: Index, id: string, keep: Set<string>): number {
  const out = ix.g.targets(id, 'support').filter((k) => !keep.has(k));
  if (!out.length) return 0;
  const hidden = new Set(ix.g.below(out, 'support', { enter: (w) => !keep.has(ix.g.id(w)) }));
  for (const k of [...hidden]) for (const c of ix.g.targets(k, 'context')) if (!keep.has(c)) hidden.add(c);
  return hidden.size;
}

const need = (ix: Index, id: string, what: string): void => {
  if (!ix.byId.has(id)) throw new ViewError(`${what} "${id}" is not a node of this case.`);
};

export function applyView(d: DiagramGraph, view: View): DiagramGraph {
  if (view.kind === 'all') return d;
  const ix = index(d);
  const keep = new Set<string>();
  switch (view.kind) {
    case 'subtree': {
      need(ix, view.root, 'subtree:');
      descendants(ix, [view.root], keep);
      close(ix, keep, false);
      return restrict(d, ix, keep, `the subtree under ${view.root}`);
    }
    case 'risk': {
      const claims = d.nodes.filter((n) => n.risks?.includes(view.risk)).map((n) => n.id);
      if (!claims.length)
        throw new ViewError(`no claim addresses risk "${view.risk}" (claims name risks in \`addresses:\`).`);
      descendants(ix, claims, keep);
      ancestors(ix, claims, keep);
      close(ix, keep, false);
      return restrict(d, ix, keep, `everything that touches risk ${view.risk}`);
    }
    case 'defeaters': {
      const open = d.nodes.filter((n) => isOpen(n)).map((n) => n.id);
      const targets: string[] = [];
      for (const e of d.edges)
        if (e.kind === 'challenge' && open.includes(e.from)) targets.push(e.to, ...(e.link ? [e.link.from] : []));
      const openSet = new Set(open);
      for (const t of targets) if (ix.byId.has(t)) ancestors(ix, [t], keep);
      descendants(ix, open, keep);
      for (const id of [...keep]) for (const c of ix.g.targets(id, 'context')) keep.add(c);
      // Only the open defeaters: resolved ones are not what this view is for.
      for (const id of [...keep])
        if (ix.byId.get(id)?.kind === 'defeater' && !openSet.has(id) && !targets.includes(id)) keep.delete(id);
      return restrict(
        d,
        ix,
        keep,
        `the ${open.length} open defeater${open.length === 1 ? '' : 's'} and what they challenge`,
      );
    }
    case 'module': {
      if (!d.modules.includes(view.module) && !d.nodes.some((n) => n.module === view.module))
        throw new ViewError(`"${view.module}" is not a module of this case (modules: ${d.modules.join(', ')}).`);
      const away = new Set<string>();
      for (const n of d.nodes) if (n.module === view.module) keep.add(n.id);
      for (const e of d.edges) {
        const a = keep.has(e.from) && !away.has(e.from);
        const b = keep.has(e.to) && !away.has(e.to);
        if (a && !b && ix.byId.has(e.to)) away.add(e.to);
        if (b && !a && ix.byId.has(e.from)) away.add(e.from);
      }
      for (const id of away) keep.add(id);
      return restrict(d, ix, keep, `module ${view.module}`, away);
    }
  }
}

/** Collapse branches: the named nodes, and (with depth) every node at that depth, keep their place and show a count of what is hidden below. */
export function collapse(d: DiagramGraph, c: Collapse): DiagramGraph {
  const ix = index(d);
  const folded = new Set<string>();
  for (const id of c.collapse ?? []) {
    need(ix, id, '--collapse');
    folded.add(id);
  }
  // Roots: what nothing supports, qualifies or is challenged by (defeaters and context hang on what they attach to).
  const attached = new Set<string>();
  for (const e of d.edges) attached.add(e.kind === 'challenge' ? e.from : e.kind === 'context' ? e.to : '');
  const roots = d.nodes.filter((n) => !ix.g.sources(n.id, 'support').length && !attached.has(n.id)).map((n) => n.id);
  if (c.depth !== undefined) {
    if (!Number.isInteger(c.depth) || c.depth < 1)
      throw new ViewError(`depth must be a whole number of levels, 1 or more; got ${c.depth}.`);
    // The nodes c.depth levels down (breadth first from the roots) fold what is below them.
    for (const id of ix.g.levels(roots, 'support')[c.depth - 1] ?? [])
      if (ix.g.targets(id, 'support').length) folded.add(id);
  }
  if (!folded.size) return d;
  // What the roots reach down support (not below a folded node), context, and to the defeaters challenging a reached node.
  const reach = (cut: Set<string>): NodeSet => {
    const support = ix.g.adjacency('support');
    const links = Adjacency.merge([
      cut.size ? support.filter((v) => !cut.has(ix.g.id(v))) : support,
      ix.g.adjacency('context'),
      ix.g.adjacency('challenge', true),
    ]);
    return ix.g.below(roots, links);
  };
  const all = reach(new Set());
  const shown = reach(folded);
  const keep = new Set<string>();
  for (const n of d.nodes) if (shown.has(n.id) || !all.has(n.id)) keep.add(n.id);
  close(ix, keep, false);
  const desc = [...folded].sort().join(', ');
  return restrict(
    d,
    ix,
    keep,
    c.depth !== undefined
      ? `${c.depth} level${c.depth === 1 ? '' : 's'} shown${c.collapse?.length ? `, ${c.collapse.join(', ')} collapsed` : ''}`
      : `${desc} collapsed`,
  );
}
