// Change impact: what a change to the operational context does to the case.
// Which review triggers fire, which evidence no longer measured the system as
// it would be, which claims lose support, and whether the case must be
// reviewed again. Pure: the caller loads the case and supplies the status
// propagation.
import type { Case } from '../../model/case.js';
import type { CaseGraph, NodeSet } from '../../model/graph.js';
import type { OperationalContext, Trigger } from '../../model/schema.js';
import type { TriggerKind } from '../../model/vocab.js';
import { listSome } from '../../util/list-some.js';
import { diffFields, type FieldChange, type Json } from '../diff/fields.js';
import { type CaseStatus, type SupportStatus, statusRank } from '../status-types.js';
import { type Dimension, type EvidenceMismatch, evidenceMismatches } from './evidence-match.js';

export { DIMENSIONS, type Dimension, type EvidenceMismatch, toolCovered } from './evidence-match.js';

// Version 2: statuses are those of warrant-status/2 (degraded, contested, unsupported; no partial).
export const IMPACT_SCHEMA = 'warrant-impact/2';

/** Whether a change makes the deployment wider (more reach, fewer controls), narrower, or different in a way with no direction. */
export type Direction = 'widens' | 'narrows' | 'changes';

/** One difference between the context before and after. */
export interface ContextChange extends FieldChange {
  direction: Direction;
  /** Trigger kinds that watch this sort of change when a trigger names no path (empty for a narrowing change). */
  kinds: TriggerKind[];
  /** Ids of the review triggers it fires. */
  firedBy: string[];
}

export interface FiredTrigger {
  id: string;
  kind: TriggerKind;
  description: string;
  watch?: string;
  /** Paths of the changes that fire it. */
  because: string[];
}

export interface StatusLoss {
  id: string;
  before: SupportStatus;
  after: SupportStatus;
  /** On the support of the top claim (reachable from it by supported_by). */
  onTopSupport: boolean;
}

export interface ImpactReport {
  schema: typeof IMPACT_SCHEMA;
  caseId: string;
  asOf: string;
  top?: string;
  changes: ContextChange[];
  triggers: FiredTrigger[];
  /** Paths of changes that widen or change the deployment and that no trigger watches: a gap in change control. */
  unwatched: string[];
  /** Date triggers due on or before the as-of date: already fired whatever the change (warrant check reports them). Not part of the verdict. */
  due: { id: string; date: string; description: string }[];
  evidence: EvidenceMismatch[];
  /** Claims that rest on evidence that no longer matches, in case order. */
  claimsOnMismatchedEvidence: string[];
  /** Claims whose support status gets worse; absent when no status propagation was supplied. */
  statusLosses?: StatusLoss[];
  verdict: { reReview: boolean; reasons: string[] };
}

export type StatusFn = (c: Case, g: CaseGraph, opts: { asOf: string }) => CaseStatus;

export interface ImpactOptions {
  asOf: string;
  /** The argument graph of the case (the same for both contexts: only the context changes). */
  graph: CaseGraph;
  /** The support status propagation (analysis/status.ts caseStatus); without it, status losses are not computed. */
  status?: StatusFn;
}

/** The case with another operational context: a shallow copy, the original untouched. */
export function withContext(c: Case, ctx: OperationalContext): Case {
  if (!c.context) throw new Error('withContext: the case has no context section');
  return { ...c, context: { ...c.context, value: ctx } };
}

// ---- directions and trigger kinds -------------------------------------------

const ADDS_REACH = new Set(['context.tools', 'context.allowed_actions', 'context.data_access']);
const ADDS_CONTROL = new Set(['context.access_controls', 'context.monitoring']);
const isModelPath = (p: string) => p === 'context.model' || p.startsWith('context.model.');
const isPopulationPath = (p: string) =>
  p === 'context.user_population' || p.startsWith('context.user_population.') || p === 'context.deployment_channel';

function directionOf(ch: FieldChange): Direction {
  const p = ch.path;
  if (ADDS_REACH.has(p)) return ch.change === 'added' ? 'widens' : ch.change === 'removed' ? 'narrows' : 'changes';
  if (ADDS_CONTROL.has(p)) return ch.change === 'removed' ? 'widens' : ch.change === 'added' ? 'narrows' : 'changes';
  if (p === 'context.max_steps' || p === 'context.user_population.size') {
    if (ch.change === 'removed') return 'widens'; // no budget, no stated size: unbounded
    if (ch.change === 'added') return 'narrows';
    if (typeof ch.before === 'number' && typeof ch.after === 'number')
      return ch.after > ch.before ? 'widens' : 'narrows';
    return 'changes';
  }
  return 'changes';
}

/**
 * Which trigger kinds a change is, for triggers that name no path:
 * the model's build, weights or id, or a component's: new-build and fine-tune;
 * the scaffold version: new-build; a tool, allowed action or data access added:
 * tool-added; the user population (description, size, access tier) or the
 * deployment channel, unless it narrows: population-widened; the system
 * prompt version: system-prompt-changed. Other changes (max_steps, access
 * controls, monitoring, incident response, notes) fire only triggers that
 * watch their path.
 */
export function kindsOf(ch: FieldChange, direction: Direction): TriggerKind[] {
  const p = ch.path;
  if (direction === 'narrows') return [];
  if (isModelPath(p)) return /\.(name|role|id)$/.test(p) && p.includes('.components') ? [] : ['new-build', 'fine-tune'];
  if (p === 'context.scaffold_version') return ['new-build'];
  if (ADDS_REACH.has(p)) return ch.change === 'added' ? ['tool-added'] : [];
  if (isPopulationPath(p)) return ['population-widened'];
  if (p === 'context.system_prompt_version') return ['system-prompt-changed'];
  return [];
}

/** Trigger kinds that say which way the change must go: they do not fire on a narrowing change to the path they watch. */
const DIRECTED: ReadonlySet<TriggerKind> = new Set(['tool-added', 'population-widened']);

function watchPath(t: Trigger): string | undefined {
  if (t.watch === undefined) return undefined;
  const w = t.watch.trim();
  return w.startsWith('context.') || w === 'context' ? w : `context.${w}`;
}

/**
 * Does trigger `t` fire on the change? A trigger with `watch` fires when the
 * changed path is the watched one, below it or above it (except a tool-added
 * or population-widened trigger on a narrowing change); a trigger without
 * `watch` fires when its kind is one of the change's kinds. This is the rule
 * static-claims/review-trigger-fired applies, so check and impact agree.
 */
export function fires(t: Trigger, ch: FieldChange, direction: Direction, kinds: readonly TriggerKind[]): boolean {
  const w = watchPath(t);
  if (w === undefined) return kinds.includes(t.kind);
  const related = w === ch.path || ch.path.startsWith(`${w}.`) || w.startsWith(`${ch.path}.`);
  if (!related) return false;
  return !(DIRECTED.has(t.kind) && direction === 'narrows');
}

/** The dimensions of `measured` a context change can affect. */
function dimensionsOf(changes: readonly ContextChange[]): Set<Dimension> {
  const dims = new Set<Dimension>();
  for (const c of changes) {
    const p = c.path;
    if (isModelPath(p)) dims.add('build');
    if (p.startsWith('context.model.components')) dims.add('component');
    if (p === 'context.tools') dims.add('tools');
    if (p === 'context.max_steps') dims.add('max_steps');
    if (p.startsWith('context.user_population')) dims.add('population');
    if (p === 'context.user_population.access_tier' || p === 'context.user_population') dims.add('access_tier');
    if (p === 'context.scaffold_version') dims.add('scaffold');
    if (p === 'context.system_prompt_version') dims.add('prompt');
  }
  return dims;
}

// ---- the analysis -------------------------------------------------------------

/** The top claim and the nodes it rests on along supported_by. O(n + edges). */
function below(g: CaseGraph, top: string | undefined): NodeSet {
  return top === undefined ? g.set([]) : g.below(top, 'support');
}

/** Nodes reachable from `starts` up supported_by (the starts included). */
function above(g: CaseGraph, starts: Iterable<string>): NodeSet {
  return g.above(starts, 'support');
}

/** The context diff, each change with its direction, trigger kinds and the triggers it fires. */
function contextChanges(
  ctxA: OperationalContext | undefined,
  ctxB: OperationalContext | undefined,
  triggers: readonly Trigger[],
): ContextChange[] {
  return diffFields(ctxA, ctxB, 'context').map((fc) => {
    const direction = directionOf(fc);
    const kinds = kindsOf(fc, direction);
    return {
      ...fc,
      direction,
      kinds,
      firedBy: triggers.filter((t) => fires(t, fc, direction, kinds)).map((t) => t.id),
    };
  });
}

/** The triggers some change fires, in trigger order, each with the paths that fire it. */
function firedTriggers(triggers: readonly Trigger[], changes: readonly ContextChange[]): FiredTrigger[] {
  const fired: FiredTrigger[] = [];
  for (const t of triggers) {
    const because = changes.filter((c) => c.firedBy.includes(t.id)).map((c) => c.path);
    if (because.length)
      fired.push({
        id: t.id,
        kind: t.kind,
        description: t.description,
        ...(t.watch !== undefined ? { watch: t.watch } : {}),
        because: [...new Set(because)],
      });
  }
  return fired;
}

/** Evidence item id to the evidence nodes that cite it, in case order. */
function citingNodes(c: Case): Map<string, string[]> {
  const citing = new Map<string, string[]>();
  for (const n of c.nodes.values()) {
    if (n.kind !== 'evidence') continue;
    for (const e of n.evidence ?? []) {
      const l = citing.get(e);
      if (l) l.push(n.id);
      else citing.set(e, [n.id]);
    }
  }
  return citing;
}

/** Whether the user population widened or changed (the channel aside), and how, in words for messages. */
function populationChange(changes: readonly ContextChange[]): { changed: boolean; what: string } {
  const popChanges = changes.filter(
    (c) => isPopulationPath(c.path) && c.direction !== 'narrows' && c.path !== 'context.deployment_channel',
  );
  const show = (x: Json | undefined) =>
    x === undefined ? 'none' : typeof x === 'string' ? `"${x}"` : JSON.stringify(x);
  const what = listSome(
    popChanges.map((c) => `${c.path.replace(/^context\./, '')} ${show(c.before)} to ${show(c.after)}`),
    { sep: '; ' },
  );
  return { changed: popChanges.length > 0, what };
}

/** Claims whose status gets worse from `before` to `after`; undefined without a status propagation. */
function statusLossesOf(
  before: Case,
  after: Case,
  opts: ImpactOptions,
  changed: boolean,
  onTop: NodeSet,
): StatusLoss[] | undefined {
  if (!opts.status) return undefined;
  if (!changed) return [];
  const g = opts.graph;
  const sa = opts.status(before, g, { asOf: opts.asOf });
  const sb = opts.status(after, g, { asOf: opts.asOf });
  const losses: StatusLoss[] = [];
  for (const [id, nb] of sb.nodes) {
    if (after.nodes.get(id)?.kind !== 'claim') continue;
    const na = sa.nodes.get(id);
    if (!na || statusRank(nb.status) <= statusRank(na.status)) continue;
    losses.push({ id, before: na.status, after: nb.status, onTopSupport: onTop.has(id) });
  }
  return losses;
}

/** The first five ids, joined, with ", ..." when there are more. */
const firstFive = (ids: readonly string[]): string => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''}`;

/** Why the case must be reviewed again, in words; empty when it need not be. */
function verdictReasons(
  fired: readonly FiredTrigger[],
  statusLosses: readonly StatusLoss[] | undefined,
  topEvidence: readonly string[],
): string[] {
  const reasons: string[] = [];
  if (fired.length) {
    const what = fired.length === 1 ? 'review trigger' : `${fired.length} review triggers`;
    reasons.push(`${what} fired: ${listSome(fired.map((t) => t.id))}`);
  }
  const lostOnTop = (statusLosses ?? []).filter((s) => s.onTopSupport);
  if (lostOnTop.length) {
    const one = lostOnTop.length === 1;
    const what = one ? 'a claim' : `${lostOnTop.length} claims`;
    const moves = lostOnTop.map((s) => `${s.id} (${s.before} to ${s.after})`);
    reasons.push(`${what} on the top claim's support lose${one ? 's' : ''} status: ${firstFive(moves)}`);
  }
  if (topEvidence.length) {
    const one = topEvidence.length === 1;
    const what = one ? 'evidence' : `${topEvidence.length} evidence items`;
    const verb = one ? 'matches' : 'match';
    reasons.push(`${what} cited on the top claim's support no longer ${verb} the context: ${firstFive(topEvidence)}`);
  }
  return reasons;
}

/**
 * The impact of moving case `before` to case `after`, which differ only in
 * their operational context (the argument, evidence and change control are
 * `after`'s; `--against` builds `before` that way).
 *
 * 1. The context diff: a field diff of the two contexts with dotted paths
 *    (lists entry by entry), each change given a direction and trigger kinds.
 * 2. Triggers: each review trigger of `after` is tested against each change
 *    (fires()).
 * 3. Evidence: every registry item's `measured` is compared with both
 *    contexts; a dimension that matched before and does not after is
 *    reported, with the evidence nodes citing the item.
 * 4. Claims resting on that evidence: one reverse walk up supported_by from
 *    the citing nodes.
 * 5. Status: the status propagation runs on both; claims whose status gets
 *    worse are reported, and marked when they are on the top claim's support.
 * 6. Verdict: re-review is required when a trigger fires, when evidence cited
 *    on the top claim's support no longer matches, or when a claim on it loses
 *    status.
 *
 * Time O(c·t + e·k + n + edges) plus two status propagations, for c context
 * changes, t triggers, e evidence items with k tools each, n nodes.
 */
export function analyseImpact(before: Case, after: Case, opts: ImpactOptions): ImpactReport {
  const g = opts.graph;
  const ctxA = before.context?.value;
  const ctxB = after.context?.value;
  const triggers = after.changeControl?.value.review_triggers ?? [];
  const changes = contextChanges(ctxA, ctxB, triggers);
  const fired = firedTriggers(triggers, changes);
  const unwatched = [
    ...new Set(changes.filter((c) => c.direction !== 'narrows' && c.firedBy.length === 0).map((c) => c.path)),
  ];
  const due = triggers
    .filter((t) => t.date !== undefined && t.date <= opts.asOf)
    .map((t) => ({ id: t.id, date: t.date!, description: t.description }));

  const top = g.roots.find((id) => after.nodes.get(id)?.kind === 'claim');
  const onTop = below(g, top);
  const evidence =
    ctxA && ctxB && changes.length
      ? evidenceMismatches(after.evidence.values(), {
          before: ctxA,
          after: ctxB,
          dimensions: dimensionsOf(changes),
          population: populationChange(changes),
          citing: citingNodes(after),
        })
      : [];
  const up = above(
    g,
    evidence.flatMap((e) => e.citedBy),
  );
  const claimsOnMismatchedEvidence = g.ids.filter((id) => up.has(id) && after.nodes.get(id)?.kind === 'claim');
  const statusLosses = statusLossesOf(before, after, opts, changes.length > 0, onTop);
  const topEvidence = [...new Set(evidence.filter((e) => e.citedBy.some((n) => onTop.has(n))).map((e) => e.id))];
  const reasons = verdictReasons(fired, statusLosses, topEvidence);
  return {
    schema: IMPACT_SCHEMA,
    caseId: after.header.value.id,
    asOf: opts.asOf,
    ...(top !== undefined ? { top } : {}),
    changes,
    triggers: fired,
    unwatched,
    due,
    evidence,
    claimsOnMismatchedEvidence,
    ...(statusLosses ? { statusLosses } : {}),
    verdict: { reReview: reasons.length > 0, reasons },
  };
}
