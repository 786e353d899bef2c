// Shared core of the two inability-without-elicitation rules: which model
// capability evaluations under an inability claim record no elicitation
// effort, and how severe the branch they sit on is. Two rules share it because
// a rule has one severity: error where the branch addresses a high or critical
// risk, warning where it addresses only low or medium ones.
import type { EvidenceItem } from '../../../model/case.js';
import { withArticle } from '../../../util/article.js';
import { severityOfRank, severityRank } from '../facts.js';
import { wordPattern } from '../text.js';
import type { RuleContext } from '../types.js';
import { inabilityFacts, isModelCapabilityEval, nearestInabilityClaim } from './inability.js';

/** One phrase that records no elicitation effort: "none", "n/a", "default prompting only", "single zero-shot attempt". */
const NO_EFFORT_PHRASE = wordPattern(
  [
    // Longest first: a phrase is matched atomically (below), so "no" must not win over "no elicitation".
    /no (?:special |additional |dedicated )?elicitation/,
    /not (?:recorded|applicable|done|performed)/,
    'none',
    /n\/?a/,
    'no',
    'nil',
    'tbd',
    'tbc',
    /-+/,
    /default(?: settings| prompt(?:ing)?)?(?: only)?/,
    /(?:(?:a )?single |one )?zero-shot(?: attempt| prompting)?(?: only)?/,
    /(?:(?:a )?single |one )?(?:attempt|prompting)(?: only)?/,
  ],
  { start: '', end: '' },
);

/**
 * Elicitation text made only of no-effort phrases, joined by punctuation or
 * "beyond", "and", "with": "None beyond default prompting", "No special
 * elicitation; default settings." A phrase that records effort anywhere
 * ("no-refusal fine-tune, then 20 attempts") makes the whole text effort.
 */
// Each phrase is atomic ((?=(x))\1: once matched, never re-split) and ends
// where a word does, and the joins cannot overlap, so a long near-miss such
// as "----x" or "na na ... x" is rejected in linear time, not by backtracking.
const one = (n: number) => `(?=(${NO_EFFORT_PHRASE.source}(?![\\w-])))\\${n}`;
const JOIN = '(?:\\s*[,;:]\\s*|\\s+(?:beyond|and|with|other than)\\s+|\\s+)';
const NO_EFFORT = new RegExp(`^\\s*${one(1)}(?:${JOIN}${one(2)})*\\s*\\.?\\s*$`, 'i');

/** True if the item records some elicitation effort. */
export function recordsElicitation(text: string | undefined): boolean {
  return !!text?.trim() && !NO_EFFORT.test(text);
}

export interface MissingElicitation {
  item: EvidenceItem;
  /** The nearest inability claim above the evidence, for the message. */
  claim: string;
  /** Worst risk severity on the branches citing it, if any risk is named above it. */
  severity?: string;
}

const cache = new WeakMap<object, MissingElicitation[]>();

/** Model capability evaluations under an inability claim with no measured.elicitation, in case order. Both rules ask; computed once per run. */
export function missingElicitation(ctx: RuleContext): MissingElicitation[] {
  let hit = cache.get(ctx.facts);
  if (!hit) cache.set(ctx.facts, (hit = find(ctx)));
  return hit;
}

function find(ctx: RuleContext): MissingElicitation[] {
  const { facts } = ctx;
  const inability = inabilityFacts(ctx);
  if (inability.claims.length === 0) return [];
  const underInability = facts.below(inability.ids);
  const out: MissingElicitation[] = [];
  for (const { item, citing: all } of facts.pathItems()) {
    // An item with no `measured` block measured no identified model (a fuzzing baseline, a desk study).
    if (!isModelCapabilityEval(item) || !item.measured || recordsElicitation(item.measured.elicitation)) continue;
    const citing = all.filter((id) => underInability.has(id));
    let worst = -1;
    for (const id of citing) {
      const severity = facts.branchSeverity(id);
      if (severity) worst = Math.max(worst, severityRank(severity));
    }
    if (citing.length === 0) continue;
    const claim = nearestInabilityClaim(ctx, citing[0]!, inability.ids)?.id ?? citing[0]!;
    const severity = severityOfRank(worst);
    out.push({ item, claim, ...(severity ? { severity } : {}) });
  }
  return out;
}

/** High, critical, or unknown (no risk named above the evidence: it cannot be shown to be minor). */
export function isSevere(m: MissingElicitation): boolean {
  return m.severity === undefined || m.severity === 'high' || m.severity === 'critical';
}

/** The message both rules report under, so that they word it alike. */
export const ELICITATION_MESSAGES = {
  noElicitation:
    'Capability evaluation {{item}} supports inability claim {{claim}} on {{branch}}, but records no elicitation effort (measured.elicitation {{recorded}}): a low score may only show that the capability was not elicited.',
} as const;

export const ELICITATION_HINTS = {
  noElicitation:
    'Record the elicitation effort in measured.elicitation: scaffolds and prompting tried, attempts per task, engineer-hours, fine-tuning, and the anti-sandbagging checks run; if none was made, run an elicitation pass before relying on the result.',
} as const;

export function elicitationData(m: MissingElicitation) {
  const recorded = m.item.measured?.elicitation?.trim();
  return {
    item: m.item.id,
    claim: m.claim,
    branch: m.severity ? `${withArticle(m.severity)}-severity branch` : 'a branch that names no risk',
    recorded: recorded ? `says "${recorded}"` : 'is missing',
  };
}
