// Word patterns the rules look for in claims, evidence and resolutions. Kept
// in one place so that the rules agree and the docs can quote them.

/**
 * A word pattern with a gate: a necessary condition that is much cheaper than
 * the pattern, checked first. Every match of the pattern contains a match of
 * the gate, so a text the gate rejects cannot match and the pattern is not run
 * on it. Compiling a large case-insensitive pattern costs V8 about a
 * millisecond, and most texts, in most cases, contain none of a pattern's
 * words; a pattern no text gets past the gate with is never compiled.
 *
 * The gate is either a small pattern with the same flags (literal words, at
 * least one of them in every match), for patterns run on thousands of texts,
 * or lowercase words looked up in the lowercased text, for patterns run on a
 * few (decision conditions, the top claim), which then compile no gate either.
 * A gated pattern behaves as its pattern does for exec, test, match and
 * replace; a copy (split, matchAll's clone, new RegExp(p)) has no gate.
 */
export class GatedRegExp extends RegExp {
  private readonly gatePattern: RegExp | undefined;
  private readonly gateWords: readonly string[] | undefined;

  constructor(pattern: RegExp | string, flags?: string, gate?: RegExp | readonly string[]) {
    super(pattern, flags);
    this.gatePattern = gate instanceof RegExp ? gate : undefined;
    this.gateWords = gate instanceof RegExp ? undefined : gate;
  }

  // Both are overridden, the gate inline: rules call them on thousands of texts.
  override exec(text: string): RegExpExecArray | null {
    if (
      this.gatePattern !== undefined
        ? !this.gatePattern.test(text)
        : this.gateWords !== undefined && !hasAny(this.gateWords, text)
    )
      return null;
    return super.exec(text);
  }

  override test(text: string): boolean {
    if (
      this.gatePattern !== undefined
        ? !this.gatePattern.test(text)
        : this.gateWords !== undefined && !hasAny(this.gateWords, text)
    )
      return false;
    return super.test(text);
  }
}

function hasAny(words: readonly string[], text: string): boolean {
  const lower = String(text).toLowerCase();
  for (const w of words) if (lower.includes(w)) return true;
  return false;
}

/** `re`, run only on texts where `gate` matches (see GatedRegExp): the gate must match wherever `re` does. */
export function gated(re: RegExp, gate: RegExp | readonly string[]): RegExp {
  // A failed exec of a global or sticky pattern resets lastIndex, which the gate would skip.
  if (re.global || re.sticky) throw new Error(`a gated pattern cannot be global or sticky: /${re.source}/${re.flags}`);
  if (gate instanceof RegExp && gate.flags !== re.flags)
    throw new Error(`a gate needs the flags of its pattern: /${gate.source}/${gate.flags}`);
  return new GatedRegExp(re, undefined, gate);
}

/** Absolute words that sampled evidence cannot establish. */
export const ABSOLUTE = gated(
  /\b(cannot|can ?not|can't|never|no (?:possibility|chance|way)|eliminat(?:e|es|ed|ing)|impossible|guarantee(?:s|d)?|zero (?:risk|chance|probability|incidents?)|always|completely (?:safe|prevents?|eliminates?|blocks?)|fully (?:prevents?|eliminates?|blocks?|safe)|under no circumstances|100 ?%)/i,
  /can ?not|can't|never|no (?:possibility|chance|way)|eliminat|impossible|guarantee|zero (?:risk|chance|probab|incident)|always|(?:completely|fully) (?:safe|prevent|eliminat|block)|under no|100/i,
);

/** Placeholders where an argument should be. */
export const PLACEHOLDER = gated(
  /\b(further (?:analysis|work|investigation|study|evaluation|testing) (?:is |will be )?(?:required|needed|planned)|tbd|tbc|to be (?:determined|confirmed|completed|done|written|added)|todo|fixme|pending (?:analysis|review|evaluation|results)|not yet (?:done|complete|completed|evaluated|analy[sz]ed|assessed|tested)|will be (?:provided|added|completed|evaluated|assessed|analy[sz]ed)|awaiting (?:results|analysis|review|evaluation|data|sign-off)|(?:analysis|evaluation|assessment|investigation|testing|study|work) (?:is |still )?(?:ongoing|in progress|underway)|results (?:to follow|pending)|placeholder)\b/i,
  /further |tbd|tbc|to be |todo|fixme|pending |not yet |will be |awaiting |ongoing|in progress|underway|results (?:to follow|pending)|placeholder/i,
);

/** Intentions, plans and policies: statements of what will be done, not of what was achieved. */
export const PLAN = gated(
  /\b(plan(?:s|ned)?|policy|policies|procedures?|playbook|runbook|tabletop|drill scenario|will (?:be )?(?:implement|deploy|monitor|review|conduct|establish|introduce|add|roll out|put in place)\w*|intend(?:s|ed)? to|commit(?:s|ted)? to|roadmap|aims? to|we expect to)\b/i,
  /plan|polic|procedure|playbook|runbook|tabletop|drill scenario|will |intend|commit|roadmap|aims? to|we expect to/i,
);

/** The first match of a pattern in a text, for messages. */
export function matchOf(re: RegExp, text: string | undefined): string | undefined {
  if (!text) return undefined;
  return re.exec(text)?.[0];
}
