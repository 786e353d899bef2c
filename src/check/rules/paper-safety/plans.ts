// What makes an evidence item a plan rather than a test of one, and when a
// claim is about the plan itself. Shared by plan-as-evidence and by the
// boundary rule that leaves plan-backed claims to it.
import type { ArgNode, Case, EvidenceItem } from '../../../model/case.js';
import { PLAN, matchOf } from '../text.js';

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
const TESTED =
  /\b(tested|drill(?:s|ed)?(?! scenario)|audited|measured|observed|exercised|executed|conducted|live (?:drill|exercise|test)|results?|findings|telemetry)\b/i;

/** A claim that the plan exists (or was adopted), which a plan does support. */
const PLAN_WORD = '(?:plan|policy|policies|procedures?|playbook|runbook|framework)';
const ABOUT_PLAN = new RegExp(
  `\\b(?:has|have|maintains?|keeps?|adopted|published|documents|documented|defines|defined|approved|wrote|written)\\b[^.;]{0,40}\\b${PLAN_WORD}\\b|\\b${PLAN_WORD}s?\\b[^.;]{0,60}\\b(?:exists?|(?:is|are) in place|(?:is|are|was|were|has been|have been) (?:written|documented|adopted|approved|published|defined))\\b`,
  'i',
);

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
  const measured = r !== undefined && (r.value !== undefined || r.interval !== undefined || r.sample_size !== undefined);
  if (measured || TESTED.test(text)) return undefined;
  return `it says "${word}" and reports no measured result`;
}

/** True if the claim is about the plan existing, which a plan is fair evidence for. */
export function claimIsAboutPlan(n: ArgNode): boolean {
  return ABOUT_PLAN.test(n.text);
}

/** Items cited by the given evidence nodes, each once. */
export function directEvidence(c: Case, children: readonly string[]): EvidenceItem[] {
  const out = new Map<string, EvidenceItem>();
  for (const k of children) {
    const n = c.nodes.get(k);
    if (n?.kind !== 'evidence') continue;
    for (const e of n.evidence ?? []) {
      const item = c.evidence.get(e);
      if (item) out.set(e, item);
    }
  }
  return [...out.values()];
}

/**
 * The items a claim rests on directly, when they are all it rests on: the
 * items its evidence nodes cite, looking through strategies (claim, strategy,
 * evidence is the same step as claim, evidence), provided every other node
 * reached is undeveloped. Undefined when a developed sub-claim carries support,
 * or no item is cited.
 */
export function soleDirectEvidence(c: Case, children: readonly string[], childrenOf: (id: string) => readonly string[]): EvidenceItem[] | undefined {
  const evidenceNodes: string[] = [];
  const seen = new Set<string>();
  const stack = [...children];
  while (stack.length) {
    const k = stack.pop()!;
    if (seen.has(k)) continue;
    seen.add(k);
    const n = c.nodes.get(k);
    if (!n) continue;
    if (n.kind === 'evidence') evidenceNodes.push(k);
    else if ((n.kind === 'claim' || n.kind === 'strategy') && n.undeveloped === true) continue;
    else if (n.kind === 'strategy') stack.push(...childrenOf(k));
    else return undefined;
  }
  const items = directEvidence(c, evidenceNodes);
  return items.length ? items : undefined;
}

/** The plans a claim rests on, when plans are all it rests on and it is not a claim about the plan. */
export function planOnlySupport(
  c: Case,
  claim: ArgNode,
  children: readonly string[],
  childrenOf: (id: string) => readonly string[],
): { item: EvidenceItem; why: string }[] | undefined {
  if (claim.kind !== 'claim') return undefined;
  // The structural test first: most claims rest on sub-claims, and it is cheaper than the wording test.
  const items = soleDirectEvidence(c, children, childrenOf);
  if (!items || claimIsAboutPlan(claim)) return undefined;
  const plans: { item: EvidenceItem; why: string }[] = [];
  for (const item of items) {
    const why = planReason(item);
    if (!why) return undefined;
    plans.push({ item, why });
  }
  return plans;
}
