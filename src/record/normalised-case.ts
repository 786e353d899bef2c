// The normalised case: what a case says, without where it says it. Source
// positions, file names and the module a node is written in are dropped, so
// moving a node to another file or reformatting the YAML does not change the
// digest, while any change to what the case states does. The case is digested
// part by part (a section, a node, an evidence item ...), and the record keeps
// each part's digest, so a verifier can name exactly which parts changed.
import type { Case } from '../model/case.js';
import { canonicalDigest } from './digest.js';

const LOCATION_FIELDS = new Set(['file', 'pos', 'module', 'id']);

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A loaded value as plain JSON: position trees (class instances, Maps) dropped at any depth. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || (typeof v === 'object' && v !== null && !Array.isArray(v) && !isPlain(v))) continue;
    out[k] = plain(v);
  }
  return out;
}

function content(value: object): unknown {
  return plain(Object.fromEntries(Object.entries(value).filter(([k]) => !LOCATION_FIELDS.has(k))));
}

/** Each part of the case by name ("header", "node/G1", "evidence/E1", ...), as plain JSON. */
export function caseParts(c: Case): Map<string, unknown> {
  const parts = new Map<string, unknown>([['header', plain(c.header.value)]]);
  const sections = [
    ['context', c.context],
    ['acceptability', c.acceptability],
    ['decision', c.decision],
    ['change_control', c.changeControl],
    ['publication', c.publication],
  ] as const;
  for (const [name, section] of sections) if (section) parts.set(name, plain(section.value));
  if (c.config.length)
    parts.set(
      'config',
      c.config.map((s) => s.value),
    );
  for (const [kind, map] of [
    ['node', c.nodes],
    ['evidence', c.evidence],
    ['risk', c.risks],
    ['criterion', c.criteria],
  ] as const) {
    for (const [id, item] of map) parts.set(`${kind}/${id}`, content(item));
  }
  return parts;
}

/** The SHA-256 of each part's canonical JSON, by part name, in name order. */
export function partDigests(c: Case): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of [...caseParts(c)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    out[name] = canonicalDigest(value);
  return out;
}

/** The case's digest: SHA-256 of the canonical JSON of its part digests (so it follows from them). */
export function caseDigest(parts: Record<string, string>): string {
  return canonicalDigest(parts);
}

export interface PartChange {
  readonly part: string;
  readonly change: 'changed' | 'added' | 'removed';
}

/** What differs between the part digests that were signed and the case now, by part name. */
export function changedParts(signed: Record<string, string>, now: Record<string, string>): PartChange[] {
  const names = [...new Set([...Object.keys(signed), ...Object.keys(now)])].sort();
  const out: PartChange[] = [];
  for (const part of names) {
    if (!Object.hasOwn(now, part)) out.push({ part, change: 'removed' });
    else if (!Object.hasOwn(signed, part)) out.push({ part, change: 'added' });
    else if (signed[part] !== now[part]) out.push({ part, change: 'changed' });
  }
  return out;
}
