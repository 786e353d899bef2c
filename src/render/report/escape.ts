// Escaping for the report formats. User text (node text, names, reasons) is
// never trusted: in HTML it is always text, in Markdown it can neither break a
// table nor inject HTML, and in the page's JSON data block it cannot close the
// <script> element it sits in.
import { inlineCodeParts } from '../../output/inline-code.js';
import { markdownCodeText, markdownInline } from '../../output/markdown-text.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Control characters but tab and line feed: not text in HTML (C0 ones are parse errors, a reference to a C1
// one reads as a Windows-1252 letter), and a terminal obeys them if the file is printed. Each becomes U+FFFD; a
// carriage return is kept as a character reference.
const HTML_CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/** Text or attribute value made safe for HTML (both quotes escaped, so it is safe in either attribute style). */
export function escapeHtml(s: string): string {
  return s.replace(HTML_CONTROLS, '\ufffd').replace(/[&<>"'\r]/g, (ch) => (ch === '\r' ? '&#13;' : HTML_ESCAPES[ch]!));
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` become
 * \u escapes so no text can close the element or open a comment, and U+2028 /
 * U+2029, DEL, the C1 controls and the bidirectional controls are escaped too
 * (nothing raw for a terminal or an editor to act on). JSON.parse reads the
 * escapes back to the same text.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * User text for Markdown (GitHub, GitLab, wikis): output/markdown-text.ts's markdownInline, line breaks folded
 * to a space, a block marker at its start escaped. Safe inside a table cell.
 */
export function escapeMarkdown(s: string): string {
  return markdownInline(s);
}

/** A message or hint for Markdown: its backtick spans as code spans, the rest escaped text. */
export function markdownInlineCode(s: string): string {
  return inlineCodeParts(s)
    .map((p) => (p.code ? markdownCode(p.text) : markdownInline(p.text)))
    .join('');
}

/** A Markdown code span holding `s` literally (for ids and codes): a fence longer than any backtick run inside. */
export function markdownCode(s: string): string {
  const clean = markdownCodeText(s)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/\|/g, '\\|');
  let longest = 0;
  for (const m of clean.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
