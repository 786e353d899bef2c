// What makes an evidence item a plan rather than a test of one, and when a
// claim is about the plan itself. Shared by plan-as-evidence and by the
// boundary rule that leaves plan-backed claims to it.
import type { ArgNode, EvidenceItem, NodeOf } from '../../../model/case.js';
import type { CaseGraph } from '../../../model/graph.js';
import type { CaseFacts } from '../facts.js';
import { type Alternative, matchOf, PLAN, phrase, wordPattern } from '../text.js';
import type { RuleContext } from '../types.js';

/** Kinds and source types that are plans, policies or templates by nature. */
export const PLAN_KINDS: ReadonlySet<string> = new Set(['framework', 'risk-register']);
export const PLAN_SOURCES: ReadonlySet<string> = new Set(['company-framework', 'template']);

/** A tabletop exercise rehearses a plan on paper; it never tests the system. */
const TABLETOP = /\btable[- ]?top\b/i;

/**
 * Words that say an item reports something that happened (a test, audit or
 * measurement of a plan), not the plan. Nouns that also name plans ("test
 * plan", "evaluation plan", "incident response plan") are left out on purpose.
 */
const TESTED = wordPattern(
  [
    'tested',
    /drill(?:s|ed)?(?! scenario)/,
    'audited',
    'measured',
    'observed',
    'exercised',
    'executed',
    'conducted',
    /live (?:drill|exercise|test)/,
    /results?/,
    'findings',
    'telemetry',
  ],
  { capture: true },
);

/** A claim that the plan exists (or was adopted), which a plan does support. */
const PLAN_WORD: readonly Alternative[] = [
  'plan',
  'policy',
  'policies',
  /procedures?/,
  'playbook',
  'runbook',
  'framework',
];
const ABOUT_PLAN = wordPattern([
  phrase(
    [
      'has',
      'have',
      /maintains?/,
      /keeps?/,
      'adopted',
      'published',
      'documents',
      'documented',
      'defines',
      'defined',
      'approved',
      'wrote',
      'written',
    ],
    /\b[^.;]{0,40}\b/,
    PLAN_WORD,
  ),
  phrase(PLAN_WORD, /s?\b[^.;]{0,60}\b/, [
    /exists?/,
    /(?:is|are) in place/,
    /(?:is|are|was|were|has been|have been) (?:written|documented|adopted|approved|published|defined)/,
  ]),
]);

/** Why an evidence item is a plan rather than a test of it, or undefined. */
export function planReason(e: EvidenceItem): string | undefined {
  if (PLAN_KINDS.has(e.kind)) return `its kind is ${e.kind}`;
  if (PLAN_SOURCES.has(e.source_type)) return `its source type is ${e.source_type}`;
  const text = [e.title, e.result?.summary].filter(Boolean).join(' ');
  const tabletop = matchOf(TABLETOP, text);
  if (tabletop) return `it is a "${tabletop}" exercise`;
  const word = matchOf(PLAN, text);
  if (!word) return undefined;
  const r = e.result;
  const measured =
    r !== undefined && (r.value !== undefined || r.interval !== undefined || r.sample_size !== undefined);
  if (measured || TESTED.test(text)) return undefined;
  return `it says "${word}" and reports no measured result`;
}

/** True if the claim is about the plan existing, which a plan is fair evidence for. */
export function claimIsAboutPlan(n: ArgNode): boolean {
  return ABOUT_PLAN.test(n.text);
}

/** What the walk below a claim does at a node: collect it (an evidence node), stop (an undeveloped claim or strategy), look through it (a strategy), or give up (anything else). */
const COLLECT = 1;
const STOP = 2;
const THROUGH = 3;
const GIVE_UP = 4;

function stepAt(n: ArgNode): number {
  if (n.kind === 'evidence') return COLLECT;
  if ((n.kind === 'claim' || n.kind === 'strategy') && n.undeveloped === true) return STOP;
  return n.kind === 'strategy' ? THROUGH : GIVE_UP;
}

/** A node's step, worked out on first use. */
function step(w: Walk, k: number): number {
  return w.steps[k] || (w.steps[k] = stepAt(w.facts.nodeList()[k]!));
}

/** Scratch space for one run's walks (a walk is not re-entrant): each node's step, read once, and seen marks. */
interface Walk {
  facts: CaseFacts;
  graph: CaseGraph;
  steps: Uint8Array;
  seen: Int32Array;
  /** Typed scratch arrays: a plain array emptied by `length = 0` gives up its storage and reallocates on the next push. */
  stack: Int32Array;
  evidenceNodes: Int32Array;
}

/**
 * The items a claim rests on directly, when they are all it rests on: the
 * items its evidence nodes cite, looking through strategies (claim, strategy,
 * evidence is the same step as claim, evidence), provided every other node
 * reached is undeveloped. Undefined when a developed sub-claim carries support,
 * or no item is cited. Works on node numbers; most claims rest on a developed
 * sub-claim, which one look at their children finds.
 */
function soleDirectEvidence(w: Walk, claim: number): EvidenceItem[] | undefined {
  const { childStart, childList } = w.graph;
  const { seen, stack, evidenceNodes } = w;
  // Every child is visited before the walk ends, so one that gives up decides at once.
  for (let e = childStart[claim]!; e < childStart[claim + 1]!; e++)
    if (step(w, childList[e]!) === GIVE_UP) return undefined;
  const mark = claim + 1;
  let found = 0;
  let sp = 0;
  // Each edge is pushed at most once per walk (a strategy is expanded once), so the stack never outgrows the edge list.
  for (let e = childStart[claim]!; e < childStart[claim + 1]!; e++) stack[sp++] = childList[e]!;
  while (sp > 0) {
    const k = stack[--sp]!;
    if (seen[k] === mark) continue;
    seen[k] = mark;
    const s = step(w, k);
    if (s === COLLECT) evidenceNodes[found++] = k;
    else if (s === THROUGH) for (let e = childStart[k]!; e < childStart[k + 1]!; e++) stack[sp++] = childList[e]!;
    else if (s === GIVE_UP) return undefined;
  }
  // The items those evidence nodes cite, each once, in order of first citation.
  const { citeStart, citeList, items: registry } = w.facts.citeIndex();
  const items: EvidenceItem[] = [];
  let cited: Set<EvidenceItem> | undefined;
  for (let f = 0; f < found; f++) {
    const k = evidenceNodes[f]!;
    for (let e = citeStart[k]!; e < citeStart[k + 1]!; e++) {
      const item = registry[citeList[e]!]!;
      // A claim cites few items: a linear check, and a set only for many.
      if (items.length > 16) {
        cited ??= new Set(items);
        if (cited.has(item)) continue;
        cited.add(item);
      } else if (items.includes(item)) continue;
      items.push(item);
    }
  }
  return items.length ? items : undefined;
}

/** A claim on the decision path that rests only on evidence it cites directly (see soleDirectEvidence), with those items. */
export interface DirectSupport {
  claim: NodeOf<'claim'>;
  items: EvidenceItem[];
}

interface RunCache {
  direct: DirectSupport[];
  /** planReason per item, null for "not a plan". */
  reasons: Map<EvidenceItem, string | null>;
}

const cache = new WeakMap<object, RunCache>();

function runCache(ctx: RuleContext): RunCache {
  let hit = cache.get(ctx.facts);
  if (!hit) {
    const { facts, graph } = ctx;
    const nodes = facts.nodeList();
    const path = facts.pathMask();
    const n = nodes.length;
    const walk: Walk = {
      facts,
      graph,
      steps: new Uint8Array(n),
      seen: new Int32Array(n),
      stack: new Int32Array(graph.childList.length + 1),
      evidenceNodes: new Int32Array(n),
    };
    const direct: DirectSupport[] = [];
    for (const i of facts.kindIndex().claim) {
      if (!path[i]) continue;
      const items = soleDirectEvidence(walk, i);
      if (items) direct.push({ claim: nodes[i] as NodeOf<'claim'>, items });
    }
    cache.set(ctx.facts, (hit = { direct, reasons: new Map() }));
  }
  return hit;
}

/**
 * The claims on the decision path that rest only on directly cited evidence,
 * in case order. Two rules ask; each run computes it once, with one walk per
 * claim that stops at the first developed sub-claim.
 */
export function directlySupportedClaims(ctx: RuleContext): readonly DirectSupport[] {
  return runCache(ctx).direct;
}

/** The plans a directly supported claim rests on, when plans are all it rests on and it is not a claim about the plan. */
export function planOnlySupport(
  ctx: RuleContext,
  { claim, items }: DirectSupport,
): { item: EvidenceItem; why: string }[] | undefined {
  const reasons = runCache(ctx).reasons;
  // The items first: each item's wording is read once per run, and most items are not plans.
  for (const item of items) {
    let why = reasons.get(item);
    if (why === undefined) reasons.set(item, (why = planReason(item) ?? null));
    if (why === null) return undefined;
  }
  if (claimIsAboutPlan(claim)) return undefined;
  return items.map((item) => ({ item, why: reasons.get(item)! }));
}
