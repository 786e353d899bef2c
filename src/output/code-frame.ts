// A few lines of source around a position, with line numbers and a caret under
// the column, in the manner of babel's code-frame and rustc:
//
//     10 |   claims:
//     11 |     - id: C1
//   > 12 |       supportedBy: [E1]
//        |       ^
//     13 |     - id: C2
//
// Columns are 1-based UTF-16 code units, as the loader reports them. Tabs are
// expanded to 4-column tab stops, wide (CJK, emoji) characters take two
// columns, control characters are shown escaped (`\x1b`), and lines wider than
// `maxWidth` are cut to a window around the caret with `...` marking each cut.
//
// Each call reads only the lines it shows: pass a LineIndex (built once per
// file) and a frame costs the width of its lines, not the size of the file.
// Rendered lines are kept per index for the next frames (findings come sorted,
// so neighbours share lines), so a very long line is measured once, not once
// per finding on it.
import type { Severity } from '../model/diagnostic.js';
import { LineIndex } from '../model/line-index.js';
import { escapeChar, isUnsafe, style } from './text.js';

export interface CodeFrameOptions {
  color: boolean;
  /** Lines shown before and after the position (default 2). */
  context?: number;
  /** Widest source text shown per line, in terminal columns (default 100, at least 20). */
  maxWidth?: number;
  /** Colours the marker and caret (default error). */
  severity?: Severity;
}

const TAB = 4;
const ELLIPSIS = '...';

/** One code point as it is drawn: its text, where it starts and ends on screen. */
interface Cell {
  text: string;
  from: number;
  to: number;
}

/**
 * A line as drawn. Most lines are printable ASCII, one column per character:
 * those keep their text as `plain` and skip the per-character cells, which
 * made framing thousands of findings slow before the JIT warmed up.
 */
type Rendered =
  | { plain: string; width: number }
  | {
      plain?: undefined;
      cells: Cell[];
      /** Screen column where UTF-16 index i starts (length = line length + 1). */
      colOf: number[];
      width: number;
    };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The screen column where UTF-16 index `i` starts; past the end, just after the line. */
function columnOf(r: Rendered, i: number): number {
  if (r.plain !== undefined) return Math.min(i, r.plain.length);
  return r.colOf[Math.min(i, r.colOf.length - 1)] as number;
}

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x200b && cp <= 0x200d) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    cp === 0xfeff
  );
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function render(line: string): Rendered {
  if (PRINTABLE_ASCII.test(line)) return { plain: line, width: line.length };
  const cells: Cell[] = [];
  const colOf: number[] = [];
  let col = 0;
  let i = 0;
  while (i < line.length) {
    const cp = line.codePointAt(i) as number;
    const units = cp > 0xffff ? 2 : 1;
    const ch = line.slice(i, i + units);
    let text: string;
    let w: number;
    if (ch === '\t') {
      w = TAB - (col % TAB);
      text = ' '.repeat(w);
    } else if (isUnsafe(ch)) {
      text = escapeChar(ch);
      w = text.length;
    } else if (isZeroWidth(cp)) {
      // A zero-width character at the start would attach to the gutter; show it escaped there.
      text = cells.length === 0 ? escapeChar(ch) : ch;
      w = cells.length === 0 ? text.length : 0;
    } else {
      text = ch;
      w = isWide(cp) ? 2 : 1;
    }
    for (let u = 0; u < units; u++) colOf.push(col);
    cells.push({ text, from: col, to: col + w });
    col += w;
    i += units;
  }
  colOf.push(col);
  return { cells, colOf, width: col };
}

/** The part of a rendered line inside screen columns [from, to), padded so that columns stay aligned. */
function clip(r: Rendered, from: number, to: number): { text: string; cutLeft: boolean; cutRight: boolean } {
  if (r.plain !== undefined) {
    const length = r.plain.length;
    return { text: r.plain.slice(from, to), cutLeft: Math.min(from, length) > 0, cutRight: length > to };
  }
  let text = '';
  let at = from;
  let cutLeft = false;
  let cutRight = false;
  for (const c of r.cells) {
    if (c.from < from) {
      if (c.to > c.from) cutLeft = true;
      continue;
    }
    if (c.to > to) {
      cutRight = true;
      break;
    }
    if (c.from > at) text += ' '.repeat(c.from - at);
    text += c.text;
    at = Math.max(at, c.to);
  }
  return { text, cutLeft, cutRight };
}

/** Rendered lines of recent frames, per file; few, because findings arrive in line order. */
const RECENT_LINES = 32;
const renderedLines = new WeakMap<LineIndex, Map<number, Rendered>>();

function renderedLine(index: LineIndex, n: number): Rendered {
  let recent = renderedLines.get(index);
  if (recent === undefined) renderedLines.set(index, (recent = new Map()));
  let r = recent.get(n);
  if (r === undefined) {
    r = render(index.lineText(n));
    if (recent.size >= RECENT_LINES) recent.delete(recent.keys().next().value as number);
    recent.set(n, r);
  }
  return r;
}

function wholeNumber(n: number, fallback: number): number {
  return Number.isFinite(n) ? Math.max(1, Math.floor(n)) : fallback;
}

/**
 * The source around `line`:`col` (both 1-based). A line past the end of the
 * file points after the last character and says so; a column past the end of
 * its line points just after the line's last character.
 */
export function codeFrame(source: string | LineIndex, line: number, col: number, opts: CodeFrameOptions): string {
  const index = typeof source === 'string' ? LineIndex.of(source) : source;
  const st = style(opts.color);
  const context = Math.max(0, Math.floor(opts.context ?? 2));
  const maxWidth = Math.max(20, Math.floor(opts.maxWidth ?? 100));
  const mark = (s: string) => st.severity(opts.severity ?? 'error', s);

  // After a final newline the split leaves an empty "line" that editors do not
  // count. It is shown only when the position is on it (end-of-file errors).
  const lineCount = index.lineCount;
  let target = wholeNumber(line, 1);
  let unit = wholeNumber(col, 1) - 1;
  let pastEnd = false;
  if (target > index.splitCount || (target > lineCount && unit > 0)) {
    pastEnd = true;
    target = Math.max(1, lineCount);
    unit = Number.POSITIVE_INFINITY;
  }
  const first = Math.max(1, target - context);
  const last = pastEnd ? target : Math.max(target, Math.min(lineCount, target + context));

  // The shown lines, rendered[0] being line `first`.
  const rendered: Rendered[] = [];
  for (let n = first; n <= last; n++) rendered.push(renderedLine(index, n));
  const here = rendered[target - first] as Rendered;
  const caret = columnOf(here, unit);

  // One window for all lines, so that they stay aligned with each other.
  let widest = 0;
  for (const r of rendered) widest = Math.max(widest, r.width);
  let from = 0;
  if (widest > maxWidth && caret >= maxWidth - 10) from = caret - Math.floor(maxWidth / 2);
  const to = from + maxWidth;
  const lead = from > 0 ? ELLIPSIS.length : 0;

  const gutterWidth = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const r = rendered[n - first] as Rendered;
    const { text, cutLeft, cutRight } = clip(r, from, to);
    let body = (lead > 0 ? (cutLeft ? ELLIPSIS : ' '.repeat(lead)) : '') + text + (cutRight ? ELLIPSIS : '');
    body = body.trimEnd();
    const num = String(n).padStart(gutterWidth);
    const gutter = n === target ? `${mark('>')} ${st.bold(num)} ${st.dim('|')}` : `  ${st.dim(num)} ${st.dim('|')}`;
    out.push(body === '' ? gutter : `${gutter} ${body}`);
    if (n === target)
      out.push(`  ${' '.repeat(gutterWidth)} ${st.dim('|')} ${' '.repeat(lead + caret - from)}${mark('^')}`);
  }
  if (pastEnd) {
    const where = `${wholeNumber(line, 1)}:${wholeNumber(col, 1)}`;
    const size =
      index.text === '' ? 'the file is empty' : `the file has ${lineCount} line${lineCount === 1 ? '' : 's'}`;
    out.push(
      `  ${' '.repeat(gutterWidth)} ${st.dim('|')} ${st.dim(`(position ${where} is past the end of the file; ${size})`)}`,
    );
  }
  return `${out.join('\n')}\n`;
}
