// Which claims are inability claims, and which evidence speaks to elicitation
// and sandbagging. Shared by the evidence-gaps rules on capability evidence; the
// result is cached per run (per CaseFacts) so several rules pay for it once.
import type { ArgNode, EvidenceItem, NodeOf } from '../../../model/case.js';
import { admitsLimit, wordPattern } from '../text.js';
import type { RuleContext } from '../types.js';

/**
 * Words of an inability claim: the model cannot do something, lacks a
 * capability, or does not reach a capability threshold or level.
 */
export const INABILITY = wordPattern(
  [
    'cannot',
    /can ?not/,
    "can't",
    /(?:is|are) unable to/,
    'unable to',
    'incapable of',
    'not capable of',
    'inability',
    /lacks? (?:the |any )?(?:[\w-]+ )?(?:capabilit(?:y|ies)|abilit(?:y|ies)|skills?|knowledge)/,
    /(?:does|do|did) not (?:have|possess) (?:the |any )?(?:[\w-]+ )?(?:capabilit|abilit)\w*/,
    /(?:does|do|did) not (?:reach|cross|meet|exceed|attain|approach) (?:the |any )?(?:[\w"'.%-]+ ){0,4}?(?:capability|threshold|level)/,
    /(?:is|are|remains?|stays?) (?:well |safely )?below (?:the |any )?(?:[\w"'.%-]+ ){0,4}?(?:capability|threshold|level)/,
    /(?:does|do|did) not (?:provide|give|offer|confer) (?:any )?(?:meaningful |significant |material |substantial |serious )?uplift/,
    /no (?:meaningful |significant |material |substantial )?uplift/,
  ],
  { end: '' },
);

/**
 * Inability words in another sense: an admitted limit of the evidence ("we
 * cannot rule out"); a control claim, where the model could act but would be
 * caught ("cannot send ... without being flagged"); someone other than the
 * model unable to do something ("anonymous users cannot reach the endpoint").
 */
const CAUGHT_AFTER =
  /^[^.;]*?\b(?:without (?:being )?(?:caught|detected|flagged|noticed|blocked|stopped|logged)|undetected)\b/i;
const OTHER_SUBJECT_BEFORE =
  /\b(?:users?|attackers?|adversar(?:y|ies)|actors?|outsiders?|staff|employees?|customers?|visitors?|third parties|requests?|the public)\s+(?:[\w-]+\s+)?$/i;
const INABILITY_GLOBAL = new RegExp(INABILITY.source, 'gi');

/** True if `text` says the model cannot do something (INABILITY), in that sense (see above). */
export function saysInability(text: string): boolean {
  if (!INABILITY.test(text)) return false;
  for (const m of text.matchAll(INABILITY_GLOBAL)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length);
    const modal = /^(?:can|(?:is |are )?unable|incapable|not capable)/i.test(m[0]);
    if (modal && (admitsLimit(after) || CAUGHT_AFTER.test(after) || OTHER_SUBJECT_BEFORE.test(before))) continue;
    return true;
  }
  return false;
}

/** Evidence that looks for strategic underperformance. */
export const SANDBAGGING = wordPattern(
  [
    /sandbag\w*/,
    /password[- ]lock\w*/,
    /strategic(?:ally)? underperform\w*/,
    /deliberate(?:ly)? underperform\w*/,
    /underperform\w* (?:on purpose|deliberately|strategically)/,
    /exploration[- ]hacking/,
    /eval(?:uation)?[- ]awareness/,
    /capability elicitation via fine-?tuning/,
  ],
  { end: '', gatePattern: ['sandbag', 'password', 'underperform', 'exploration', 'awareness', 'elicitation via'] },
);

/** Fine-tuning used to elicit capability: it also removes learned underperformance. */
export const FINE_TUNING_ELICITATION =
  /\b(?:fine-?tun\w*|SFT|supervised fine|RL fine-?tun\w*|helpful-only (?:variant|model))/i;

// A negation within three words before the match ("no fine-tuning", "without
// sandbagging checks") or right after it ("sandbagging not assessed") means the
// check was not done; "no sign of sandbagging" reports a check's result.
const NEGATION_BEFORE = /\b(?:no|not|without|nor|never|excluding|except|lacking)\b(?:[\s-]+[\w-]+){0,3}[\s-]*$/i;
const RESULT_OF_CHECK = /\bno (?:sign|signs|evidence|indication|indications|trace)s? (?:of|that)\b/i;
// "Not detected", "never observed" after the match is the check's result, not a check left undone.
const NEGATION_AFTER =
  /^[^.;,]{0,20}?\b(?:(?:not|never)\b(?!\s+(?:been\s+)?(?:detected|observed|found|seen|present|evident|identified|flagged)\b)|(?:pending|tbd|untested|unchecked|planned|to be)\b)/i;

const globals = new Map<RegExp, RegExp>();

/** True if `re` matches `text` somewhere not negated ("no fine-tuning", "sandbagging not assessed"). */
export function mentions(re: RegExp, text: string | undefined): boolean {
  if (!text || !re.test(text)) return false;
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  for (const m of text.matchAll(g)) {
    const i = m.index ?? 0;
    const before = text.slice(Math.max(0, i - 60), i);
    const after = text.slice(i + m[0].length, i + m[0].length + 40);
    const negatedBefore = NEGATION_BEFORE.test(before) && !RESULT_OF_CHECK.test(before);
    if (!negatedBefore && !NEGATION_AFTER.test(after)) return true;
  }
  return false;
}

/** Capability evaluations of the model or agent (not of a trusted monitor or classifier, where elicitation bounds nothing). */
export function isModelCapabilityEval(e: EvidenceItem): boolean {
  if (e.kind !== 'capability-evaluation') return false;
  const comp = e.measured?.component;
  return comp === undefined || comp === 'agent' || comp === 'model' || comp === 'other';
}

/** Harm pathways that are about what the model can do; weight theft is about the developer's security. */
function isCapabilityRisk(ctx: RuleContext, riskId: string): boolean {
  const r = ctx.case.risks.get(riskId);
  return r !== undefined && r.pathway !== 'weight-theft';
}

/** True if the item addresses sandbagging itself: its text, or its elicitation by fine-tuning. */
export function addressesSandbagging(e: EvidenceItem): boolean {
  const r = e.result;
  const m = e.measured;
  // The words must appear in one of the fields (no match can span the ". " that joins them); only then is
  // the joined text read, since a negation before a match may sit in the previous field.
  const said =
    hasWord(SANDBAGGING, e.title) ||
    hasWord(SANDBAGGING, e.notes) ||
    hasWord(SANDBAGGING, r?.metric) ||
    hasWord(SANDBAGGING, r?.summary) ||
    hasWord(SANDBAGGING, m?.elicitation);
  if (said) {
    const text = [e.title, e.notes, r?.metric, r?.summary, m?.elicitation].filter(Boolean).join('. ');
    if (mentions(SANDBAGGING, text)) return true;
  }
  return m?.elicitation !== undefined && fineTuned(m.elicitation);
}

function hasWord(re: RegExp, text: string | undefined): boolean {
  return text !== undefined && re.test(text);
}

/** mentions(FINE_TUNING_ELICITATION, text), remembered per text: a case repeats its elicitation protocols across many items. */
const fineTunedTexts = new Map<string, boolean>();

function fineTuned(text: string): boolean {
  let v = fineTunedTexts.get(text);
  if (v === undefined) {
    v = mentions(FINE_TUNING_ELICITATION, text);
    if (fineTunedTexts.size > 10_000) fineTunedTexts.clear();
    fineTunedTexts.set(text, v);
  }
  return v;
}

export interface InabilityFacts {
  /** Inability claims on the decision path, in case order. */
  claims: NodeOf<'claim'>[];
  ids: Set<string>;
}

const cache = new WeakMap<object, InabilityFacts>();

/**
 * Inability claims: claims on the decision path with a model capability
 * evaluation below them that either use inability words or address a
 * capability risk. Linear: one upward walk from the capability evidence.
 */
export function inabilityFacts(ctx: RuleContext): InabilityFacts {
  const hit = cache.get(ctx.facts);
  if (hit) return hit;
  const { facts } = ctx;
  const capabilityNodes: string[] = [];
  for (const { item, citing } of facts.pathItems()) if (isModelCapabilityEval(item)) capabilityNodes.push(...citing);
  const restsOnCapability = facts.above(capabilityNodes);
  const claims: NodeOf<'claim'>[] = [];
  for (const n of facts.nodesOf('claim')) {
    if (!restsOnCapability.has(n.id)) continue;
    // The risk test first: it is cheaper than the wording.
    if ((n.addresses ?? []).some((r) => isCapabilityRisk(ctx, r)) || saysInability(n.text)) claims.push(n);
  }
  const out = { claims, ids: new Set(claims.map((n) => n.id)) };
  cache.set(ctx.facts, out);
  return out;
}

/** The nearest inability claim above a node (breadth first), for messages. */
export function nearestInabilityClaim(ctx: RuleContext, from: string, ids: Set<string>): ArgNode | undefined {
  for (const layer of ctx.graph.levels(from, 'support', true))
    for (const id of layer) if (ids.has(id)) return ctx.case.nodes.get(id);
  return undefined;
}
