// The argument graph of a case: the one index every check and analysis reads.
// Built once per case in O(nodes + references): node numbers (case order), the
// links as integer adjacency by kind, what defeaters challenge (nodes and
// links), evidence citations and module membership, with the named walks of
// LinkGraph over any choice of link kinds.
//
// Link kinds, each to nodes that exist and never from a node to itself:
//   support    supported_by, per node in written order (a repeated child kept)
//   develops   a module's `extends: develops:`, from the developed node to the
//              nodes developing it (those already in its supported_by left out)
//   context    in_context_of, in written order
//   challenge  from a defeater to each node it challenges (a link challenge is
//              kept apart: linkChallengersOf)
//   resolution from a defeater to the nodes its resolution cites (`refs`)
import type { ArgNode, Case, EvidenceItem } from '../case.js';
import { Adjacency, LinkList } from './adjacency.js';
import { LinkGraph, type NodeRef } from './link-graph.js';
import { NodeSet } from './node-set.js';

export type CaseLink = 'support' | 'develops' | 'context' | 'challenge' | 'resolution';

/** What a node rests on: supported_by and module developments. */
export const RESTS_ON: readonly CaseLink[] = ['support', 'develops'];

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

/** Link challenges between nodes that exist: from -> to by node number, with the defeater at each position. */
interface LinkChallenges {
  links: Adjacency;
  defeater: Int32Array;
}

export class CaseGraph extends LinkGraph<CaseLink> {
  /** Node objects by number, in case order. */
  readonly nodes: readonly ArgNode[];
  /** Nodes nothing refers to, except defeaters (they attach by `challenges`), in case order. */
  readonly roots: string[];
  /** The top claim: the first root that is a claim. */
  readonly top: string | undefined;
  /** Every challenge written, defeaters in case order, each one's targets in written order. */
  readonly challenges: readonly Challenge[];
  /** The references written, other than challenges, that name no node: `refs` as written, those left out. */
  readonly unresolvedRefs: readonly Ref[];
  /** The references written, other than challenges, from a node to itself, in the order of `refs`. */
  readonly selfRefs: readonly Ref[];
  /** Registered evidence items in registry order; an item's number is its position here. */
  get items(): readonly EvidenceItem[] {
    return (this.memo.items ??= [...this.c.evidence.values()]);
  }
  private readonly c: Case;
  private readonly linkChallenges: LinkChallenges;
  private memo: {
    items?: EvidenceItem[];
    itemIndex?: Map<string, number>;
    refs?: Ref[];
    cites?: Adjacency;
    citers?: NodeSet;
    byDefeater?: Map<string, Challenge[]>;
    modules?: ModuleIndex;
  } = {};

  constructor(c: Case, parts: GraphParts) {
    super(parts.ids, parts.kinds, parts.index);
    this.c = c;
    this.nodes = parts.nodes;
    this.roots = parts.roots;
    this.top = parts.roots.find((id) => c.nodes.get(id)?.kind === 'claim');
    this.challenges = parts.challenges;
    this.linkChallenges = parts.linkChallenges;
    this.unresolvedRefs = parts.unresolvedRefs;
    this.selfRefs = parts.selfRefs;
  }

  /** True if this is the graph of that very case object. */
  builtFrom(c: Case): boolean {
    return this.c === c;
  }

  /** The node with this id or number. */
  node(n: NodeRef): ArgNode | undefined {
    const i = this.num(n);
    return i < 0 ? undefined : this.nodes[i];
  }

  /** supported_by children that exist, in written order. */
  childrenOf(id: NodeRef): string[] {
    return this.targets(id, 'support');
  }

  /** Nodes with `id` in their supported_by, in case order. */
  parentsOf(id: NodeRef): string[] {
    return this.sources(id, 'support');
  }

  /** in_context_of targets that exist, in written order. */
  contextsOf(id: NodeRef): string[] {
    return this.targets(id, 'context');
  }

  /** Defeaters that challenge the node itself, in case order (once per challenge written). */
  challengersOf(id: NodeRef): string[] {
    return this.sources(id, 'challenge');
  }

  /** True if some defeater challenges the node itself. */
  isChallenged(id: NodeRef): boolean {
    const i = this.num(id);
    return i >= 0 && this.adjacency('challenge', true).degree(i) > 0;
  }

  /** True if some defeater challenges a link from the node. */
  hasLinkChallenges(from: NodeRef): boolean {
    const i = this.num(from);
    return i >= 0 && this.linkChallenges.links.degree(i) > 0;
  }

  /** Defeaters that challenge the link "FROM -> TO", in case order. */
  linkChallengersOf(from: NodeRef, to: NodeRef): string[] {
    const f = this.num(from);
    const t = this.num(to);
    const out: string[] = [];
    if (f < 0 || t < 0) return out;
    const { links, defeater } = this.linkChallenges;
    for (let e = links.first(f); e < links.end(f); e++) if (links.target(e) === t) out.push(this.ids[defeater[e]!]!);
    return out;
  }

  /** The challenges a defeater writes, in written order. */
  challengesBy(defeater: string): readonly Challenge[] {
    if (!this.memo.byDefeater) {
      const m = new Map<string, Challenge[]>();
      for (const ch of this.challenges) (m.get(ch.defeater) ?? m.set(ch.defeater, []).get(ch.defeater)!).push(ch);
      this.memo.byDefeater = m;
    }
    return this.memo.byDefeater.get(defeater) ?? [];
  }

  /** Every node reference as written, including ones that resolve to nothing. */
  get refs(): readonly Ref[] {
    return (this.memo.refs ??= writtenRefs(this.c));
  }

  private itemIndex(): Map<string, number> {
    return (this.memo.itemIndex ??= new Map(this.items.map((e, k) => [e.id, k])));
  }

  /** An evidence item's number (its position in the registry), or -1. */
  itemNum(id: string): number {
    return this.itemIndex().get(id) ?? -1;
  }

  /**
   * Citations as integer adjacency from node numbers to item numbers: the
   * registered items an evidence node cites, in written order with repeats
   * kept; unregistered ids are left out, other kinds of node cite nothing.
   */
  citations(): Adjacency {
    return (this.memo.cites ??= citationLinks(this, this.itemIndex()));
  }

  /** The evidence nodes that cite at least one registered item. */
  citers(): NodeSet {
    if (!this.memo.citers) {
      const cites = this.citations();
      const out: number[] = [];
      for (let v = 0; v < this.size; v++) if (cites.degree(v) > 0) out.push(v);
      this.memo.citers = new NodeSet(this, out);
    }
    return this.memo.citers;
  }

  /** The registered items an evidence node cites, in written order (repeats kept). */
  citedItems(node: NodeRef): EvidenceItem[] {
    const i = this.num(node);
    const out: EvidenceItem[] = [];
    if (i < 0) return out;
    const cites = this.citations();
    for (let e = cites.first(i); e < cites.end(i); e++) out.push(this.items[cites.target(e)]!);
    return out;
  }

  /** The module a node was written in. */
  moduleOf(node: NodeRef): string | undefined {
    return this.node(node)?.module;
  }

  /** The nodes written in a module, in case order. */
  nodesInModule(module: string): string[] {
    if (!this.memo.modules) {
      const m: ModuleIndex = new Map();
      for (const n of this.nodes) (m.get(n.module) ?? m.set(n.module, []).get(n.module)!).push(n.id);
      this.memo.modules = m;
    }
    return this.memo.modules.get(module) ?? [];
  }

  /** The top claim and everything it rests on along supported_by. */
  decisionPath(): NodeSet {
    return this.top === undefined ? this.set([]) : this.below(this.top, 'support');
  }
}

type ModuleIndex = Map<string, string[]>;

interface GraphParts {
  ids: string[];
  index: Map<string, number>;
  nodes: ArgNode[];
  kinds: Record<CaseLink, Adjacency>;
  roots: string[];
  challenges: Challenge[];
  linkChallenges: LinkChallenges;
  unresolvedRefs: Ref[];
  selfRefs: Ref[];
}

/** Shared by every node without the list: most nodes lack one or the other. */
const NO_IDS: readonly string[] = Object.freeze([]);

function listOf(node: ArgNode, field: 'supported_by' | 'in_context_of'): readonly string[] {
  return (node as Partial<Record<typeof field, string[]>>)[field] ?? NO_IDS;
}

export function buildGraph(c: Case): CaseGraph {
  const nodes = [...c.nodes.values()];
  const n = nodes.length;
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    ids.push(nodes[i]!.id);
    index.set(nodes[i]!.id, i);
  }
  const support = new LinkList();
  const context = new LinkList();
  const resolution = new LinkList();
  // Referred to by another node: not a root. Challenges do not count: a challenged top claim is still the top.
  const referenced = new Uint8Array(n);
  // The few references that do not make a link, for the checks that report them (no list of every reference).
  const unresolvedRefs: Ref[] = [];
  const selfRefs: Ref[] = [];
  const addAll = (list: LinkList, from: number, field: NodeRefField, targets: readonly string[]) => {
    for (let i = 0; i < targets.length; i++) {
      const to = targets[i]!;
      const k = index.get(to);
      if (k === undefined || k === from) {
        (k === undefined ? unresolvedRefs : selfRefs).push({ from: ids[from]!, field, index: i, to });
        continue;
      }
      list.add(from, k);
      referenced[k] = 1;
    }
  };
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    addAll(support, i, 'supported_by', listOf(node, 'supported_by'));
    addAll(context, i, 'in_context_of', listOf(node, 'in_context_of'));
    if (node.kind === 'defeater') addAll(resolution, i, 'refs', node.resolution?.refs ?? []);
  }
  const supportAdj = support.build(n);
  const { challenges, nodeLinks, linkChallenges } = readChallenges(nodes, index);
  const develops = developLinks(c, index, supportAdj, referenced);
  return new CaseGraph(c, {
    ids,
    index,
    nodes,
    kinds: {
      support: supportAdj,
      develops,
      context: context.build(n),
      challenge: nodeLinks.build(n),
      resolution: resolution.build(n),
    },
    roots: ids.filter((_, i) => !referenced[i] && nodes[i]!.kind !== 'defeater'),
    challenges,
    linkChallenges,
    unresolvedRefs,
    selfRefs,
  });
}

/** Every challenge, the node challenges as links, and the link challenges between existing nodes. */
function readChallenges(
  nodes: readonly ArgNode[],
  index: ReadonlyMap<string, number>,
): { challenges: Challenge[]; nodeLinks: LinkList; linkChallenges: LinkChallenges } {
  const challenges: Challenge[] = [];
  const nodeLinks = new LinkList();
  const from: number[] = [];
  const to: number[] = [];
  const by: number[] = [];
  nodes.forEach((node, d) => {
    if (node.kind !== 'defeater') return;
    node.challenges.forEach((raw, i) => {
      const parsed = parseChallenge(raw);
      challenges.push({ defeater: node.id, index: i, raw, ...parsed });
      if ('node' in parsed) {
        // A defeater challenging itself is kept: the dialectic checks read it.
        const k = index.get(parsed.node);
        if (k !== undefined) nodeLinks.add(d, k);
        return;
      }
      const f = index.get(parsed.link.from);
      const t = index.get(parsed.link.to);
      if (f === undefined || t === undefined) return;
      from.push(f);
      to.push(t);
      by.push(d);
    });
  });
  const { adjacency, position } = Adjacency.fromLinksWithPositions(nodes.length, from, to);
  const defeater = new Int32Array(by.length);
  by.forEach((d, k) => {
    defeater[position[k]!] = d;
  });
  return { challenges, nodeLinks, linkChallenges: { links: adjacency, defeater } };
}

/**
 * Module developments: the developed node to the nodes developing it, each
 * once, not already its children. A node developing another hangs below it:
 * it is marked referenced (not a root).
 */
function developLinks(
  c: Case,
  index: ReadonlyMap<string, number>,
  support: Adjacency,
  referenced: Uint8Array,
): Adjacency {
  const links = new LinkList();
  const added = new Set<string>();
  for (const m of c.modules.values()) {
    for (const ext of m.header?.extends ?? []) {
      for (const [target, devs] of Object.entries(ext.develops)) {
        const t = index.get(target);
        for (const d of devs) {
          const k = index.get(d);
          if (k !== undefined) referenced[k] = 1;
          if (t === undefined) continue;
          if (k === undefined || k === t || support.linked(t, k) || added.has(`${t} ${k}`)) continue;
          added.add(`${t} ${k}`);
          links.add(t, k);
        }
      }
    }
  }
  return links.build(index.size);
}

/** Every node reference as written: supported_by, in_context_of, node challenges, resolution refs. */
function writtenRefs(c: Case): Ref[] {
  const refs: Ref[] = [];
  for (const node of c.nodes.values()) {
    listOf(node, 'supported_by').forEach((to, index) => {
      refs.push({ from: node.id, field: 'supported_by', index, to });
    });
    listOf(node, 'in_context_of').forEach((to, index) => {
      refs.push({ from: node.id, field: 'in_context_of', index, to });
    });
    if (node.kind !== 'defeater') continue;
    node.challenges.forEach((raw, index) => {
      const parsed = parseChallenge(raw);
      if ('node' in parsed) refs.push({ from: node.id, field: 'challenges', index, to: parsed.node });
    });
    (node.resolution?.refs ?? []).forEach((to, index) => {
      refs.push({ from: node.id, field: 'refs', index, to });
    });
  }
  return refs;
}

function citationLinks(g: CaseGraph, itemIndex: ReadonlyMap<string, number>): Adjacency {
  const links = new LinkList();
  g.nodes.forEach((node, i) => {
    if (node.kind !== 'evidence') return;
    for (const e of node.evidence ?? []) {
      const k = itemIndex.get(e);
      if (k !== undefined) links.add(i, k);
    }
  });
  return links.build(g.size);
}
