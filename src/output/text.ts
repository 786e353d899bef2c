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
  const sgr = (open: string) => (s: string) => (on && s !== '' ? `\x1b[${open}m${s}\x1b[0m` : s);
  const st: Style = {
    on,
    bold: sgr('1'),
    dim: sgr('2'),
    red: sgr('1;31'),
    yellow: sgr('1;33'),
    cyan: sgr('1;36'),
    blue: sgr('1;34'),
    green: sgr('1;32'),
    severity: (sev, s) => (sev === 'error' ? st.red(s) : sev === 'warning' ? st.yellow(s) : st.cyan(s)),
  };
  return st;
}

/** "1 error", "2 warnings", "3 info". */
export function plural(n: number, word: 'error' | 'warning' | 'info' | 'case'): string {
  if (word === 'info') return `${n} info`;
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
