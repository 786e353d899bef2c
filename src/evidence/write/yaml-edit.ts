// Edit a case file's text in place: add or update one evidence item, add an
// include. Only the lines that change are rewritten; every other byte of the
// file (comments, blank lines, quoting, folded text, key order) stays as the
// author wrote it. yaml@2 parses the file to find where things are (its nodes
// carry source ranges); new text is written in Warrant's canonical style
// (serialize.ts). Pure: text in, text out.
import { type Document, isMap, isPair, isScalar, isSeq, type Pair, parseDocument, type YAMLMap } from 'yaml';
import { stringifyBlock } from './serialize.js';

export class EditError extends Error {}

/** Offset of the start of the line holding `at`. */
export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Offset just past the newline ending the line holding `at - 1` (or the text's end). */
export function lineEndAfter(text: string, at: number): number {
  if (at > 0 && text[at - 1] === '\n') return at;
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}

export function parse(text: string, file: string): Document.Parsed {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: true });
  if (doc.errors.length) throw new EditError(`${file} is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  return doc;
}

export function rangeOf(node: unknown): [number, number, number] {
  const r = (node as { range?: [number, number, number] }).range;
  if (!r) throw new EditError('internal: a YAML node without a source range');
  return r;
}

export function keyOf(p: Pair): string {
  return isScalar(p.key) ? String(p.key.value) : String(p.key);
}

/** The span of a block-map pair: from its key's line start to the end of the line its value ends on. */
function pairSpan(text: string, p: Pair): [number, number] {
  const start = lineStart(text, rangeOf(p.key)[0]);
  const valueEnd = p.value ? rangeOf(p.value)[1] : rangeOf(p.key)[1];
  return [start, lineEndAfter(text, valueEnd)];
}

/** Column of a block map's keys. */
export function indentOf(text: string, map: YAMLMap): number {
  const first = map.items[0];
  if (!first) return 0;
  const k = rangeOf(first.key)[0];
  return k - lineStart(text, k);
}

export function ensureNewline(text: string): string {
  return text.length === 0 || text.endsWith('\n') ? text : `${text}\n`;
}

export interface Splice {
  at: number;
  end: number;
  text: string;
}

/**
 * Apply splices made against the same text, from the start: spans replaced or
 * removed never overlap; insertions at one offset land before a span that
 * starts there, in the order given.
 */
export function apply(text: string, splices: Splice[]): string {
  const ordered = splices
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => a.at - b.at || (a.end - a.at === 0 ? 0 : 1) - (b.end - b.at === 0 ? 0 : 1) || a.i - b.i);
  let out = '';
  let cursor = 0;
  for (const s of ordered) {
    if (s.at < cursor)
      throw new EditError('internal: overlapping edits; nothing was written. Please report this with the file.');
    out += text.slice(cursor, s.at) + s.text;
    cursor = s.end;
  }
  return out + text.slice(cursor);
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The text of `file` with evidence item `id` set to `item`. A new item is
 * appended to the `evidence:` map (created at the end of the file if absent);
 * an existing item is updated field by field: a field whose value is
 * unchanged keeps its text (and comments), a changed one is rewritten in
 * place, a new one is inserted after the field that precedes it in `item`'s
 * key order, and a field `item` no longer has is removed.
 */
export function setEvidenceItem(text: string, file: string, id: string, item: Record<string, unknown>): string {
  return withLineEndings(text, (t) => setItemLf(t, file, id, item));
}

function setItemLf(text: string, file: string, id: string, item: Record<string, unknown>): string {
  const doc = parse(text, file);
  const root = doc.contents;
  if (root !== null && !isMap(root)) throw new EditError(`${file} does not hold a mapping at the top level.`);
  if (root?.flow)
    throw new EditError(`${file} is written as one flow mapping ({ ... }); write it in block style to import into it.`);
  const evPair = root?.items.find((p) => keyOf(p) === 'evidence');
  const body = ensureNewline(text);
  if (!evPair) {
    return `${body}${body.length && !body.endsWith('\n\n') ? '\n' : ''}evidence:\n${stringifyBlock({ [id]: item }, 2)}`;
  }
  const ev = evPair.value;
  if (ev === null || (isScalar(ev) && ev.value === null)) {
    // `evidence:` with nothing under it: put the item right below the key.
    const at = lineEndAfter(text, rangeOf(evPair.key)[1]);
    return apply(ensureNewline(text), [{ at, end: at, text: stringifyBlock({ [id]: item }, 2) }]);
  }
  if (!isMap(ev)) throw new EditError(`${file}: \`evidence:\` is not a mapping of ids to items.`);
  if (ev.flow) {
    if (ev.items.length)
      throw new EditError(
        `${file}: \`evidence:\` is written as a flow mapping ({ ... }); write it in block style to import into it.`,
      );
    const [s, e] = rangeOf(ev);
    const lineEnd = lineEndAfter(text, e);
    return apply(ensureNewline(text), [
      { at: s - (text[s - 1] === ' ' ? 1 : 0), end: lineEnd, text: `\n${stringifyBlock({ [id]: item }, 2)}` },
    ]);
  }
  const indent = indentOf(text, ev);
  const existing = ev.items.find((p) => keyOf(p) === id);
  if (!existing) {
    const last = ev.items[ev.items.length - 1]!;
    const [, end] = pairSpan(text, last);
    const src = ensureNewline(text);
    return apply(src, [
      {
        at: end,
        end,
        text: `${end > 0 && src[end - 2] !== '\n' && ev.items.length ? '\n' : ''}${stringifyBlock({ [id]: item }, indent)}`,
      },
    ]);
  }
  const value = existing.value;
  if (!isMap(value) || value.flow) {
    // A flow-style item ({ ... }) is rewritten whole.
    const [s, e] = pairSpan(text, existing);
    return apply(text, [{ at: s, end: e, text: stringifyBlock({ [id]: item }, indent) }]);
  }
  return apply(ensureNewline(text), updateMap(ensureNewline(text), value, item));
}

/** Splices that turn block map `map` into `next`, touching only the fields that differ. */
function updateMap(text: string, map: YAMLMap, next: Record<string, unknown>): Splice[] {
  const indent = indentOf(text, map);
  const pairs = new Map<string, Pair>();
  for (const p of map.items) if (isPair(p)) pairs.set(keyOf(p), p as Pair);
  const splices: Splice[] = [];
  let insertAt = lineStart(text, rangeOf(map.items[0]!.key)[0]);
  const present = Object.entries(next).filter(([, v]) => v !== undefined);
  for (const [k, v] of present) {
    const p = pairs.get(k);
    if (p) {
      const span = pairSpan(text, p);
      const old =
        p.value && typeof (p.value as { toJSON?: unknown }).toJSON === 'function'
          ? (p.value as { toJSON(): unknown }).toJSON()
          : ((p.value as { value?: unknown } | null)?.value ?? null);
      if (!deepEqual(old, v)) splices.push({ at: span[0], end: span[1], text: stringifyBlock({ [k]: v }, indent) });
      insertAt = span[1];
    } else {
      splices.push({ at: insertAt, end: insertAt, text: stringifyBlock({ [k]: v }, indent) });
    }
  }
  for (const [k, p] of pairs) {
    if (Object.hasOwn(next, k) && next[k] !== undefined) continue;
    const [s, e] = pairSpan(text, p);
    splices.push({ at: s, end: e, text: '' });
  }
  return splices;
}

/**
 * The text of a root file with `include` added to its `includes:` list, or
 * unchanged when it is already there. A missing list is created before the
 * first of `risks:`, `argument:` or `evidence:`, or at the end of the file.
 */
export function addInclude(text: string, file: string, include: string): string {
  return withLineEndings(text, (t) => addIncludeLf(t, file, include));
}

function addIncludeLf(text: string, file: string, include: string): string {
  const doc = parse(text, file);
  const root = doc.contents;
  if (!isMap(root)) throw new EditError(`${file} does not hold a mapping at the top level.`);
  const pair = root.items.find((p) => keyOf(p) === 'includes');
  const entry = stringifyBlock([include], 2, false);
  if (!pair) {
    const before = root.items.find((p) => ['risks', 'argument', 'evidence'].includes(keyOf(p)));
    const block = `includes:\n${entry}`;
    if (before) {
      const at = lineStart(text, rangeOf(before.key)[0]);
      // Keep comments written above that key with it.
      let start = at;
      for (;;) {
        const prev = lineStart(text, start - 1);
        if (start === 0 || !/^\s*#/.test(text.slice(prev, start))) break;
        start = prev;
      }
      return apply(text, [{ at: start, end: start, text: `${block}\n` }]);
    }
    const body = ensureNewline(text);
    return `${body}${body.endsWith('\n\n') ? '' : '\n'}${block}`;
  }
  const list = pair.value;
  if (list === null || (isScalar(list) && list.value === null)) {
    const at = lineEndAfter(text, rangeOf(pair.key)[1]);
    return apply(ensureNewline(text), [{ at, end: at, text: entry }]);
  }
  if (!isSeq(list)) throw new EditError(`${file}: \`includes:\` is not a list.`);
  if (list.items.some((i) => isScalar(i) && i.value === include)) return text;
  if (list.flow) {
    const last = list.items[list.items.length - 1];
    if (!last) {
      const [s, e] = rangeOf(list);
      return apply(text, [{ at: s, end: e, text: `[${stringifyScalar(include)}]` }]);
    }
    const at = rangeOf(last)[1];
    return apply(text, [{ at, end: at, text: `, ${stringifyScalar(include)}` }]);
  }
  const last = list.items[list.items.length - 1]!;
  const at = lineEndAfter(ensureNewline(text), rangeOf(last)[1]);
  const col = rangeOf(last)[0] - lineStart(text, rangeOf(last)[0]) - 2;
  return apply(ensureNewline(text), [{ at, end: at, text: stringifyBlock([include], Math.max(0, col), false) }]);
}

/** Edit a file written with CRLF line endings as LF, and give it back with CRLF. */
export function withLineEndings(text: string, edit: (lf: string) => string): string {
  if (!text.includes('\r\n')) return edit(text);
  const out = edit(text.replace(/\r\n/g, '\n'));
  return out.replace(/\r?\n/g, '\r\n');
}

export function stringifyScalar(s: string): string {
  return stringifyBlock([s], 0, false).replace(/^- /, '').trimEnd();
}
