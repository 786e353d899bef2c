// Shared by the diff and impact formatters: values in words, Markdown and HTML
// escaping that hostile case text cannot break out of.
import { markdownInline } from '../../output/markdown-text.js';
import type { Json } from './fields.js';

/** A value as a person reads it: strings as written, everything else as compact JSON. */
export function showValue(v: Json | undefined): string {
  if (v === undefined) return '(none)';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/**
 * Text safe inside GitHub-flavoured Markdown, in a paragraph or a table cell: output/markdown-text.ts's
 * markdownInline (the report's escaper too), with line breaks as <br>.
 */
export function mdText(s: string): string {
  return markdownInline(s, '<br>');
}

/** An id or path in code style; ids are letters, digits, ".", "_" and "-", but anything with a backtick falls back to escaped text. */
export function mdCode(s: string): string {
  return /^[A-Za-z0-9_.\-/ :=+<>]*$/.test(s) && s.length > 0 ? `\`${s}\`` : mdText(s);
}

/** A value for a Markdown cell. */
export function mdValue(v: Json | undefined): string {
  return v === undefined ? '*(none)*' : mdText(showValue(v));
}
