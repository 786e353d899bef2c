// Terminal text built so that user content cannot carry a control character.
//
// A formatter for people builds its lines as TermText: the `term` tag keeps
// the template's own text (Warrant's source) and escapes every interpolated
// string with escapeControl, so a value from a case file, a log, a file name
// or the command line is printed as visible escapes (`\x1b`), whatever it
// holds. Styles wrap values the same way and are the only source of escape
// sequences. A string is not TermText, so pushing an unescaped string onto a
// formatter's lines is a type error rather than a hole; the lines become one
// string once, at the end. Pure: no I/O.
import { type Colour, escapeControl, paint } from './text.js';

// Only this module makes TermText: from template literals, styles and escaped values.
const MINE: unique symbol = Symbol('TermText');

/** Text fit for a terminal: Warrant's own words and styles, with any user text in it already escaped. */
export class TermText {
  readonly #text: string;
  constructor(key: typeof MINE, text: string) {
    if (key !== MINE) throw new TypeError('TermText is made by term`...`, termJoin, termBlock or a TermStyle.');
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
  /** Columns it takes on a terminal: style sequences take none. */
  get width(): number {
    return this.#text.replace(/\x1b\[[0-9;]*m/g, '').length;
  }
}
const made = (text: string) => new TermText(MINE, text);

/** What may go into terminal text: strings and numbers are escaped (strings are never trusted), TermText is kept. */
export type TermValue = TermText | string | number;

function piece(v: TermValue): string {
  if (v instanceof TermText) return v.toString();
  return typeof v === 'number' ? String(v) : escapeControl(v);
}

/** A line (or part of one): the literal parts as written, every interpolated value escaped. */
export function term(strings: TemplateStringsArray, ...values: TermValue[]): TermText {
  let s = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) s += piece(values[i]!) + (strings[i + 1] ?? '');
  return made(s);
}

/** Values joined by a separator, each escaped. */
export function termJoin(values: readonly TermValue[], sep = ', '): TermText {
  return made(values.map(piece).join(escapeControl(sep)));
}

/**
 * User text that may run over several lines (a file's text, a multi-line
 * message): escaped with its line feeds kept, each later line indented by
 * `indent` so that it cannot pose as a line of Warrant's own.
 */
export function termBlock(text: string, indent = ''): TermText {
  return made(escapeControl(text, true).split('\n').join(`\n${indent}`));
}

/** Lines as the text a command prints: joined, with a final newline. */
export function termLines(lines: readonly TermText[]): string {
  return `${lines.join('\n')}\n`;
}

/** Styles for terminal text; off, each returns the value escaped and unstyled. */
export interface TermStyle {
  on: boolean;
  paint(c: Colour, v: TermValue): TermText;
  bold(v: TermValue): TermText;
  dim(v: TermValue): TermText;
  red(v: TermValue): TermText;
  yellow(v: TermValue): TermText;
  green(v: TermValue): TermText;
}

export function termStyle(on: boolean): TermStyle {
  const p = (c: Colour, v: TermValue) => made(on ? paint(c, piece(v)) : piece(v));
  return {
    on,
    paint: p,
    bold: (v) => p('bold', v),
    dim: (v) => p('dim', v),
    red: (v) => p('red', v),
    yellow: (v) => p('yellow', v),
    green: (v) => p('green', v),
  };
}

/** Left-aligned columns two spaces apart, each cell escaped; the last column is not padded. */
export function termTable(rows: readonly (readonly TermValue[])[]): TermText[] {
  const cells = rows.map((r) => r.map((v) => (v instanceof TermText ? v : term`${v}`)));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => void (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  return cells.map((r) =>
    made(
      r
        .map((c, i) => (i === r.length - 1 ? c.toString() : c.toString() + ' '.repeat(widths[i]! - c.width)))
        .join('  ')
        .trimEnd(),
    ),
  );
}
