// Rewrite a format-1 case to format 2, in place, as text: only the lines that
// change are touched, so comments, blank lines, quoting and key order stay as
// the author wrote them (yaml@2 finds where things are; its nodes carry source
// ranges). Pure: text in, text out.
//
// What migration rewrites (docs/format.md, "Format versions"):
//  - the version line, `warrant: 1` to `warrant: 2`;
//  - each reviewer who does not say what they reviewed gets
//    `reviewed: whole-case`: format 1 reads such a reviewer as having reviewed
//    the whole case, format 2 as having a scope nobody stated. Writing the old
//    reading out keeps every finding as it was, and shows the author what to
//    narrow (a comment above `reviewers:` says so).
// Format 2 renames nothing, so module files never change.
import { type Document, isMap, isScalar, isSeq, type Pair, parseDocument, type YAMLMap } from 'yaml';
import { FORMAT_VERSION } from '../model/schema.js';
import { WHOLE_CASE } from '../model/vocab.js';

export class MigrateError extends Error {}

export interface Migration {
  /** The root file's new text (the same text when there was nothing to change). */
  text: string;
  /** What changed, one line each, in file order. */
  changes: string[];
  /** The version the file declared. */
  from: number;
}

/** The comment written above `reviewers:` when reviewers were given the whole case. */
export const SCOPE_COMMENT = [
  '# warrant migrate: format 1 read reviewers who state no scope as reviewing the whole case.',
  '# Narrow each `reviewed` to the risks, claims or evidence they reviewed, and add `independent_of`.',
];

interface Splice {
  at: number;
  text: string;
  end?: number;
}

/** The root file's text in format 2. A file already in format 2 comes back unchanged, with no changes. */
export function migrateRootText(text: string, file: string): Migration {
  if (!text.includes('\r\n')) return migrateLf(text, file);
  const m = migrateLf(text.replace(/\r\n/g, '\n'), file);
  return { ...m, text: m.text.replace(/\r?\n/g, '\r\n') };
}

function migrateLf(text: string, file: string): Migration {
  const doc = parse(text, file);
  const root = doc.contents;
  if (!isMap(root)) throw new MigrateError(`${file} does not hold a mapping at the top level.`);
  const version = pairOf(root, 'warrant');
  const declared = version && isScalar(version.value) ? version.value.value : undefined;
  if (declared === FORMAT_VERSION) return { text, changes: [], from: FORMAT_VERSION };
  if (declared !== 1 || !version?.value)
    throw new MigrateError(`${file} declares format ${JSON.stringify(declared)}; only format 1 can be migrated.`);
  const [vs, ve] = rangeOf(version.value);
  const splices: Splice[] = [{ at: vs, end: ve, text: String(FORMAT_VERSION) }];
  const changes = [`warrant: 1 -> ${FORMAT_VERSION}`];
  const scoped = reviewerScopes(text, root);
  splices.push(...scoped.splices);
  changes.push(...scoped.changes);
  return { text: apply(text, splices), changes, from: 1 };
}

/** `reviewed: whole-case` for every reviewer without `reviewed`, and the comment above `reviewers:`. */
function reviewerScopes(text: string, root: YAMLMap): { splices: Splice[]; changes: string[] } {
  const header = pairOf(root, 'case')?.value;
  const reviewers = isMap(header) ? pairOf(header, 'reviewers') : undefined;
  if (!reviewers || !isSeq(reviewers.value)) return { splices: [], changes: [] };
  const splices: Splice[] = [];
  const changes: string[] = [];
  for (const item of reviewers.value.items) {
    if (!isMap(item) || pairOf(item, 'reviewed') || item.items.length === 0) continue;
    splices.push(item.flow ? flowField(item) : blockField(text, item));
    const name = pairOf(item, 'name')?.value;
    changes.push(`reviewer ${isScalar(name) ? String(name.value) : '?'}: reviewed: ${WHOLE_CASE}`);
  }
  if (splices.length && isMap(header) && !header.flow) {
    const at = lineStart(text, rangeOf(reviewers.key)[0]);
    const indent = ' '.repeat(rangeOf(reviewers.key)[0] - at);
    splices.push({ at, text: SCOPE_COMMENT.map((l) => `${indent}${l}\n`).join('') });
  }
  return { splices, changes };
}

/** `, reviewed: whole-case` after the last field of a flow mapping ({ name: ..., external: true }). */
function flowField(map: YAMLMap): Splice {
  const last = map.items[map.items.length - 1] as Pair;
  const end = rangeOf(last.value ?? last.key)[1];
  return { at: end, text: `, reviewed: ${WHOLE_CASE}` };
}

/** A `reviewed: whole-case` line after the last field of a block mapping, at its keys' indentation. */
function blockField(text: string, map: YAMLMap): Splice {
  const first = rangeOf((map.items[0] as Pair).key)[0];
  const indent = ' '.repeat(first - lineStart(text, first));
  const last = map.items[map.items.length - 1] as Pair;
  const at = lineEndAfter(text, rangeOf(last.value ?? last.key)[1]);
  const newline = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
  return { at, text: `${newline}${indent}reviewed: ${WHOLE_CASE}\n` };
}

function parse(text: string, file: string): Document.Parsed {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) throw new MigrateError(`${file} is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  return doc;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
}

function rangeOf(node: unknown): [number, number, number] {
  const r = (node as { range?: [number, number, number] }).range;
  if (!r) throw new MigrateError('internal: a YAML node without a source range');
  return r;
}

/** Offset of the start of the line holding `at`. */
function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Offset just past the newline ending the line holding `at - 1` (or the text's end). */
function lineEndAfter(text: string, at: number): number {
  if (at > 0 && text[at - 1] === '\n') return at;
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}

/** Apply splices made against the same text; insertions at one offset keep the order given. */
function apply(text: string, splices: Splice[]): string {
  const ordered = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  let out = '';
  let cursor = 0;
  for (const s of ordered) {
    if (s.at < cursor) throw new MigrateError('internal: overlapping edits; nothing was written.');
    out += text.slice(cursor, s.at) + s.text;
    cursor = s.end ?? s.at;
  }
  return out + text.slice(cursor);
}
