// What a diagram shows, as plain data: the nodes (with their text, kind,
// module and status) and the three kinds of link. Built from a Case once;
// views (views.ts) cut it down, layout (layout/) places it, svg/ draws it.
// Everything here is JSON-serialisable, so a browser can receive a
// DiagramGraph and lay it out again (collapse, expand, another view) without
// the case model.
import type { CaseStatus, NodeStatus, SupportStatus } from '../analysis/status-types.js';
import { supportView } from '../analysis/support.js';
import type { Case } from '../model/case.js';
import { buildGraph, type CaseGraph } from '../model/graph.js';

export type DiagramKind = 'claim' | 'strategy' | 'evidence' | 'context' | 'assumption' | 'justification' | 'defeater';
export const DIAGRAM_KINDS: readonly DiagramKind[] = [
  'claim',
  'strategy',
  'evidence',
  'context',
  'assumption',
  'justification',
  'defeater',
];
/** Kinds drawn beside the node they qualify. */
export const SIDE_KINDS: ReadonlySet<DiagramKind> = new Set(['context', 'assumption', 'justification']);

export type DefeaterState = 'open' | 'mitigated' | 'accepted' | 'refuted';

export interface DiagramNode {
  id: string;
  kind: DiagramKind;
  /** The node's text, simple Markdown. */
  text: string;
  module: string;
  undeveloped?: boolean;
  /** Risks the claim addresses (for the risk view). */
  risks?: string[];
  /** A defeater's state. */
  defeater?: DefeaterState;
  /** Counter-evidence rather than counter-claim. */
  counterEvidence?: boolean;
  /** Support status from the analysis, with the first reason in words. */
  status?: SupportStatus;
  statusReason?: string;
  /** Drawn as a GSN away node: it lives in another module than the one shown, and is not developed here. */
  away?: boolean;
  /** Number of nodes hidden below it by a collapse (views.ts). */
  hidden?: number;
  /**
   * Its supporting nodes are declared alternatives (`support: { at_least }`):
   * any `atLeast` of its `of` legs establish it. `of` counts legs as the
   * status does (supported_by claims, strategies and evidence nodes, then
   * module developments), whether or not a view shows them.
   */
  alternatives?: { atLeast: number; of: number };
  url?: string;
}

export type EdgeKind = 'support' | 'context' | 'challenge';

export interface DiagramEdge {
  kind: EdgeKind;
  from: string;
  /** The node pointed at; for a challenge to a link, the link's target. */
  to: string;
  /** For a challenge to a link "A -> B": the challenged link (to is B). */
  link?: { from: string; to: string };
}

export interface DiagramGraph {
  caseId: string;
  title: string;
  /** Nodes in case order. */
  nodes: DiagramNode[];
  /** Edges in case order of their source, then written order. */
  edges: DiagramEdge[];
  /** Module ids, in case order; the first is the root file's. */
  modules: string[];
  /** The as-of date of the status shown, when there is one. */
  asOf?: string;
  /** What the diagram shows, in words, when it is a view. */
  view?: string;
}

export type StatusInput = CaseStatus | ReadonlyMap<string, NodeStatus>;

export function statusMap(s: StatusInput | undefined): ReadonlyMap<string, NodeStatus> | undefined {
  if (!s) return undefined;
  return s instanceof Map ? s : (s as CaseStatus).nodes;
}

export interface DiagramOptions {
  status?: StatusInput;
  graph?: CaseGraph;
}

/** The diagram of a whole case. */
export function diagramFromCase(c: Case, options: DiagramOptions = {}): DiagramGraph {
  const g = options.graph ?? buildGraph(c);
  const status = statusMap(options.status);
  const nodes: DiagramNode[] = [];
  for (const n of c.nodes.values()) {
    const d: DiagramNode = { id: n.id, kind: n.kind, text: n.text, module: n.module };
    if ('undeveloped' in n && n.undeveloped) d.undeveloped = true;
    if (n.kind === 'claim' && n.addresses?.length) d.risks = [...n.addresses];
    if (n.kind === 'defeater') {
      d.defeater = n.status;
      if (n.form === 'counter-evidence') d.counterEvidence = true;
    }
    const st = status?.get(n.id);
    if (st) {
      d.status = st.status;
      if (st.reasons[0]) d.statusReason = st.reasons[0].message;
    }
    if ((n.kind === 'claim' || n.kind === 'strategy') && n.support) {
      const of = supportView(c, g).rests.degree(g.num(n.id));
      d.alternatives = { atLeast: n.support.at_least, of };
    }
    if (n.url) d.url = n.url;
    nodes.push(d);
  }
  const edges: DiagramEdge[] = [];
  // A module that develops another module's undeveloped node hangs below it.
  const develops = new Map<string, string[]>();
  for (const m of c.modules.values()) {
    for (const ext of m.header?.extends ?? []) {
      for (const [target, by] of Object.entries(ext.develops)) {
        const list = develops.get(target) ?? [];
        for (const d of by) if (c.nodes.has(d) && d !== target && !list.includes(d)) list.push(d);
        develops.set(target, list);
      }
    }
  }
  const challengesBy = new Map<string, DiagramEdge[]>();
  for (const ch of g.challenges) {
    let e: DiagramEdge | undefined;
    if (ch.node !== undefined && c.nodes.has(ch.node) && ch.node !== ch.defeater)
      e = { kind: 'challenge', from: ch.defeater, to: ch.node };
    else if (ch.link && c.nodes.has(ch.link.from) && c.nodes.has(ch.link.to))
      e = { kind: 'challenge', from: ch.defeater, to: ch.link.to, link: { ...ch.link } };
    if (!e) continue;
    const list = challengesBy.get(ch.defeater) ?? [];
    list.push(e);
    challengesBy.set(ch.defeater, list);
  }
  for (const id of g.ids) {
    const kids = g.childrenOf(id);
    for (const k of kids) edges.push({ kind: 'support', from: id, to: k });
    for (const k of develops.get(id) ?? []) if (!kids.includes(k)) edges.push({ kind: 'support', from: id, to: k });
    for (const k of g.contextsOf(id)) edges.push({ kind: 'context', from: id, to: k });
    for (const e of challengesBy.get(id) ?? []) edges.push(e);
  }
  return {
    caseId: c.header.value.id,
    title: c.header.value.title,
    nodes,
    edges,
    modules: [...c.modules.keys()],
    ...(status && 'asOf' in (options.status as object) ? { asOf: (options.status as CaseStatus).asOf } : {}),
  };
}
