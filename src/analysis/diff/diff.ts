// The semantic diff of two versions of a case: what changed in the argument,
// the evidence, the defeaters, the support statuses and the sections around
// them, in terms a reviewer reads (a rename, a reworded claim, a defeater
// reopened), not lines of YAML.
import type { ArgNode, Case } from '../../model/case.js';
import { parseChallenge } from '../../model/graph.js';
import type { DefeaterStatus, NodeKind } from '../../model/vocab.js';
import { setOwn } from '../../util/own.js';
import { type CaseStatus, type SupportStatus, statusRank } from '../status-types.js';
import { canonical, diffFields, type FieldChange, type Json, sameData, toJson } from './fields.js';
import { diffWords, normalizeText, type WordRun } from './words.js';

// Version 2: statuses are those of warrant-status/2 (degraded, contested, unsupported; no partial).
export const DIFF_SCHEMA = 'warrant-diff/2';

export interface NodeSummary {
  id: string;
  kind: NodeKind;
  text: string;
}

/** A node whose id changed while its kind and (whitespace-normalised) text did not. */
export interface Rename {
  from: string;
  to: string;
  kind: NodeKind;
  text: string;
}

export interface Reworded {
  id: string;
  kind: NodeKind;
  before: string;
  after: string;
  words: WordRun[];
}

/** Field changes of a node other than its text and links (kind, the module it lives in, undeveloped, evidence cited, owner, tier, resolution, ...). */
export interface NodeFieldChanges {
  id: string;
  kind: NodeKind;
  changes: FieldChange[];
}

export type LinkField = 'supported_by' | 'in_context_of' | 'challenges';

/** A link added or removed. Ids are the new version's for added links and the old version's, renamed where a rename is known, for removed ones. */
export interface LinkChange {
  from: string;
  field: LinkField;
  to: string;
  change: 'added' | 'removed';
}

export interface EvidenceSummary {
  id: string;
  title: string;
}

export interface EvidenceRename {
  from: string;
  to: string;
  title: string;
}

export interface EvidenceChange {
  id: string;
  title: string;
  changes: FieldChange[];
}

/**
 * What happened to a defeater:
 * - opened: a new defeater, open; withdrawn: an open defeater removed (its inverse);
 * - resolved: open to mitigated, accepted or refuted; reopened: back to open (its inverse);
 * - changed: from one resolution to another (mitigated to accepted, ...);
 * - added / removed: a defeater that was already resolved appears or goes.
 */
export type DefeaterTransition = 'opened' | 'withdrawn' | 'resolved' | 'reopened' | 'changed' | 'added' | 'removed';

export interface DefeaterChange {
  id: string;
  /** The old id, when the defeater was also renamed. */
  was?: string;
  text: string;
  before?: DefeaterStatus;
  after?: DefeaterStatus;
  transition: DefeaterTransition;
}

export interface StatusChange {
  id: string;
  was?: string;
  kind: NodeKind;
  before: SupportStatus;
  after: SupportStatus;
  direction: 'worse' | 'better';
}

/** The sections compared field by field. */
export const SECTIONS = [
  'case',
  'context',
  'acceptability',
  'risks',
  'decision',
  'change_control',
  'publication',
  'configuration',
] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface DiffSide {
  /** How the side was named: a path, or REV:path. */
  label: string;
  caseId: string;
  version: string;
}

export interface CaseDiff {
  schema: typeof DIFF_SCHEMA;
  a: DiffSide;
  b: DiffSide;
  /** The as-of date of the status comparison, when statuses were compared. */
  asOf?: string;
  nodes: {
    added: NodeSummary[];
    removed: NodeSummary[];
    renamed: Rename[];
    reworded: Reworded[];
    changed: NodeFieldChanges[];
  };
  links: LinkChange[];
  evidence: {
    added: EvidenceSummary[];
    removed: EvidenceSummary[];
    renamed: EvidenceRename[];
    changed: EvidenceChange[];
  };
  defeaters: DefeaterChange[];
  status: StatusChange[];
  sections: Record<SectionName, FieldChange[]>;
}

export interface DiffOptions {
  labels?: { a: string; b: string };
  /** Support statuses of both versions at one as-of date; without them, status changes are not reported. */
  status?: { a: CaseStatus; b: CaseStatus };
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function linksOf(node: ArgNode, field: LinkField): string[] {
  const v = (node as unknown as Record<string, unknown>)[field];
  return Array.isArray(v) ? (v as string[]) : [];
}

/** Fields compared as text or links, or reported with the defeaters, not as field changes. */
const NOT_FIELDS = new Set(['text', 'supported_by', 'in_context_of', 'challenges', 'id', 'kind', 'status']);

function nodeFields(node: ArgNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (!NOT_FIELDS.has(k)) out[k] = v;
  return out;
}

const ID_ONLY: ReadonlySet<string> = new Set(['id']);

function evidenceFields(item: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (k !== 'id') out[k] = v;
  return out;
}

/**
 * Pair removed and added keys that have the same signature (kind and
 * normalised text for nodes, content for evidence items): the k-th removed
 * id in sorted order with the k-th added one. Deterministic, and symmetric:
 * swapping the sides swaps each pair.
 */
function pairRenames(
  removed: string[],
  added: string[],
  signature: (id: string, side: 'a' | 'b') => string,
): Map<string, string> {
  const bySig = new Map<string, string[]>();
  for (const id of removed) {
    const s = signature(id, 'a');
    const l = bySig.get(s);
    if (l) l.push(id);
    else bySig.set(s, [id]);
  }
  const pairs = new Map<string, string>();
  const taken = new Map<string, number>();
  for (const id of added) {
    const s = signature(id, 'b');
    const l = bySig.get(s);
    if (!l) continue;
    const k = taken.get(s) ?? 0;
    if (k >= l.length) continue;
    taken.set(s, k + 1);
    pairs.set(l[k]!, id);
  }
  return pairs;
}

/** The case's sections as plain data, for the field diff. */
function sectionValue(c: Case, s: SectionName): unknown {
  switch (s) {
    case 'case':
      return c.header.value;
    case 'context':
      return c.context?.value;
    case 'acceptability':
      return c.acceptability?.value;
    case 'risks':
      return c.risks.size ? Object.fromEntries([...c.risks].map(([id, r]) => [id, evidenceFields(r)])) : undefined;
    case 'decision':
      return c.decision?.value;
    case 'change_control':
      return c.changeControl?.value;
    case 'publication':
      return c.publication?.value;
    case 'configuration': {
      const rules: Record<string, unknown> = {};
      const suppressions: unknown[] = [];
      for (const s of c.config) {
        // Rule ids are the case's: set own properties (Object.assign would take `__proto__` as the prototype).
        for (const [id, setting] of Object.entries(s.value.rules ?? {})) setOwn(rules, id, setting);
        suppressions.push(...(s.value.suppressions ?? []).map((x) => ({ ...x, target: `${x.rule} on ${x.target}` })));
      }
      return Object.keys(rules).length || suppressions.length ? { rules, suppressions } : undefined;
    }
  }
}

function transition(
  before: DefeaterStatus | undefined,
  after: DefeaterStatus | undefined,
): DefeaterTransition | undefined {
  if (before === after) return undefined;
  if (before === undefined) return after === 'open' ? 'opened' : 'added';
  if (after === undefined) return before === 'open' ? 'withdrawn' : 'removed';
  if (before === 'open') return 'resolved';
  if (after === 'open') return 'reopened';
  return 'changed';
}

/**
 * The semantic diff from `a` (old) to `b` (new).
 *
 * Nodes are matched by id; then, among removed and added nodes of the same
 * kind, those with the same whitespace-normalised text are paired as renames
 * (evidence items: the same content under a new id). Links are compared per
 * node with renamed ids mapped, so a rename does not show as link changes in
 * its parents. Every list is sorted by id, so the output is deterministic and
 * diff(b, a) is diff(a, b) with added and removed, before and after, and each
 * transition and its inverse swapped.
 *
 * Time O((n + e) log(n + e)) for n nodes and e evidence items plus the size
 * of the texts and sections compared; rewording is O(words²) per reworded
 * node, bounded (see diffWords).
 */
export function diffCases(a: Case, b: Case, opts: DiffOptions = {}): CaseDiff {
  const m = matchNodes(a, b);
  const links: LinkChange[] = [];
  const defeaters: DefeaterChange[] = [];
  for (const pair of m.pairs) {
    diffNodePair(pair, m.nodes);
    links.push(...linkChanges(pair, m.toB));
    const t = defeaterChange(pair);
    if (t) defeaters.push(t);
  }
  // Links of nodes that came or went are the nodes' own; they are listed with the nodes, not here.
  defeaters.push(...comingAndGoing(a, b, m.nodes));
  links.sort((x, y) => cmp(x.from, y.from) || cmp(x.field, y.field) || cmp(x.to, y.to) || cmp(x.change, y.change));
  defeaters.sort((x, y) => cmp(x.id, y.id));
  const sections = {} as Record<SectionName, FieldChange[]>;
  for (const s of SECTIONS) sections[s] = diffFields(sectionValue(a, s), sectionValue(b, s), s === 'case' ? 'case' : s);
  return {
    schema: DIFF_SCHEMA,
    a: { label: opts.labels?.a ?? a.root, caseId: a.header.value.id, version: a.header.value.version },
    b: { label: opts.labels?.b ?? b.root, caseId: b.header.value.id, version: b.header.value.version },
    ...(opts.status ? { asOf: opts.status.b.asOf } : {}),
    nodes: m.nodes,
    links,
    evidence: diffEvidence(a, b),
    defeaters,
    status: opts.status ? statusChanges(m.pairs, opts.status) : [],
    sections,
  };
}

/** Nodes matched across the versions: removed, added and renamed ones, and the pairs present in both. */
interface NodeMatch {
  nodes: CaseDiff['nodes'];
  /** Pairs present in both versions (same id, or renamed), by new id. */
  pairs: [ArgNode, ArgNode][];
  /** An old id as the new version names it. */
  toB: (id: string) => string;
}

function matchNodes(a: Case, b: Case): NodeMatch {
  const sum = (n: ArgNode): NodeSummary => ({ id: n.id, kind: n.kind, text: n.text });
  const removedIds = [...a.nodes.keys()].filter((id) => !b.nodes.has(id)).sort(cmp);
  const addedIds = [...b.nodes.keys()].filter((id) => !a.nodes.has(id)).sort(cmp);
  const sig = (id: string, side: 'a' | 'b') => {
    const n = (side === 'a' ? a : b).nodes.get(id)!;
    return `${n.kind}\u0000${normalizeText(n.text)}`;
  };
  const renameAB = pairRenames(removedIds, addedIds, sig);
  const renameBA = new Map([...renameAB].map(([x, y]) => [y, x]));
  const nodes: CaseDiff['nodes'] = { added: [], removed: [], renamed: [], reworded: [], changed: [] };
  for (const id of removedIds) if (!renameAB.has(id)) nodes.removed.push(sum(a.nodes.get(id)!));
  for (const id of addedIds) if (!renameBA.has(id)) nodes.added.push(sum(b.nodes.get(id)!));
  for (const [from, to] of renameAB)
    nodes.renamed.push({ from, to, kind: b.nodes.get(to)!.kind, text: b.nodes.get(to)!.text });
  nodes.renamed.sort((x, y) => cmp(x.to, y.to));
  const pairs: [ArgNode, ArgNode][] = [];
  for (const [id, nb] of b.nodes) {
    const na = a.nodes.get(renameBA.get(id) ?? id);
    if (na) pairs.push([na, nb]);
  }
  pairs.sort((x, y) => cmp(x[1].id, y[1].id));
  return { nodes, pairs, toB: (id) => renameAB.get(id) ?? id };
}

/** A node present in both versions: reworded, and its other fields changed. */
function diffNodePair([na, nb]: [ArgNode, ArgNode], nodes: CaseDiff['nodes']): void {
  const reworded = na.text !== nb.text && normalizeText(na.text) !== normalizeText(nb.text);
  if (na.kind === nb.kind && reworded)
    nodes.reworded.push({
      id: nb.id,
      kind: nb.kind,
      before: na.text,
      after: nb.text,
      words: diffWords(na.text, nb.text),
    });
  const changes: FieldChange[] = [];
  if (na.kind !== nb.kind) changes.push({ path: 'kind', change: 'changed', before: na.kind, after: nb.kind });
  if (na.kind !== nb.kind && reworded)
    changes.push({ path: 'text', change: 'changed', before: na.text, after: nb.text });
  if (na.module !== nb.module) changes.push({ path: 'module', change: 'changed', before: na.module, after: nb.module });
  if (!sameData(na, nb, NOT_FIELDS)) diffFields(nodeFields(na), nodeFields(nb), '', changes);
  if (changes.length) nodes.changed.push({ id: nb.id, kind: nb.kind, changes });
}

/** Links added and removed at a node present in both versions, as written (renamed ids mapped). */
function linkChanges([na, nb]: [ArgNode, ArgNode], toB: (id: string) => string): LinkChange[] {
  const mapChallenge = (raw: string): string => {
    const p = parseChallenge(raw);
    return 'node' in p ? toB(p.node) : `${toB(p.link.from)} -> ${toB(p.link.to)}`;
  };
  const normChallenge = (raw: string): string => {
    const p = parseChallenge(raw);
    return 'node' in p ? p.node : `${p.link.from} -> ${p.link.to}`;
  };
  const out: LinkChange[] = [];
  for (const field of ['supported_by', 'in_context_of', 'challenges'] as const) {
    const before = field === 'challenges' ? linksOf(na, field).map(mapChallenge) : linksOf(na, field).map(toB);
    const after = field === 'challenges' ? linksOf(nb, field).map(normChallenge) : linksOf(nb, field);
    if (before.length === after.length && before.every((x, i) => x === after[i])) continue;
    const inAfter = new Set(after);
    const inBefore = new Set(before);
    for (const to of before) if (!inAfter.has(to)) out.push({ from: nb.id, field, to, change: 'removed' });
    for (const to of after) if (!inBefore.has(to)) out.push({ from: nb.id, field, to, change: 'added' });
  }
  return out;
}

function defeaterChange([na, nb]: [ArgNode, ArgNode]): DefeaterChange | undefined {
  const sa = na.kind === 'defeater' ? na.status : undefined;
  const sb = nb.kind === 'defeater' ? nb.status : undefined;
  const t = transition(sa, sb);
  if (!t) return undefined;
  return {
    id: nb.id,
    ...(na.id !== nb.id ? { was: na.id } : {}),
    text: nb.text,
    ...(sa ? { before: sa } : {}),
    ...(sb ? { after: sb } : {}),
    transition: t,
  };
}

/** Defeaters among the nodes added or removed. */
function comingAndGoing(a: Case, b: Case, nodes: CaseDiff['nodes']): DefeaterChange[] {
  const out: DefeaterChange[] = [];
  for (const s of nodes.added) {
    const n = b.nodes.get(s.id)!;
    if (n.kind === 'defeater')
      out.push({ id: n.id, text: n.text, after: n.status, transition: transition(undefined, n.status)! });
  }
  for (const s of nodes.removed) {
    const n = a.nodes.get(s.id)!;
    if (n.kind === 'defeater')
      out.push({ id: n.id, text: n.text, before: n.status, transition: transition(n.status, undefined)! });
  }
  return out;
}

/** The evidence registry: items added, removed, renamed (the same content under a new id) and changed. */
function diffEvidence(a: Case, b: Case): CaseDiff['evidence'] {
  const eRemoved = [...a.evidence.keys()].filter((id) => !b.evidence.has(id)).sort(cmp);
  const eAdded = [...b.evidence.keys()].filter((id) => !a.evidence.has(id)).sort(cmp);
  const eRename = pairRenames(eRemoved, eAdded, (id, side) =>
    canonical(evidenceFields((side === 'a' ? a : b).evidence.get(id)!)),
  );
  const eRenamedTo = new Set(eRename.values());
  const evidence: CaseDiff['evidence'] = { added: [], removed: [], renamed: [], changed: [] };
  for (const id of eRemoved) if (!eRename.has(id)) evidence.removed.push({ id, title: a.evidence.get(id)!.title });
  for (const id of eAdded) if (!eRenamedTo.has(id)) evidence.added.push({ id, title: b.evidence.get(id)!.title });
  for (const [from, to] of eRename) evidence.renamed.push({ from, to, title: b.evidence.get(to)!.title });
  evidence.renamed.sort((x, y) => cmp(x.to, y.to));
  for (const id of [...b.evidence.keys()].sort(cmp)) {
    const ia = a.evidence.get(id);
    if (!ia) continue;
    const ib = b.evidence.get(id)!;
    if (sameData(ia, ib, ID_ONLY)) continue;
    const changes = diffFields(evidenceFields(ia), evidenceFields(ib));
    if (changes.length) evidence.changed.push({ id, title: b.evidence.get(id)!.title, changes });
  }
  return evidence;
}

/** Support statuses of the claims both versions have, where they differ. */
function statusChanges(pairs: [ArgNode, ArgNode][], status: { a: CaseStatus; b: CaseStatus }): StatusChange[] {
  const out: StatusChange[] = [];
  for (const [na, nb] of pairs) {
    if (nb.kind !== 'claim') continue;
    const x = status.a.nodes.get(na.id)?.status;
    const y = status.b.nodes.get(nb.id)?.status;
    if (!x || !y || x === y) continue;
    out.push({
      id: nb.id,
      ...(na.id !== nb.id ? { was: na.id } : {}),
      kind: nb.kind,
      before: x,
      after: y,
      direction: statusRank(y) > statusRank(x) ? 'worse' : 'better',
    });
  }
  return out;
}

/** How many changes of each sort: the summary line of every output. */
export interface DiffCounts {
  nodesAdded: number;
  nodesRemoved: number;
  nodesRenamed: number;
  nodesReworded: number;
  nodesChanged: number;
  links: number;
  evidenceAdded: number;
  evidenceRemoved: number;
  evidenceRenamed: number;
  evidenceChanged: number;
  defeaters: number;
  status: number;
  sections: number;
}

export function diffCounts(d: CaseDiff): DiffCounts {
  return {
    nodesAdded: d.nodes.added.length,
    nodesRemoved: d.nodes.removed.length,
    nodesRenamed: d.nodes.renamed.length,
    nodesReworded: d.nodes.reworded.length,
    nodesChanged: d.nodes.changed.length,
    links: d.links.length,
    evidenceAdded: d.evidence.added.length,
    evidenceRemoved: d.evidence.removed.length,
    evidenceRenamed: d.evidence.renamed.length,
    evidenceChanged: d.evidence.changed.length,
    defeaters: d.defeaters.length,
    status: d.status.length,
    sections: SECTIONS.reduce((n, s) => n + d.sections[s].length, 0),
  };
}

/** True when the two versions say the same thing (labels aside). */
export function isEmptyDiff(d: CaseDiff): boolean {
  return Object.values(diffCounts(d)).every((n) => n === 0);
}

export type { FieldChange, Json, WordRun };
export { toJson };
