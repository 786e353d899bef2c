// Where a deployment detail, a permission or a decision condition reaches into
// what the case says it does not cover (`case.out_of_scope`). Structured fields
// are compared first (a tool, a channel, an access tier named as such); then
// the words that name the excluded thing (its `what`, its `terms`, its tools
// and channel) are looked for in text, sentence by sentence, skipping
// sentences that deny or restrict ("no access for minors", "needs a new case").
// Matching leans towards silence: an exclusion is there to be honoured, and
// restating it is not reaching into it.
import type { Exclusion } from '../../../model/schema.js';
import { isDenial, toolName, words } from './tools.js';

/** Words that make a whole sentence a restriction, wherever they stand: "... needs a new case", "... stays excluded". */
const RESTRICTS =
  /\b(?:excluded|excluding|exclusions?|prohibit\w*|forbid\w*|block(?:s|ed)?|den(?:y|ies|ied)|disabled?|barred|out of scope|outside (?:the |this )?(?:scope|case)|separate (?:case|decision|safety case)|new (?:case|decision|safety case)|re-?approv\w*|reopens?)\b/i;

/** Negations that deny what follows them closely: "no fine-tuning endpoint", "without the fine-tuning endpoint". */
const DENIES_NEXT = new Set(['no', 'not', 'never', 'none', 'nor', 'without', 'cannot', 'except', 'excluding']);
/** Negations that deny what precedes them closely: "the fine-tuning endpoint is not offered". */
const DENIES_PREVIOUS = new Set(['not', 'never', 'cannot', 'cant', 'wont', 'nor']);
/** How many words either side a negation reaches. */
const REACH = 3;

/** Lower case, hyphens, slashes and underscores as spaces, other punctuation dropped, single spaces. */
function plain(s: string): string {
  return s
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[-_/]+/g, ' ')
    .replace(/[^a-z0-9+ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A phrase as a pattern over plain text: whole words, a plural allowed at its end; none for a phrase of no words. */
function phrasePattern(phrase: string): RegExp | undefined {
  const p = plain(phrase).replace(/^(?:the|a|an) /, '');
  if (!p) return undefined;
  return new RegExp(`(?:^| )${p.replace(/[+]/g, '\\+')}(?:s|es)?(?= |$)`);
}

/** The phrases that name an excluded thing in text: its `what`, `terms`, channel, tools and access tier. */
export function namesOf(x: Exclusion): string[] {
  return [x.what, ...(x.terms ?? []), ...(x.channel ? [x.channel] : []), ...(x.tools ?? []).map(toolName)]
    .concat(x.access_tier ? [x.access_tier] : [])
    .filter((s, i, all) => all.indexOf(s) === i);
}

export interface WordMatch {
  /** The phrase found, as the exclusion writes it. */
  phrase: string;
  /** The sentence it was found in. */
  sentence: string;
}

/** The first sentence of `text` that names the excluded thing and does not deny or restrict it. */
export function reachesInWords(x: Exclusion, text: string): WordMatch | undefined {
  const patterns = namesOf(x)
    .map((phrase) => ({ phrase, re: phrasePattern(phrase) }))
    .filter((p): p is { phrase: string; re: RegExp } => p.re !== undefined);
  for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
    if (RESTRICTS.test(sentence)) continue;
    const flat = plain(sentence);
    for (const p of patterns) {
      const m = p.re.exec(flat);
      if (m && !denied(flat, m.index, m.index + m[0].length)) return { phrase: p.phrase, sentence: sentence.trim() };
    }
  }
  return undefined;
}

/** True if a negation stands within a few words before the match, or just after it. */
function denied(flat: string, start: number, end: number): boolean {
  const before = flat.slice(0, start).split(' ').filter(Boolean).slice(-REACH);
  const after = flat.slice(end).split(' ').filter(Boolean).slice(0, REACH);
  return before.some((w) => DENIES_NEXT.has(w)) || after.some((w) => DENIES_PREVIOUS.has(w));
}

/**
 * True if a deployed tool is one the exclusion names: every word of the
 * excluded tool's name is a word of the deployed tool's name (or a prefix of
 * one, from four letters: "fine-tun" is not a tool name, "finetune" is).
 */
export function sameTool(excluded: string, deployed: string): boolean {
  if (isDenial(deployed)) return false;
  const a = words(toolName(excluded));
  const b = words(toolName(deployed));
  const same = (x: string, y: string) =>
    x === y || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x)));
  return a.length > 0 && a.every((x) => b.some((y) => same(x, y)));
}

/** True if a channel or tier text names the excluded one: its words, whole, in order. */
export function namesValue(excluded: string, value: string): boolean {
  if (isDenial(value) || RESTRICTS.test(value)) return false;
  const re = phrasePattern(excluded);
  const flat = plain(value);
  const m = re?.exec(flat);
  return m !== undefined && m !== null && !denied(flat, m.index, m.index + m[0].length);
}
