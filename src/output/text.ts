// Terminal-safe text: escaping of control characters from user content, and
// the few ANSI styles the pretty output uses. Pure: no I/O, no environment.
import type { Severity } from '../model/diagnostic.js';

/**
 * Characters a case file must not be able to send to a terminal: C0 and C1
 * controls (ESC starts escape sequences, U+009B is a one-byte CSI), DEL, the
 * bidirectional overrides and isolates used in "Trojan Source" attacks, the
 * Unicode line and paragraph separators, and unpaired surrogates.
 */
const UNSAFE =
  /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const UNSAFE_KEEP_NEWLINE =
  /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The visible escape for one unsafe UTF-16 code unit: `\t`, `\x1b`, `\u202e`. */
export function escapeChar(ch: string): string {
  if (ch === '\t') return '\\t';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  const code = ch.charCodeAt(0);
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** True when `ch` (one code point) would be escaped by escapeControl. */
export function isUnsafe(ch: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(ch);
}

/**
 * Every character UNSAFE can match, without its look-arounds: text with none
 * of them (nearly all) is returned as it is, without the slower replace.
 */
const MAYBE_UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/**
 * User content made safe to print: every control character becomes a visible
 * escape, so a case file cannot move the cursor, recolour or clear a terminal.
 * With `keepNewlines`, line feeds are kept (the caller indents what follows).
 */
export function escapeControl(s: string, keepNewlines = false): string {
  if (!MAYBE_UNSAFE.test(s)) return s;
  return s.replace(keepNewlines ? UNSAFE_KEEP_NEWLINE : UNSAFE, escapeChar);
}

/**
 * Every SGR (colour) sequence Warrant writes, by name: the palette. Nothing
 * else in the code base writes an escape sequence, so the output guard
 * (guardOutput) can let exactly these through and escape any other.
 */
export const SGR = {
  bold: '1',
  dim: '2',
  red: '1;31',
  yellow: '1;33',
  cyan: '1;36',
  blue: '1;34',
  green: '1;32',
  // Support statuses: plain colours beside the status's words.
  plainGreen: '32',
  plainYellow: '33',
  plainMagenta: '35',
  plainCyan: '36',
  plainRed: '31',
} as const;
export type Colour = keyof typeof SGR;

const RESET = '\x1b[0m';

/** `s` in colour `c`; empty text stays empty, so no sequence wraps nothing. */
export function paint(c: Colour, s: string): string {
  return s === '' ? s : `\x1b[${SGR[c]}m${s}${RESET}`;
}

/** ANSI styles; `on` false returns the text untouched, so plain output has no escapes at all. */
export interface Style {
  on: boolean;
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  severity(sev: Severity, s: string): string;
}

/** The two styles, made once: a code frame asks for one per finding. */
const STYLES: { off?: Style; on?: Style } = {};

export function style(on: boolean): Style {
  const key = on ? 'on' : 'off';
  STYLES[key] ??= makeStyle(on);
  return STYLES[key];
}

function makeStyle(on: boolean): Style {
  const sgr = (c: Colour) => (s: string) => (on ? paint(c, s) : s);
  const st: Style = {
    on,
    bold: sgr('bold'),
    dim: sgr('dim'),
    red: sgr('red'),
    yellow: sgr('yellow'),
    cyan: sgr('cyan'),
    blue: sgr('blue'),
    green: sgr('green'),
    severity: (sev, s) => (sev === 'error' ? st.red(s) : sev === 'warning' ? st.yellow(s) : st.cyan(s)),
  };
  return st;
}

const OWN_SEQUENCES = new Set([RESET, ...Object.values(SGR).map((code) => `\x1b[${code}m`)]);

// An SGR sequence (kept when it is one of ours and colour is on), or one character a stream must not carry raw.
const STDERR_UNSAFE = new RegExp(`\\x1b\\[[0-9;]*m|${UNSAFE_KEEP_NEWLINE.source}`, 'g');
const STDOUT_UNSAFE = /\x1b\[[0-9;]*m|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// A character each of those can start with. Most output has none, and testing for one is about
// twenty times faster than the replace above finding nothing (on the 1.5 MB of `warrant check`'s
// pretty output for 2,863 findings, about 30 ms of its 1,000 under load).
const STDERR_MAYBE = MAYBE_UNSAFE;
const STDOUT_MAYBE = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

/** The JSON escape of one UTF-16 code unit, which reads back as the same character. */
function jsonEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The last guard before a stream: what every command prints passes through it
 * (src/cli/main.ts), whatever its formatter did. On stderr, which only ever
 * carries messages, every character escapeControl escapes is escaped the same
 * way (line feeds kept). On stdout, which may carry data (JSON, YAML, SVG,
 * Markdown), only the characters that command a terminal are escaped (C0
 * controls but tab and line feed, DEL, C1 controls), as \uXXXX, which JSON
 * reads back as the same character. With `color`, Warrant's own SGR sequences
 * (the palette above) pass; any other escape sequence is shown, not obeyed.
 * Every formatter escapes its user text itself, so on a correct output this
 * changes nothing; it is there so that a formatter that forgets cannot hand a
 * case file the terminal.
 */
export function guardOutput(text: string, stream: 'stdout' | 'stderr', color: boolean): string {
  if (!(stream === 'stderr' ? STDERR_MAYBE : STDOUT_MAYBE).test(text)) return text;
  const re = stream === 'stderr' ? STDERR_UNSAFE : STDOUT_UNSAFE;
  const one = stream === 'stderr' ? escapeChar : jsonEscape;
  return text.replace(re, (m) => {
    if (m.length === 1) return one(m);
    return color && OWN_SEQUENCES.has(m) ? m : one('\x1b') + m.slice(1);
  });
}

const JSON_RAW = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON as Warrant prints it: JSON.stringify, with the characters it leaves raw
 * that a terminal or an editor would act on (DEL, C1 controls, bidirectional
 * controls, line and paragraph separators) written as \u escapes. Same value
 * when parsed; printable whatever the case holds.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_RAW, jsonEscape);
}

/** "1 error", "2 warnings", "3 info". */
export function plural(n: number, word: 'error' | 'warning' | 'info' | 'case'): string {
  if (word === 'info') return `${n} info`;
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
