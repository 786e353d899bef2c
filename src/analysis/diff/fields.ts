// A generic, deterministic field-level diff of plain data (the case's
// sections, evidence items, node fields), with dotted paths.
import { own, setOwn } from '../../util/own.js';

/** A JSON value as the diff reports it. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** One changed field. `before` is absent for added, `after` for removed. */
export interface FieldChange {
  /** Dotted path, e.g. "context.model.build", "result.interval", "change_control.review_triggers.trg-tools.watch". */
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: Json;
  after?: Json;
}

/** Keys the loader adds to placed objects (positions, file, module): not part of what the author wrote. */
const SKIP = new Set(['pos', 'file', 'module']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The value as JSON: positions and loader bookkeeping dropped, keys sorted so equal values print equally. */
export function toJson(v: unknown): Json {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(toJson);
  if (v instanceof Map) return toJson(Object.fromEntries(v));
  if (isPlainObject(v)) {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(v).sort()) {
      if (SKIP.has(k) || v[k] === undefined) continue;
      setOwn(out, k, toJson(v[k]));
    }
    return out;
  }
  return String(v);
}

/** Canonical text of a value: equal values give equal text. */
export function canonical(v: unknown): string {
  return JSON.stringify(toJson(v));
}

/**
 * True when `a` and `b` hold the same data (keys in `skip` and the loader's
 * bookkeeping ignored; lists in order). No allocation: the fast path that
 * lets the diff pass over the unchanged majority of a large case.
 */
export function sameData(a: unknown, b: unknown, skip?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false;
  let n = 0;
  for (const k in a) {
    if (SKIP.has(k) || skip?.has(k) || a[k] === undefined) continue;
    n++;
    if (!sameData(a[k], own(b, k))) return false;
  }
  for (const k in b) {
    if (SKIP.has(k) || skip?.has(k) || b[k] === undefined) continue;
    n--;
  }
  return n === 0;
}

function isScalar(v: unknown): boolean {
  return v === null || v === undefined || typeof v !== 'object';
}

/** A key that identifies an element of a list of objects: its id, else its name, else none. */
function elementKey(v: unknown): string | undefined {
  if (!isPlainObject(v)) return undefined;
  // `what` keys a case's exclusions (out_of_scope), which have no id; `task` an evidence item's per-task results.
  for (const k of ['id', 'name', 'group', 'target', 'by', 'what', 'task']) {
    const x = v[k];
    if (typeof x === 'string' && x) return x;
  }
  return undefined;
}

function join(prefix: string, key: string | number): string {
  return prefix ? `${prefix}.${key}` : String(key);
}

/**
 * Every difference between `a` and `b`, depth first, keys in sorted order.
 *
 * - Objects: per key (added, removed, or recursed into).
 * - Lists of scalars: as a multiset, each entry added or removed
 *   (`{ path: "context.tools", change: "added", after: "browser" }`); a
 *   reordering alone is no change.
 * - Lists of objects: elements matched by `id` (else `name`, `group`, `target`,
 *   `by`, `what`, `task`) when every element has a distinct one, so a path reads
 *   `review_triggers.trg-tools.watch` or `results.wmdp-bio.value`; otherwise by position.
 * - Intervals and other pairs of numbers: compared whole (`result.interval`).
 *
 * Time O(size of a + size of b) plus sorting keys.
 */
export function diffFields(a: unknown, b: unknown, prefix = '', out: FieldChange[] = []): FieldChange[] {
  if (a === undefined && b === undefined) return out;
  if (a !== undefined && b !== undefined && sameData(a, b)) return out;
  if (a === undefined) {
    out.push({ path: prefix, change: 'added', after: toJson(b) });
    return out;
  }
  if (b === undefined) {
    out.push({ path: prefix, change: 'removed', before: toJson(a) });
    return out;
  }
  if (isScalar(a) || isScalar(b)) {
    if (a !== b) out.push({ path: prefix, change: 'changed', before: toJson(a), after: toJson(b) });
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    diffLists(a, b, prefix, out);
    return out;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !SKIP.has(k)).sort();
    // Keys are the data's: a key one side lacks is absent there, not Object.prototype's member.
    for (const k of keys) diffFields(own(a, k), own(b, k), join(prefix, k), out);
    return out;
  }
  if (canonical(a) !== canonical(b)) out.push({ path: prefix, change: 'changed', before: toJson(a), after: toJson(b) });
  return out;
}

function diffLists(a: unknown[], b: unknown[], prefix: string, out: FieldChange[]): void {
  const numberPair = (l: unknown[]) => l.length === 2 && l.every((x) => typeof x === 'number');
  if (numberPair(a) || numberPair(b)) {
    if (canonical(a) !== canonical(b))
      out.push({ path: prefix, change: 'changed', before: toJson(a), after: toJson(b) });
    return;
  }
  if (a.every(isScalar) && b.every(isScalar)) {
    // Multiset difference: what is in one and not the other, in the order written.
    const count = new Map<string, number>();
    for (const x of b) count.set(canonical(x), (count.get(canonical(x)) ?? 0) + 1);
    const removed: unknown[] = [];
    for (const x of a) {
      const k = canonical(x);
      const n = count.get(k) ?? 0;
      if (n > 0) count.set(k, n - 1);
      else removed.push(x);
    }
    const left = new Map<string, number>();
    for (const x of a) left.set(canonical(x), (left.get(canonical(x)) ?? 0) + 1);
    const added: unknown[] = [];
    for (const x of b) {
      const k = canonical(x);
      const n = left.get(k) ?? 0;
      if (n > 0) left.set(k, n - 1);
      else added.push(x);
    }
    for (const x of removed) out.push({ path: prefix, change: 'removed', before: toJson(x) });
    for (const x of added) out.push({ path: prefix, change: 'added', after: toJson(x) });
    return;
  }
  const keysA = a.map(elementKey);
  const keysB = b.map(elementKey);
  const distinct = (ks: (string | undefined)[]) => ks.every((k) => k !== undefined) && new Set(ks).size === ks.length;
  if (distinct(keysA) && distinct(keysB) && a.length + b.length > 0) {
    const byA = new Map(a.map((x, i) => [keysA[i]!, x]));
    const byB = new Map(b.map((x, i) => [keysB[i]!, x]));
    const keys = [...new Set([...byA.keys(), ...byB.keys()])].sort();
    for (const k of keys) diffFields(byA.get(k), byB.get(k), join(prefix, k), out);
    return;
  }
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diffFields(a[i], b[i], join(prefix, i), out);
}
