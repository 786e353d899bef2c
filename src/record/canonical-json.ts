// RFC 8785 JSON Canonicalization Scheme (JCS): one byte string per JSON value,
// so a revision, a review event or a decision record hashes and signs the same
// wherever it is computed (CLI, server, browser). Written here rather than
// pinned: `canonicalize` 5 needs Node 22, and the scheme is short.
//
// JCS is ECMAScript's own JSON serialisation with two constraints, which is
// why JSON.stringify does the leaves: numbers print as Number#toString does
// (RFC 8785 section 3.2.2.3), strings escape exactly as JSON.stringify escapes
// them (3.2.2.2), and object members are sorted by their names' UTF-16 code
// units (3.2.3), which is how Array#sort compares strings.

/** A value that canonical JSON cannot represent: says where, as a JSON pointer. */
export class CanonicalJsonError extends Error {
  constructor(
    readonly pointer: string,
    reason: string,
  ) {
    super(`${pointer || '/'}: ${reason}`);
    this.name = 'CanonicalJsonError';
  }
}

/** The RFC 8785 canonical form of a JSON value (plain objects, arrays, strings, finite numbers, booleans, null). */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, '', out);
  return out.join('');
}

function write(value: unknown, pointer: string, out: string[]): void {
  if (value === null || typeof value === 'boolean') out.push(String(value));
  else if (typeof value === 'number') out.push(numberText(value, pointer));
  else if (typeof value === 'string') out.push(stringText(value, pointer));
  else if (Array.isArray(value)) writeArray(value, pointer, out);
  else if (isPlainObject(value)) writeObject(value, pointer, out);
  else throw new CanonicalJsonError(pointer, `${describe(value)} is not a JSON value`);
}

function writeArray(items: readonly unknown[], pointer: string, out: string[]): void {
  out.push('[');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.push(',');
    const item = items[i];
    // JSON.stringify would write null for a hole or undefined; a hash must not guess.
    if (item === undefined) throw new CanonicalJsonError(`${pointer}/${i}`, 'undefined is not a JSON value');
    write(item, `${pointer}/${i}`, out);
  }
  out.push(']');
}

function writeObject(object: object, pointer: string, out: string[]): void {
  // Members whose value is undefined are absent, as in JSON.stringify: an optional field left unset.
  const entries = Object.entries(object).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  out.push('{');
  entries.forEach(([key, v], i) => {
    if (i > 0) out.push(',');
    const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    out.push(stringText(key, at), ':');
    write(v, at, out);
  });
  out.push('}');
}

function numberText(n: number, pointer: string): string {
  if (!Number.isFinite(n)) throw new CanonicalJsonError(pointer, `${n} is not a JSON number`);
  // JSON.stringify(-0) is "0", as section 3.2.2.3 requires.
  return JSON.stringify(n);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringText(s: string, pointer: string): string {
  // I-JSON (RFC 7493), which JCS requires, has no lone surrogates: refuse, never escape them silently.
  if (LONE_SURROGATE.test(s)) throw new CanonicalJsonError(pointer, 'string holds a lone UTF-16 surrogate');
  return JSON.stringify(s);
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null) return `an object of class ${value.constructor?.name ?? '?'}`;
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}
