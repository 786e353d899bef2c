// What makes an evidence item a plan rather than a test of one, and when a
// claim is about the plan itself. Shared by plan-as-evidence and by the
// boundary rule that leaves plan-backed claims to it.
import type { ArgNode, EvidenceItem, NodeOf } from '../../../model/case.js';
import { type Alternative, matchOf, phrase, planWord, wordPattern } from '../text.js';
import type { RuleContext } from '../types.js';

/** Kinds and source types that are plans, policies or templates by nature. */
export const PLAN_KINDS: ReadonlySet<string> = new Set([
  'framework',
  'risk-register',
  // Format 2's governance kinds that say what is meant to happen; a drill or a post-mortem reports what did.
  'policy',
  'procedure',
  'plan',
  'tabletop-exercise',
  'contract',
]);
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
  const word = planWord(text);
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
function stepAt(n: ArgNode): 'collect' | 'stop' | 'through' | 'give up' {
  if (n.kind === 'evidence') return 'collect';
  if ((n.kind === 'claim' || n.kind === 'strategy') && n.undeveloped === true) return 'stop';
  return n.kind === 'strategy' ? 'through' : 'give up';
}

/**
 * The items a claim rests on directly, when they are all it rests on: the
 * items its evidence nodes cite, looking through strategies (claim, strategy,
 * evidence is the same step as claim, evidence), provided every other node
 * reached is undeveloped. Undefined when a developed sub-claim carries support,
 * or no item is cited.
 */
function soleDirectEvidence(ctx: RuleContext, claim: ArgNode): EvidenceItem[] | undefined {
  const evidenceNodes: ArgNode[] = [];
  const whole = ctx.facts.searchUnder(claim.id, (n) => {
    const step = stepAt(n);
    if (step === 'collect') evidenceNodes.push(n);
    return step === 'through' ? 'expand' : step === 'give up' ? 'stop' : 'skip';
  });
  if (!whole) return undefined;
  // The registered items those evidence nodes cite, each once, in order of first citation.
  const items = new Set<EvidenceItem>();
  for (const n of evidenceNodes) {
    for (const e of (n as NodeOf<'evidence'>).evidence ?? []) {
      const item = ctx.case.evidence.get(e);
      if (item) items.add(item);
    }
  }
  return items.size ? [...items] : undefined;
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
    const { facts } = ctx;
    const direct: DirectSupport[] = [];
    // The items found lie on the decision path: with none there, no claim on it rests on items alone.
    const claims = facts.pathItems().length ? facts.nodesOnDecisionPath() : [];
    for (const claim of claims) {
      if (claim.kind !== 'claim') continue;
      const items = soleDirectEvidence(ctx, claim);
      if (items) direct.push({ claim, items });
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
