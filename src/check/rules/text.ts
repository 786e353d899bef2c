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

/** Every gated pattern made, so that a test can hold each to its pattern alone. */
const made: GatedRegExp[] = [];

/** The gated patterns of every module loaded so far. */
export function gatedPatterns(): readonly GatedRegExp[] {
  return made;
}

/** `re`, run only on texts where `gate` matches (see GatedRegExp): the gate must match wherever `re` does. */
export function gated(re: RegExp, gate: RegExp | readonly string[]): RegExp {
  // A failed exec of a global or sticky pattern resets lastIndex, which the gate would skip.
  if (re.global || re.sticky) throw new Error(`a gated pattern cannot be global or sticky: /${re.source}/${re.flags}`);
  if (gate instanceof RegExp && gate.flags !== re.flags)
    throw new Error(`a gate needs the flags of its pattern: /${gate.source}/${gate.flags}`);
  const g = new GatedRegExp(re, undefined, gate);
  made.push(g);
  return g;
}

/**
 * One alternative of a word pattern: a word or phrase as written (a string,
 * matched literally), or a pattern (a RegExp without flags of its own, for
 * endings and variants: /guarantee(?:s|d)?/).
 */
export type Alternative = string | RegExp;

function sourceOf(a: Alternative): string {
  if (typeof a === 'string') return a.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  if (a.flags) throw new Error(`an alternative takes the flags of its pattern: ${a}`);
  return a.source;
}

export interface WordPatternOptions {
  /**
   * Lowercase words, at least one of which is in every text the pattern
   * matches: texts with none are not run through the pattern (GatedRegExp).
   * For patterns run on a few texts.
   */
  gate?: readonly string[];
  /** Alternatives of a small pattern that matches wherever this one does: the gate for patterns run on many texts. */
  gatePattern?: readonly Alternative[];
  /** Make the alternatives a capturing group (match[1]); default a non-capturing one. */
  capture?: boolean;
  /** What comes before and after the alternatives: a word boundary unless given. */
  start?: string;
  end?: string;
  /** Default case-insensitive ("i"); never global or sticky. */
  flags?: string;
}

/**
 * A pattern matching any one of `alternatives`, in order, between `start` and
 * `end` (word boundaries by default): `\b(?:a|b|c)\b` written as a list a
 * reader can scan, one word or phrase a line, with its gate (see GatedRegExp)
 * kept beside it.
 */
export function wordPattern(alternatives: readonly Alternative[], options: WordPatternOptions = {}): RegExp {
  const { capture = false, start = '\\b', end = '\\b', flags = 'i', gate, gatePattern } = options;
  const group = `(${capture ? '' : '?:'}${alternatives.map(sourceOf).join('|')})`;
  const re = new RegExp(`${start}${group}${end}`, flags);
  if (gate && gatePattern) throw new Error('a word pattern has one gate: words or a pattern');
  if (gate) return gated(re, gate);
  if (gatePattern) return gated(re, new RegExp(gatePattern.map(sourceOf).join('|'), flags));
  return re;
}

/**
 * A pattern made of parts in sequence, for a phrase too long to read as one
 * pattern: a list among the parts is one of its alternatives, a non-capturing
 * group. `phrase(/will (?:be )?/, ['deploy', /roll(?:ed)? out/])` is
 * /will (?:be )?(?:deploy|roll(?:ed)? out)/. Use it as an alternative of a
 * word pattern, which gives the flags.
 */
export function phrase(...parts: readonly (Alternative | readonly Alternative[])[]): RegExp {
  const source = (p: Alternative | readonly Alternative[]) =>
    typeof p === 'string' || p instanceof RegExp ? sourceOf(p) : `(?:${p.map(sourceOf).join('|')})`;
  return new RegExp(parts.map(source).join(''));
}

/** One match of a word pattern in its text, with the text around it: what tells a word's sense. */
export interface MatchInText {
  /** The match ([1] the capture, where the pattern captures). */
  m: RegExpExecArray;
  /** Up to `reach` characters before the match. */
  before: string;
  /** Everything after the match. */
  after: string;
}

const globals = new WeakMap<RegExp, RegExp>();

/**
 * The first match of `re` in `text` that `inSense` accepts, or undefined: the
 * one loop behind every "first word used in this sense" helper. The pattern's
 * gate (GatedRegExp) is tried first, so a text without its words costs one
 * cheap test; `before` holds up to `reach` characters before each match.
 */
export function firstMatchWhere(
  re: RegExp,
  text: string | undefined,
  inSense: (x: MatchInText) => boolean,
  reach = 80,
): RegExpExecArray | undefined {
  if (!text || !re.test(text)) return undefined;
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}g`)));
  for (const m of text.matchAll(g)) {
    const x = {
      m,
      before: text.slice(Math.max(0, m.index - reach), m.index),
      after: text.slice(m.index + m[0].length),
    };
    if (inSense(x)) return m;
  }
  return undefined;
}

/** Absolute words that sampled evidence cannot establish. */
export const ABSOLUTE = wordPattern(
  [
    'cannot',
    /can ?not/,
    "can't",
    'never',
    /no (?:possibility|chance|way)/,
    /eliminat(?:e|es|ed|ing)/,
    'impossible',
    /guarantee(?:s|d)?/,
    /zero (?:risk|chance|probability|incidents?)/,
    'always',
    /completely (?:safe|prevents?|eliminates?|blocks?)/,
    /fully (?:prevents?|eliminates?|blocks?|safe)/,
    'under no circumstances',
    /100 ?%/,
  ],
  {
    capture: true,
    end: '',
    gatePattern: [
      /can ?not/,
      "can't",
      'never',
      /no (?:possibility|chance|way)/,
      'eliminat',
      'impossible',
      'guarantee',
      /zero (?:risk|chance|probab|incident)/,
      'always',
      /(?:completely|fully) (?:safe|prevent|eliminat|block)/,
      'under no',
      '100',
    ],
  },
);

/**
 * Absolute words in another sense. "Cannot rule out", "cannot exclude",
 * "cannot confirm" admit a limit of the evidence; "always-on" and
 * "never-before-seen" are compound adjectives; "does not guarantee", "not
 * impossible", "without eliminating" deny the absolute.
 */
const ADMITTED_LIMIT =
  /^\s+(?:be\s+)?(?:rule[ds]?\s+out|ruled\s+out|exclude[ds]?|excluded|confirm(?:ed)?|verif(?:y|ied)|be\s+(?:sure|certain)|say|know|tell|determine[ds]?|guarantee[ds]?|prove[dn]?|establish(?:ed)?)\b/i;
/** True if `after`, the text right after "cannot", makes it an admitted limit of the evidence ("cannot rule out"). */
export function admitsLimit(after: string): boolean {
  return ADMITTED_LIMIT.test(after);
}
const NEGATED_BEFORE = /\b(?:not|cannot|can ?not|can't|no|without|nor)\s+(?:\w+\s+)?$/i;

/** The first absolute word (ABSOLUTE) in `text` used as one, or undefined. */
export function absoluteWord(text: string | undefined): string | undefined {
  const m = firstMatchWhere(
    ABSOLUTE,
    text,
    ({ m, before, after }) => {
      const word = m[1] ?? m[0];
      if (/^can/i.test(word) && admitsLimit(after)) return false;
      if (after.startsWith('-')) return false;
      return /^(?:can|never|no )/i.test(word) || !NEGATED_BEFORE.test(before);
    },
    40,
  );
  return m && (m[1] ?? m[0]);
}

/** Placeholders where an argument should be. */
export const PLACEHOLDER = wordPattern(
  [
    /further (?:analysis|work|investigation|study|evaluation|testing) (?:is |will be )?(?:required|needed|planned)/,
    'tbd',
    'tbc',
    /to be (?:determined|confirmed|completed|done|written|added)/,
    'todo',
    'fixme',
    /pending (?:analysis|review|evaluation|results)/,
    /not yet (?:done|complete|completed|evaluated|analy[sz]ed|assessed|tested)/,
    /will be (?:provided|added|completed|evaluated|assessed|analy[sz]ed)/,
    /awaiting (?:results|analysis|review|evaluation|data|sign-off)/,
    /(?:analysis|evaluation|assessment|investigation|testing|study|work) (?:is |still )?(?:ongoing|in progress|underway)/,
    /results (?:to follow|pending)/,
    'placeholder',
  ],
  {
    capture: true,
    gatePattern: [
      'further ',
      'tbd',
      'tbc',
      'to be ',
      'todo',
      'fixme',
      'pending ',
      'not yet ',
      'will be ',
      'awaiting ',
      'ongoing',
      'in progress',
      'underway',
      /results (?:to follow|pending)/,
      'placeholder',
    ],
  },
);

/**
 * Placeholder words in another sense, which say how the system or the process
 * works rather than that this case's work is missing: a standing rule with a
 * quantified subject ("every checkpoint to be added", "each future build will
 * be evaluated"); who is given access ("will be provided only to vetted
 * researchers"); a thing named placeholder or todo ("placeholder tokens", a
 * "todo-list tool"); the system's own queue ("requests pending review by the
 * classifier").
 */
const STANDING_SUBJECT = /\b(?:every|each|any|all|future|subsequent)\b[^.;:]*$/i;
/** True if `before`, the text before a "will be ...", gives it a quantified subject: a standing rule ("every checkpoint will be ..."). */
export function standingSubject(before: string): boolean {
  return STANDING_SUBJECT.test(before);
}
const GIVEN_TO =
  /^\s+(?:only\s+)?to\s+(?:(?:the|our)\s+)?(?:vetted|approved|trusted|authori[sz]ed|registered|verified|named|selected|enterprise|internal|external|partner)\b|^\s+only\s+to\b/i;
const THING_AFTER =
  /^[- ](?:tokens?|values?|strings?|names?|credentials?|secrets?|variables?|characters?|images?|data|urls?|text|lists?|apps?|tools?|items?|files?)\b/i;
const SYSTEM_QUEUE_BEFORE =
  /\b(?:requests|outputs|messages|actions|transcripts|appeals|accounts|queries|completions|prompts|tool calls)\s+$/i;
const TASK_BEFORE = /\b(?:tasks?|steps?|actions?|challenges?|problems?|exercises?|questions?|items?|jobs?|goals?)\s+$/i;
const STANDING_AFTER =
  /^\s+(?:daily|weekly|monthly|hourly|nightly|continuously|quarterly|as part of|in production|throughout|for every|on every)\b/i;
const SYSTEM_QUEUE_AFTER =
  /^\s+by\s+(?:the\s+|a\s+)?(?:classifier|monitor|moderat\w+|human reviewers?|reviewers?|filter)\b/i;

/** True if the placeholder match `word` is used in another sense (see above). */
function placeholderInAnotherSense({ m, before, after }: MatchInText): boolean {
  const lower = m[0].toLowerCase();
  // A compound ("TBD-free", "todo-list"): the word names a thing, not missing work.
  if (after.startsWith('-')) return true;
  // What a task asks for: "tasks to be completed within 4 hours".
  if (lower.startsWith('to be ') && TASK_BEFORE.test(before)) return true;
  // A standing process: "the evaluation is ongoing weekly as part of monitoring".
  if (/ongoing|in progress|underway/.test(lower) && STANDING_AFTER.test(after)) return true;
  if ((lower.startsWith('to be ') || lower.startsWith('will be ')) && STANDING_SUBJECT.test(before)) return true;
  if (lower === 'will be provided' && GIVEN_TO.test(after)) return true;
  if ((lower === 'placeholder' || lower === 'todo') && THING_AFTER.test(after)) return true;
  return lower.startsWith('pending ') && (SYSTEM_QUEUE_BEFORE.test(before) || SYSTEM_QUEUE_AFTER.test(after));
}

/** The first placeholder wording (PLACEHOLDER) in `text` used as a placeholder, or undefined. */
export function placeholderWord(text: string | undefined): string | undefined {
  const m = firstMatchWhere(PLACEHOLDER, text, (x) => !placeholderInAnotherSense(x));
  return m && (m[1] ?? m[0]);
}

/** Intentions, plans and policies: statements of what will be done, not of what was achieved. */
export const PLAN = wordPattern(
  [
    /plan(?:s|ned)?/,
    'policy',
    'policies',
    /procedures?/,
    'playbook',
    'runbook',
    'tabletop',
    'drill scenario',
    /will (?:be )?(?:implement|deploy|monitor|review|conduct|establish|introduce|add|roll out|put in place)\w*/,
    /intend(?:s|ed)? to/,
    /commit(?:s|ted)? to/,
    'roadmap',
    /aims? to/,
    'we expect to',
  ],
  {
    capture: true,
    gatePattern: [
      'plan',
      'polic',
      'procedure',
      'playbook',
      'runbook',
      'tabletop',
      'drill scenario',
      'will ',
      'intend',
      'commit',
      'roadmap',
      /aims? to/,
      'we expect to',
    ],
  },
);

/**
 * Plan words in another sense. "Policy" in machine learning is the model that
 * acts (an attack policy, an untrusted policy, the policy model), so it names
 * no plan when an ML modifier precedes it or an ML noun follows it. A plan
 * word after "against", "under", "following", "per" or "according to" is what
 * something else was done by (tested against the incident response plan,
 * transcripts sampled under the retention policy): that something heads the
 * phrase, not the plan.
 */
const POLICY_AS_MODEL_BEFORE =
  /\b(?:attack(?:er)?|adversarial|red[- ]team|untrusted|trusted|honest|scheming|misaligned|sabotage|RL|learned|base(?:line)?|sampling|target|student|teacher|agent|model's|agent's|exploration|greedy|stochastic|deterministic|optimal)[- ]$/i;
const AS_MODEL_AFTER =
  /^[- ](?:models?|networks?|gradients?|checkpoints?|weights|rollouts?|samples?|outputs?|optimi[sz]ation|LLMs?|heads?|updates?|logits|entropy)\b/i;
/** True if "policy" between `before` and `after` is the model that acts (an attack policy, the policy model). */
export function policyIsModel(before: string, after: string): boolean {
  return POLICY_AS_MODEL_BEFORE.test(before) || AS_MODEL_AFTER.test(after);
}
const TO_A_REPOSITORY =
  /^\s+(?:(?:the|a|an|its|their|our|this)\s+)?(?:[\w-]+\s+)?(?:branch(?:es)?|repo(?:sitory|sitories|s)?|codebase|main|master|trunk)\b/i;
const ACTOR_BEFORE =
  /\b(?:users?|agents?|models?|developers?|engineers?|attackers?|adversar(?:y|ies)|who|that|which)\s+(?:\w+\s+)?$/i;
const PLAN_AS_REFERENCE_BEFORE =
  /\b(?:against|under|following|per|according to|in accordance with|in line with|as (?:set out|specified|defined) in)\s+(?:(?:the|our|its|their|a|an|this|that)\s+)?(?:[\w-]+\s+){0,4}$/i;

/** The first word in `text` that makes it read as a plan (text.ts PLAN), skipping plan words used in another sense. */
export function planWord(text: string | undefined): string | undefined {
  const m = firstMatchWhere(
    PLAN,
    text,
    ({ m, before, after }) => {
      const word = m[0];
      if (/^polic/i.test(word) && policyIsModel(before, after)) return false;
      // A compound adjective ("procedure-following tasks", "policy-violating outputs") names no plan.
      if (/^(?:plan|polic|procedure|playbook|runbook)/i.test(word) && after.startsWith('-')) return false;
      // Code committed to a repository, or by someone the case describes: not a promise.
      if (/^commit/i.test(word) && (TO_A_REPOSITORY.test(after) || ACTOR_BEFORE.test(before))) return false;
      return !(/^(?:plan|polic|procedure|playbook|runbook)/i.test(word) && PLAN_AS_REFERENCE_BEFORE.test(before));
    },
    60,
  );
  return m?.[0];
}

/** The first match of a pattern in a text, for messages. */
export function matchOf(re: RegExp, text: string | undefined): string | undefined {
  if (!text) return undefined;
  return re.exec(text)?.[0];
}
