// Where each line of a source text starts, found once per file, so that every
// later question (which line holds this offset, what does line 12 say) costs a
// binary search or a slice instead of a pass over the whole text. Code frames
// and position building ask once per finding or per YAML node; scanning the
// file each time made thousands of findings cost thousands of files.
//
// Lines are split on "\n" only; a "\r" before it belongs to the line end and
// is left out of line texts. Lines and columns are 1-based; columns count
// UTF-16 code units, as the loader reports them.
import type { Point } from './loc.js';

/** The indexes made last, for LineIndex.of: a few, since a case has few files and each is asked about in turn. */
const RECENT: LineIndex[] = [];
const RECENT_MAX = 8;

export class LineIndex {
  /**
   * The index of `text`, shared: the loader's positions and the pretty
   * printer's code frames ask about the same files, and a large file's lines
   * take a pass over all of it to find (about 1.3 MB for the 10,000-node
   * gsn2x import of the output benchmark).
   */
  static of(text: string): LineIndex {
    for (const index of RECENT) if (index.text === text) return index;
    const index = new LineIndex(text);
    if (RECENT.unshift(index) > RECENT_MAX) RECENT.pop();
    return index;
  }

  readonly text: string;
  /** Offset of the first character of each line; line n (1-based) starts at starts[n - 1]. */
  private readonly starts: Uint32Array;

  constructor(text: string) {
    this.text = text;
    // One pass over the text: its lines are found once per file, but a large file has tens of thousands.
    const starts: number[] = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = Uint32Array.from(starts);
  }

  /** Lines as "\n" splits them: a final newline leaves an empty last line, which is counted. */
  get splitCount(): number {
    return this.starts.length;
  }

  /** Lines as editors count them: the empty line after a final newline is not one. */
  get lineCount(): number {
    return this.text.endsWith('\n') ? this.starts.length - 1 : this.starts.length;
  }

  /** Offset where line `line` (1-based, clamped to the lines there are) starts. */
  lineStart(line: number): number {
    return this.starts[clamp(line, 1, this.starts.length) - 1] as number;
  }

  /** Offset just past the last character of line `line`, before its "\r\n" or "\n". */
  lineEnd(line: number): number {
    const i = clamp(line, 1, this.starts.length);
    let end = i < this.starts.length ? (this.starts[i] as number) - 1 : this.text.length;
    if (end > this.lineStart(i) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of line `line` (1-based, clamped), without its line end. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /**
   * The 1-based line holding `offset` (clamped to the text). `near`, a line
   * asked about just before, is tried first: offsets asked for in document
   * order (as a parser reports nodes) are then found in a step or two instead
   * of a binary search.
   */
  lineAt(offset: number, near = 1): number {
    const starts = this.starts;
    const last = starts.length - 1;
    let lo = 0;
    let hi = last;
    const from = clamp(near, 1, starts.length) - 1;
    if ((starts[from] as number) <= offset) {
      lo = from;
      for (let step = 0; step < 4 && lo < last && (starts[lo + 1] as number) <= offset; step++) lo++;
      if (lo === last || (starts[lo + 1] as number) > offset) return lo + 1;
    } else hi = from - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Line and column (both 1-based) of `offset`. */
  pointAt(offset: number): Point {
    const at = clamp(offset, 0, this.text.length);
    const line = this.lineAt(at);
    return { line, col: at - this.lineStart(line) + 1 };
  }

  /**
   * The offset of `point`; a column past its line's end is clamped to the end,
   * a line past the last to the last.
   */
  offsetAt(point: Point): number {
    const start = this.lineStart(point.line);
    return Math.min(start + Math.max(0, Math.floor(point.col) - 1), this.lineEnd(point.line));
  }
}

function clamp(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.min(hi, Math.max(lo, Math.floor(n)));
}
