// The small, safe subset of Markdown a node's text may use: paragraphs,
// bullet and numbered lists, **bold**, *italics* (or _italics_), `code`,
// and [links](https://...). Written here rather than taken from `marked` or
// `markdown-it` because a diagram needs styled runs to wrap and measure, not
// HTML: both libraries produce HTML (or a token stream that still carries raw
// HTML, images, tables and headings a node box cannot hold) that would have
// to be sanitised and then parsed back. This parser never produces markup:
// its output is plain text with style flags, and the SVG writer escapes every
// character of it. Links keep their target only when it is http, https or
// mailto; any other scheme (javascript:, data:, file:) is dropped and the
// link text stays as plain text.

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** Only http:, https: or mailto: targets survive parsing. */
  href?: string;
}

export interface Block {
  /** "•" for a bullet item, "1." for a numbered one; absent for a paragraph. */
  marker?: string;
  spans: Span[];
}

interface Style {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/** The link target if it is safe to follow from a diagram, else undefined. */
export function safeHref(raw: string): string | undefined {
  const url = raw.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(url)) return undefined;
  // No whitespace, control characters, quotes or angle brackets inside a target.
  if (/[\s\u0000-\u001f\u007f"'<>`\\]/.test(url)) return undefined;
  return url;
}

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

/** Parse a node's text into paragraphs and list items of styled spans. */
export function parseMarkdown(src: string): Block[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  const raw: { marker?: string; text: string; heading?: boolean }[] = [];
  let current: { marker?: string; text: string; heading?: boolean } | undefined;
  for (const line of lines) {
    if (!line.trim()) {
      current = undefined;
      continue;
    }
    const b = BULLET.exec(line);
    const n = b ? null : NUMBERED.exec(line);
    const h = b || n ? null : HEADING.exec(line);
    if (b) {
      current = { marker: '•', text: b[1] ?? '' };
      raw.push(current);
    } else if (n) {
      current = { marker: `${n[1]}.`, text: n[2] ?? '' };
      raw.push(current);
    } else if (h) {
      raw.push({ text: h[1] ?? '', heading: true });
      current = undefined;
    } else if (current) {
      current.text += ` ${line.trim()}`;
    } else {
      current = { text: line.trim() };
      raw.push(current);
    }
  }
  return raw.map((r) => {
    const spans = merge(inline(r.text, r.heading ? { bold: true } : {}));
    return r.marker ? { marker: r.marker, spans } : { spans };
  });
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Index of the closing delimiter `d` at or after `from`, or -1. */
function closing(s: string, d: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      const end = s.indexOf('`', i + 1);
      if (end !== -1) i = end;
      continue;
    }
    if (!s.startsWith(d, i)) continue;
    if (d.length === 1 && (s[i + 1] === d || s[i - 1] === d)) {
      if (s[i + 1] === d) i++;
      continue;
    }
    if (s[i - 1] === ' ') continue;
    if (d[0] === '_' && isWordChar(s[i + d.length])) continue;
    return i;
  }
  return -1;
}

const INLINE_SPECIAL = /[\\`*_[]/;

function inline(s: string, style: Style): Span[] {
  // Most text has no Markdown at all: one span, no scanning.
  if (!INLINE_SPECIAL.test(s)) return s ? [span(s, style)] : [];
  const out: Span[] = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push(span(buf, style));
    buf = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\' && i + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[i + 1] as string)) {
      buf += s[++i];
      continue;
    }
    if (c === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ ...span(s.slice(i + 1, end), style), code: true });
        i = end;
        continue;
      }
    }
    if ((c === '*' || c === '_') && s[i + 1] === c) {
      const d = c + c;
      const end = s[i + 2] !== ' ' ? closing(s, d, i + 3) : -1;
      if (end !== -1 && (c === '*' || !isWordChar(s[i - 1]))) {
        flush();
        out.push(...inline(s.slice(i + 2, end), { ...style, bold: true }));
        i = end + 1;
        continue;
      }
    }
    if ((c === '*' || c === '_') && s[i + 1] !== c && s[i + 1] !== ' ' && s[i + 1] !== undefined) {
      const end = closing(s, c, i + 2);
      if (end !== -1 && (c === '*' || !isWordChar(s[i - 1]))) {
        flush();
        out.push(...inline(s.slice(i + 1, end), { ...style, italic: true }));
        i = end;
        continue;
      }
    }
    if (c === '[') {
      const close = s.indexOf('](', i + 1);
      const end = close === -1 ? -1 : closingParen(s, close + 2);
      if (close > i + 1 && end !== -1 && !s.slice(i + 1, close).includes('[')) {
        flush();
        const target = (
          s
            .slice(close + 2, end)
            .trim()
            .split(/\s+/)[0] ?? ''
        ).replace(/^<(.*)>$/, '$1');
        const href = safeHref(target);
        out.push(...inline(s.slice(i + 1, close), href && !style.href ? { ...style, href } : style));
        i = end;
        continue;
      }
    }
    buf += c;
  }
  flush();
  return out;
}

/** Index of the ")" that closes a link target starting at `from` (targets may hold balanced parentheses), or -1. */
function closingParen(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function span(text: string, style: Style): Span {
  const s: Span = { text };
  if (style.bold) s.bold = true;
  if (style.italic) s.italic = true;
  if (style.href) s.href = style.href;
  return s;
}

function sameStyle(a: Span, b: Span): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && a.href === b.href;
}

function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (!s.text) continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last, s)) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The text without its Markdown, for titles and accessible names. */
export function plainText(src: string): string {
  return parseMarkdown(src)
    .map((b) => (b.marker ? `${b.marker} ` : '') + b.spans.map((s) => s.text).join(''))
    .join(' ');
}
