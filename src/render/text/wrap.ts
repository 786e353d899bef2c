// Greedy line wrapping of styled spans to a width in pixels, with the
// deterministic measurement of measure.ts. Words longer than a line are cut.
import type { Block, Span } from './markdown.js';
import { type FontStyle, textWidth } from './measure.js';

export interface Line {
  /** Left offset of the line (a list item's continuation lines hang under its text). */
  indent: number;
  spans: Span[];
  width: number;
  /** First line of a paragraph or list item after the first: a little space above. */
  blockStart: boolean;
}

export function spanFont(s: Pick<Span, 'bold' | 'code'>, size: number): FontStyle {
  return s.code ? { size: size * 0.92, mono: true } : { size, bold: !!s.bold };
}

export function spanWidth(s: Span, size: number): number {
  return textWidth(s.text, spanFont(s, size));
}

interface Word {
  pieces: Span[];
  width: number;
}

const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 160 ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200a);

function words(spans: Span[], size: number): Word[] {
  const out: Word[] = [];
  let cur: Word | undefined;
  for (const s of spans) {
    const t = s.text;
    let i = 0;
    while (i < t.length) {
      if (isSpace(t.charCodeAt(i))) {
        cur = undefined;
        while (i < t.length && isSpace(t.charCodeAt(i))) i++;
        continue;
      }
      let j = i;
      while (j < t.length && !isSpace(t.charCodeAt(j))) j++;
      const piece: Span = j - i === t.length ? s : { ...s, text: t.slice(i, j) };
      if (!cur) out.push((cur = { pieces: [], width: 0 }));
      cur.pieces.push(piece);
      cur.width += spanWidth(piece, size);
      i = j;
    }
  }
  return out;
}

/** Cut a word wider than `max` into pieces that fit. */
function cut(w: Word, max: number, size: number): Word[] {
  const out: Word[] = [];
  let cur: Word = { pieces: [], width: 0 };
  for (const p of w.pieces) {
    for (const ch of p.text) {
      const cw = spanWidth({ ...p, text: ch }, size);
      if (cur.width + cw > max && cur.width > 0) {
        out.push(cur);
        cur = { pieces: [], width: 0 };
      }
      const last = cur.pieces[cur.pieces.length - 1];
      if (last && last.bold === p.bold && last.italic === p.italic && last.code === p.code && last.href === p.href)
        last.text += ch;
      else cur.pieces.push({ ...p, text: ch });
      cur.width += cw;
    }
  }
  if (cur.pieces.length) out.push(cur);
  return out;
}

const sameStyle = (a: Span, b: Span): boolean =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && a.href === b.href;

/** Append a piece to a line, joining it to the last span when the style is the same (the line's spans are its own copies). */
function append(line: Line, p: Span): void {
  const last = line.spans[line.spans.length - 1];
  if (last && sameStyle(last, p)) last.text += p.text;
  else line.spans.push({ ...p });
}

/** The space between two words: joined to the previous word when both words share a style (a link stays one link), else plain. */
function appendSpace(line: Line, next: Span): void {
  const last = line.spans[line.spans.length - 1];
  if (last && sameStyle(last, next)) last.text += ' ';
  else if (last && !last.bold && !last.italic && !last.code && last.href === undefined) last.text += ' ';
  else line.spans.push({ text: ' ' });
}

/** Wrap blocks into lines no wider than `max` pixels at font size `size`. */
export function wrapBlocks(blocks: Block[], max: number, size: number): Line[] {
  const lines: Line[] = [];
  const space = textWidth(' ', { size });
  blocks.forEach((b, bi) => {
    const marker = b.marker ? `${b.marker} ` : '';
    const indent = marker ? textWidth(marker, { size }) : 0;
    let line: Line = { indent: 0, spans: marker ? [{ text: marker }] : [], width: indent, blockStart: bi > 0 };
    let empty = true;
    const push = () => {
      lines.push(line);
      line = { indent, spans: [], width: indent, blockStart: false };
      empty = true;
    };
    const place = (w: Word) => {
      if (!empty && line.width + space + w.width > max) push();
      if (!empty) appendSpace(line, w.pieces[0] as Span);
      for (const p of w.pieces) append(line, p);
      line.width += empty ? w.width : space + w.width;
      empty = false;
    };
    for (const w0 of words(b.spans, size)) {
      if (w0.width > max - indent) for (const w of cut(w0, max - indent, size)) place(w);
      else place(w0);
    }
    if (!empty || marker || !lines.length) push();
  });
  // Drop an empty trailing line left by a block with no words.
  return lines.filter((l, i) => l.spans.length || i === 0);
}
