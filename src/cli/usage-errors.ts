// How a mistake on the command line is told: one line naming the mistake, a
// did-you-mean when something close exists, and the command's one-line usage,
// in place of Node's parser messages or the whole help (as git and cargo do).

import { distance } from 'fastest-levenshtein';
import { term } from '../output/terminal.js';

/** The options a usage text documents (`--format`, `-o`), in order, each once. */
export function optionsIn(usage: string): string[] {
  const found = usage.match(/(?<=^|[\s,[(])(?:--[a-z][a-z0-9-]*|-[a-zA-Z])(?=[\s,=\]),]|$)/gm) ?? [];
  return [...new Set(found)];
}

/**
 * The candidate nearest `word`, if near enough to be what was meant: a typed
 * word swaps letters (`chekc`), so two edits are allowed in a short word and a
 * third of its letters in a long one; words under three letters get none.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length < 3) return undefined;
  const allowed = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestD = allowed + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) [best, bestD] = [c, d];
  }
  return best;
}

/** ` Did you mean "x"?` for `word` among `candidates` (same number of leading dashes), or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const dashes = /^-*/.exec(word)?.[0] ?? '';
  const bare = candidates.filter((c) => c.startsWith(dashes) && !c.startsWith(`${dashes}-`));
  const hit = nearest(
    word.slice(dashes.length),
    bare.map((c) => c.slice(dashes.length)),
  );
  return hit === undefined ? '' : `${term` Did you mean "${dashes}${hit}"?`}`;
}

interface ParseArgsError {
  code?: string;
  message: string;
}

/** A node:util parseArgs error, or undefined for any other error. */
export function parseArgsError(e: unknown): ParseArgsError | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return e instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
    ? (e as ParseArgsError)
    : undefined;
}

/** parseArgs' message in our words: the option or argument it is about, quoted once. */
export function describeParseError(e: ParseArgsError, usage: string): string {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `${term`unknown option "${quoted}".`}${didYouMean(quoted.split('=')[0] ?? quoted, optionsIn(usage))}`;
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `${term`unexpected argument "${quoted}".`}`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--[a-z][a-z0-9-]*|-[a-zA-Z]/.exec(quoted)?.[0] ?? quoted;
    return `${/does not take/.test(e.message) ? term`${flag} takes no value.` : term`${flag} needs a value.`}`;
  }
  return `${term`${e.message}`}`;
}

/** The first line of a usage text and where the rest is: what a mistake prints after its message. */
export function shortUsage(usage: string, helpCommand: string): string {
  const first = usage.split('\n', 1)[0] ?? '';
  return `${first}\n${term`Run "${helpCommand}" for more.`}\n`;
}
