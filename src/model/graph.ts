// The argument as a graph: every reference between nodes, indexed both ways.
// Built once per case in O(nodes + references); checks and analyses read it.
import type { ArgNode, Case } from './case.js';

/** Fields of a node that refer to other nodes. */
export type NodeRefField = 'supported_by' | 'in_context_of' | 'challenges' | 'refs';

/** One reference written in a node: `from.field[index] = to`. */
export interface Ref {
  from: string;
  field: NodeRefField;
  index: number;
  to: string;
}

/** What a defeater challenges: a node, or a link "FROM -> TO". */
export interface Challenge {
  defeater: string;
  index: number;
  raw: string;
  node?: string;
  link?: { from: string; to: string };
}

export interface CaseGraph {
  /** supported_by edges to nodes that exist, per node in written order. */
  children: Map<string, string[]>;
  /** Reverse of `children`. */
  parents: Map<string, string[]>;
  /** in_context_of edges to nodes that exist. */
  contexts: Map<string, string[]>;
  /** Every node reference as written, including ones that resolve to nothing. */
  refs: Ref[];
  challenges: Challenge[];
  /** Node id, or "FROM -> TO" for a link, to the defeaters that challenge it. */
  challengers: Map<string, string[]>;
  /** FROM, then TO, to the defeaters that challenge the link "FROM -> TO" (no string building on hot paths). */
  linkChallengers: Map<string, Map<string, string[]>>;
  /** Ids referred to by any other node (supported_by, in_context_of, resolution refs, module develops); not by challenges. */
  referenced: Set<string>;
  /** Nodes nothing refers to, except defeaters (they attach by `challenges`), in case order. */
  roots: string[];
  /** Node ids in case order; a node's number is its position here. */
  ids: string[];
  index: Map<string, number>;
  /** supported_by as integer adjacency (CSR): children of node i are childList[childStart[i] .. childStart[i+1]). */
  childStart: Int32Array;
  childList: Int32Array;
}

export const LINK_ARROW = '->';

export function linkKey(from: string, to: string): string {
  return `${from} ${LINK_ARROW} ${to}`;
}

/** Parse a challenge target: "G2" or "G2 -> Sn1". */
export function parseChallenge(raw: string): { node: string } | { link: { from: string; to: string } } {
  const i = raw.indexOf(LINK_ARROW);
  if (i === -1) return { node: raw.trim() };
  return { link: { from: raw.slice(0, i).trim(), to: raw.slice(i + LINK_ARROW.length).trim() } };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function listOf(node: ArgNode, field: 'supported_by' | 'in_context_of'): string[] {
  return ((node as Partial<Record<typeof field, string[]>>)[field] ?? []) as string[];
}

export function buildGraph(c: Case): CaseGraph {
  const g: CaseGraph = {
    children: new Map(),
    parents: new Map(),
    contexts: new Map(),
    refs: [],
    challenges: [],
    challengers: new Map(),
    linkChallengers: new Map(),
    referenced: new Set(),
    roots: [],
    ids: [...c.nodes.keys()],
    index: new Map(),
    childStart: new Int32Array(c.nodes.size + 1),
    childList: new Int32Array(0),
  };
  g.ids.forEach((id, i) => {
    g.index.set(id, i);
  });
  for (const node of c.nodes.values()) {
    listOf(node, 'supported_by').forEach((to, index) => {
      g.refs.push({ from: node.id, field: 'supported_by', index, to });
      if (to === node.id) return;
      g.referenced.add(to);
      if (c.nodes.has(to)) {
        push(g.children, node.id, to);
        push(g.parents, to, node.id);
      }
    });
    listOf(node, 'in_context_of').forEach((to, index) => {
      g.refs.push({ from: node.id, field: 'in_context_of', index, to });
      if (to === node.id) return;
      g.referenced.add(to);
      if (c.nodes.has(to)) push(g.contexts, node.id, to);
    });
    if (node.kind === 'defeater') {
      node.challenges.forEach((raw, index) => {
        const parsed = parseChallenge(raw);
        const ch: Challenge = { defeater: node.id, index, raw, ...parsed };
        g.challenges.push(ch);
        const key = 'node' in parsed ? parsed.node : linkKey(parsed.link.from, parsed.link.to);
        if ('node' in parsed) {
          // Being challenged does not make a node less of a top claim: no `referenced` here.
          g.refs.push({ from: node.id, field: 'challenges', index, to: parsed.node });
        }
        push(g.challengers, key, node.id);
        if ('link' in parsed) {
          let byTo = g.linkChallengers.get(parsed.link.from);
          if (!byTo) g.linkChallengers.set(parsed.link.from, (byTo = new Map()));
          push(byTo, parsed.link.to, node.id);
        }
      });
      (node.resolution?.refs ?? []).forEach((to, index) => {
        g.refs.push({ from: node.id, field: 'refs', index, to });
        if (to !== node.id) g.referenced.add(to);
      });
    }
  }
  // A node that develops another module's undeveloped node hangs below it.
  for (const m of c.modules.values()) {
    for (const ext of m.header?.extends ?? [])
      for (const devs of Object.values(ext.develops)) for (const d of devs) g.referenced.add(d);
  }
  for (const node of c.nodes.values()) {
    if (node.kind !== 'defeater' && !g.referenced.has(node.id)) g.roots.push(node.id);
  }
  let edges = 0;
  for (const kids of g.children.values()) edges += kids.length;
  g.childList = new Int32Array(edges);
  let at = 0;
  g.ids.forEach((id, i) => {
    g.childStart[i] = at;
    for (const k of g.children.get(id) ?? []) g.childList[at++] = g.index.get(k)!;
  });
  g.childStart[g.ids.length] = at;
  return g;
}
