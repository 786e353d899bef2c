// User text in Markdown that a bot may post where GitHub renders it (a
// pull-request comment, an issue, a wiki): `warrant report --format
// markdown`, and the diff and impact Markdown. Each format escapes its own
// syntax (src/render/report/escape.ts, src/analysis/diff/format-text.ts);
// this is what they share before that: no control characters, and no
// mention or issue reference. Pure.

// C0 controls (line breaks are each format's business), DEL, C1 controls and the bidirectional controls:
// never text in a comment, and a terminal that prints the file obeys them.
const NOT_TEXT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * U+200D ZERO WIDTH JOINER, put between "@" or "#" and what follows. GitHub
 * links "@name" and "@org/team" (a mention: a notification to that person or
 * team), "#123", "owner/repo#123" and "GH-123" (a reference: a backlink in
 * that issue) wherever they appear in rendered text. Neither an HTML entity
 * (&#64;) nor a backslash escape prevents it: both are undone when the
 * Markdown is rendered, before GitHub looks for references. A code span would
 * change how the text reads. The joiner is invisible, is not whitespace (the
 * word and a table cell stay whole), survives GitHub's sanitiser, and breaks
 * the patterns: "@" must be followed by a letter or digit, "#" by a digit.
 */
const ZWJ = '\u200d';

// "@" after a letter, digit or "_" is not a mention ("pass@10", "a@example.com"): GitHub's own rule, so such text
// is left as it is. Any non-ASCII character before it counts as a boundary, as it does for GitHub.
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g;
// "#123" and "owner/repo#123": whatever comes before "#".
const ISSUE = /#(?=[0-9])/g;
const GH_ISSUE = /(?<![A-Za-z0-9_])(GH-)(?=[0-9])/gi;

/** `s` without control characters, and with every mention and issue reference broken by a zero-width joiner. */
export function markdownUserText(s: string): string {
  return s.replace(NOT_TEXT, '').replace(MENTION, `@${ZWJ}`).replace(ISSUE, `#${ZWJ}`).replace(GH_ISSUE, `$1${ZWJ}`);
}

/** `s` without control characters, for a code span: GitHub links nothing inside one, so nothing else changes. */
export function markdownCodeText(s: string): string {
  return s.replace(NOT_TEXT, '');
}

const INLINE_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * User text as inline Markdown, the one escaper every Markdown output uses: control characters dropped and
 * mentions and issue references broken (markdownUserText), HTML special characters as entities (no tag or
 * autolink can open), and only the characters that make inline syntax anywhere backslash-escaped (emphasis,
 * code span, link, strike-through, table pipe), so "1.0.0" and "rc-3" read as written. A block marker
 * (heading, list, quote, numbered item) means something only where the text begins a line: escaped there.
 * Line breaks become `lineBreak` (a space in a list item, `<br>` in a table cell).
 */
export function markdownInline(s: string, lineBreak = ' '): string {
  const escaped = markdownUserText(s)
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/[&<>"']/g, (ch) => INLINE_ENTITIES[ch]!);
  return escaped
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) =>
      line.replace(/^(\s*)([#+=-])(?=\s|$|[=-]+\s*$)/, '$1\\$2').replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3'),
    )
    .join(lineBreak);
}
