// Change impact: what a change to the operational context does to the case.
// Which review triggers fire, which evidence no longer measured the system as
// it would be, which claims lose support, and whether the case must be
// reviewed again. Pure: the caller loads the case and supplies the status
// propagation.
import type { Case, EvidenceItem } from '../../model/case.js';
import type { CaseGraph, NodeSet } from '../../model/graph.js';
import type { OperationalContext, Trigger } from '../../model/schema.js';
import type { TriggerKind } from '../../model/vocab.js';
import { diffFields, type FieldChange, type Json } from '../diff/fields.js';
import { type CaseStatus, type SupportStatus, statusRank } from '../status-types.js';

export const IMPACT_SCHEMA = 'warrant-impact/1';

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

/** The aspect of what an evidence item measured that no longer matches. */
export const DIMENSIONS = [
  'build',
  'component',
  'tools',
  'max_steps',
  'population',
  'access_tier',
  'scaffold',
  'prompt',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface EvidenceMismatch {
  id: string;
  title: string;
  dimension: Dimension;
  /** What the evidence measured. */
  measured: Json;
  /** What the context now has. */
  context: Json;
  message: string;
  /** Evidence nodes that cite the item, in case order. */
  citedBy: string[];
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

// ---- evidence against the context -------------------------------------------

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const toolName = (s: string) => s.split(/:\s|\s\(|\s[-–]\s/)[0]!.trim();
const isDenial = (s: string) => /^\s*(?:no|none|not|without)\b/i.test(s);

/** An evaluated tool covers a deployed one when their names (the text before ":" or " (") share their first word, or one name's words all occur in the other. */
export function toolCovered(measured: string, deployed: string): boolean {
  const m = words(toolName(measured));
  const d = words(toolName(deployed));
  if (!m.length || !d.length) return false;
  if (m[0] === d[0]) return true;
  const ms = new Set(m);
  const ds = new Set(d);
  return m.every((w) => ds.has(w)) || d.every((w) => ms.has(w));
}

/** The builds evidence may have measured, normalised, per component role ("" for no role): the role's own builds when the context lists that role, else every build. Computed once per context. */
class Builds {
  private readonly all: string[];
  private readonly byRole = new Map<string, string[]>();
  private readonly normed = new Map<string, Set<string>>();
  constructor(private readonly ctx: OperationalContext) {
    this.all = [...new Set([ctx.model.build, ...(ctx.model.components ?? []).map((k) => k.build)])];
  }
  of(role: string | undefined): string[] {
    if (!role) return this.all;
    let hit = this.byRole.get(role);
    if (!hit) {
      const own = [...new Set((this.ctx.model.components ?? []).filter((k) => k.role === role).map((k) => k.build))];
      this.byRole.set(role, (hit = own.length ? own : this.all));
    }
    return hit;
  }
  has(role: string | undefined, build: string): boolean {
    const key = role ?? '';
    let set = this.normed.get(key);
    if (!set) this.normed.set(key, (set = new Set(this.of(role).map(norm))));
    return set.has(norm(build));
  }
}

interface View {
  ctx: OperationalContext;
  builds: Builds;
  deployedTools: string[];
  populationChanged: boolean;
  /** The population changes in words, for messages. */
  populationWhat: string;
  /** A measured.tools list (joined) to the deployed tools it misses: the same few lists recur across thousands of items. */
  missing: Map<string, string[]>;
}

function view(ctx: OperationalContext, populationChanged: boolean, populationWhat = ''): View {
  return {
    ctx,
    builds: new Builds(ctx),
    deployedTools: (ctx.tools ?? []).filter((t) => !isDenial(t)),
    populationChanged,
    populationWhat,
    missing: new Map(),
  };
}

const isSystem = (c: string | undefined) => c === undefined || c === 'agent' || c === 'model' || c === 'other';

function missingTools(v: View, tools: readonly string[]): string[] {
  const key = tools.join('\u0000');
  let hit = v.missing.get(key);
  if (!hit) v.missing.set(key, (hit = v.deployedTools.filter((d) => !tools.some((t) => toolCovered(t, d)))));
  return hit;
}

/**
 * Whether an item's `measured` matches a context in one dimension: true,
 * false, or undefined when the item or the context does not record it.
 * O(1) per call, except tools: O(tools²) once per distinct tool list.
 */
function matches(item: EvidenceItem, v: View, dim: Dimension): boolean | undefined {
  const m = item.measured!;
  const ctx = v.ctx;
  switch (dim) {
    case 'build':
      return v.builds.has(m.component, m.build);
    case 'component': {
      if (!m.component || m.component === 'model' || m.component === 'other') return undefined;
      const comps = ctx.model.components ?? [];
      return comps.length === 0 || comps.some((k) => k.role === m.component);
    }
    case 'tools':
      return m.tools && isSystem(m.component) ? missingTools(v, m.tools).length === 0 : undefined;
    case 'max_steps':
      return m.max_steps === undefined ? undefined : ctx.max_steps !== undefined && m.max_steps >= ctx.max_steps;
    case 'population':
      return m.population ? !v.populationChanged : undefined;
    case 'access_tier':
      return m.access_tier && ctx.user_population.access_tier
        ? norm(m.access_tier) === norm(ctx.user_population.access_tier)
        : undefined;
    case 'scaffold':
      return m.scaffold && ctx.scaffold_version ? norm(m.scaffold) === norm(ctx.scaffold_version) : undefined;
    case 'prompt':
      return m.prompt_version && ctx.system_prompt_version
        ? norm(m.prompt_version) === norm(ctx.system_prompt_version)
        : undefined;
  }
}

/** What the item measured and what the context now has, in one dimension, with a sentence: only for reported mismatches. */
function describe(item: EvidenceItem, v: View, dim: Dimension): { measured: Json; context: Json; what: string } {
  const m = item.measured!;
  const ctx = v.ctx;
  switch (dim) {
    case 'build': {
      const builds = v.builds.of(m.component);
      return {
        measured: m.build,
        context: builds,
        what: `measured build ${m.build}; the context's ${m.component ? `${m.component} ` : ''}build is ${builds.join(', ')}`,
      };
    }
    case 'component':
      return {
        measured: m.component!,
        context: (ctx.model.components ?? []).map((k) => k.role),
        what: `measured the ${m.component} component, which the context no longer lists`,
      };
    case 'tools': {
      const missing = missingTools(v, m.tools!);
      return {
        measured: m.tools!,
        context: missing,
        what: `measured with tools [${m.tools!.join(', ')}], without ${missing.map((d) => `"${toolName(d)}"`).join(', ')}`,
      };
    }
    case 'max_steps':
      return {
        measured: m.max_steps!,
        context: ctx.max_steps ?? null,
        what: `measured with a budget of ${m.max_steps} steps; the context allows ${ctx.max_steps ?? 'an unstated number of'} steps`,
      };
    case 'population':
      return {
        measured: m.population!,
        context: ctx.user_population.description,
        what: `drawn from "${m.population}"; the user population changed (${v.populationWhat})`,
      };
    case 'access_tier':
      return {
        measured: m.access_tier!,
        context: ctx.user_population.access_tier!,
        what: `simulated access tier "${m.access_tier}"; the context's is "${ctx.user_population.access_tier}"`,
      };
    case 'scaffold':
      return {
        measured: m.scaffold!,
        context: ctx.scaffold_version!,
        what: `ran on scaffold ${m.scaffold}; the context's is ${ctx.scaffold_version}`,
      };
    case 'prompt':
      return {
        measured: m.prompt_version!,
        context: ctx.system_prompt_version!,
        what: `used system prompt ${m.prompt_version}; the context's is ${ctx.system_prompt_version}`,
      };
  }
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
  const changes: ContextChange[] = diffFields(ctxA, ctxB, 'context').map((fc) => {
    const direction = directionOf(fc);
    const kinds = kindsOf(fc, direction);
    return {
      ...fc,
      direction,
      kinds,
      firedBy: triggers.filter((t) => fires(t, fc, direction, kinds)).map((t) => t.id),
    };
  });
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
  const unwatched = [
    ...new Set(changes.filter((c) => c.direction !== 'narrows' && c.firedBy.length === 0).map((c) => c.path)),
  ];
  const due = triggers
    .filter((t) => t.date !== undefined && t.date <= opts.asOf)
    .map((t) => ({ id: t.id, date: t.date!, description: t.description }));

  // Top claim and its support.
  const top = g.roots.find((id) => after.nodes.get(id)?.kind === 'claim');
  const onTop = below(g, top);

  // Evidence that no longer matches.
  const citing = new Map<string, string[]>();
  for (const n of after.nodes.values()) {
    if (n.kind !== 'evidence') continue;
    for (const e of n.evidence ?? []) {
      const l = citing.get(e);
      if (l) l.push(n.id);
      else citing.set(e, [n.id]);
    }
  }
  const evidence: EvidenceMismatch[] = [];
  if (ctxA && ctxB && changes.length) {
    const popChanges = changes.filter(
      (c) => isPopulationPath(c.path) && c.direction !== 'narrows' && c.path !== 'context.deployment_channel',
    );
    const popChanged = popChanges.length > 0;
    const show = (x: Json | undefined) =>
      x === undefined ? 'none' : typeof x === 'string' ? `"${x}"` : JSON.stringify(x);
    const popWhat = popChanges
      .map((c) => `${c.path.replace(/^context\./, '')} ${show(c.before)} to ${show(c.after)}`)
      .join('; ');
    const dims = dimensionsOf(changes);
    const va = view(ctxA, false);
    const vb = view(ctxB, popChanged, popWhat);
    const order = DIMENSIONS.filter((d) => dims.has(d));
    for (const item of after.evidence.values()) {
      if (!item.measured) continue;
      for (const dim of order) {
        if (matches(item, vb, dim) !== false || matches(item, va, dim) !== true) continue;
        const d = describe(item, vb, dim);
        evidence.push({
          id: item.id,
          title: item.title,
          dimension: dim,
          measured: d.measured,
          context: d.context,
          message: `Evidence ${item.id} ${d.what}.`,
          citedBy: citing.get(item.id) ?? [],
        });
      }
    }
  }

  // Claims above the citing nodes.
  const up = g.above(
    evidence.flatMap((e) => e.citedBy),
    'support',
  );
  const claimsOnMismatchedEvidence = g.ids.filter((id) => up.has(id) && after.nodes.get(id)?.kind === 'claim');
  const mismatchOnTop = evidence.some((e) => e.citedBy.some((n) => onTop.has(n)));

  let statusLosses: StatusLoss[] | undefined;
  if (opts.status && changes.length) {
    const sa = opts.status(before, g, { asOf: opts.asOf });
    const sb = opts.status(after, g, { asOf: opts.asOf });
    statusLosses = [];
    for (const [id, nb] of sb.nodes) {
      if (after.nodes.get(id)?.kind !== 'claim') continue;
      const na = sa.nodes.get(id);
      if (!na || statusRank(nb.status) <= statusRank(na.status)) continue;
      statusLosses.push({ id, before: na.status, after: nb.status, onTopSupport: onTop.has(id) });
    }
  } else if (opts.status) statusLosses = [];

  const reasons: string[] = [];
  if (fired.length)
    reasons.push(
      `${fired.length === 1 ? 'review trigger' : `${fired.length} review triggers`} fired: ${fired.map((t) => t.id).join(', ')}`,
    );
  const lostOnTop = (statusLosses ?? []).filter((s) => s.onTopSupport);
  if (lostOnTop.length)
    reasons.push(
      `${lostOnTop.length === 1 ? 'a claim' : `${lostOnTop.length} claims`} on the top claim's support lose${lostOnTop.length === 1 ? 's' : ''} status: ${lostOnTop
        .slice(0, 5)
        .map((s) => `${s.id} (${s.before} to ${s.after})`)
        .join(', ')}${lostOnTop.length > 5 ? ', ...' : ''}`,
    );
  if (mismatchOnTop) {
    const ids = [...new Set(evidence.filter((e) => e.citedBy.some((n) => onTop.has(n))).map((e) => e.id))];
    reasons.push(
      `${ids.length === 1 ? 'evidence' : `${ids.length} evidence items`} cited on the top claim's support no longer match${ids.length === 1 ? 'es' : ''} the context: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''}`,
    );
  }
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
