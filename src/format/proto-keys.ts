// The entries zod's records do not see. A YAML mapping key `__proto__` is an
// own property of the parsed object (js-yaml defines it rather than setting
// the prototype), but zod's record skips that one key so as not to set its
// output's prototype. The loader keeps the parsed data, not zod's copy, so an
// entry zod skipped would reach the case unvalidated. This walks the data
// along the schema and validates each `__proto__` entry of a record as zod
// validates every other: its key with the record's key schema, its value with
// the value schema, giving the issues zod would have given.
import type { z } from 'zod';
import type { PathPart } from '../model/loc.js';
import { type Def, defOf, isObject } from './zod-def.js';

type Issue = z.ZodError['issues'][number];

const HIDDEN = '__proto__';

/** The schemas a value of `s` is checked against next: wrappers and unions are looked through. */
function children(d: Def): z.ZodType[] {
  if (d.type === 'object') return Object.values(d.shape ?? {});
  if (d.type === 'union') return d.options ?? [];
  if (d.type === 'tuple') return d.items ?? [];
  const one = d.innerType ?? d.element ?? d.valueType ?? d.in;
  return one ? [one] : [];
}

const holdsRecord = new WeakMap<z.ZodType, boolean>();

/** Whether a value of `s` can hold a record anywhere: the walk skips what cannot (most of a case). */
function mayHoldRecord(s: z.ZodType): boolean {
  const known = holdsRecord.get(s);
  if (known !== undefined) return known;
  holdsRecord.set(s, false); // a schema that refers to itself ends here
  const d = defOf(s);
  const holds = d.type === 'record' || children(d).some(mayHoldRecord);
  holdsRecord.set(s, holds);
  return holds;
}

const recordFields = new WeakMap<z.ZodType, [string, z.ZodType][]>();

/** The fields of an object schema whose values can hold a record: the only ones the walk enters. */
function fieldsHoldingRecords(s: z.ZodType, d: Def): [string, z.ZodType][] {
  let fields = recordFields.get(s);
  if (!fields) {
    fields = Object.entries(d.shape ?? {}).filter(([, field]) => mayHoldRecord(field));
    recordFields.set(s, fields);
  }
  return fields;
}

/** The issues zod would give for the `__proto__` entries of every record in `data`; none for most data. */
export function protoKeyIssues(schema: z.ZodType, data: unknown): Issue[] {
  const out: Issue[] = [];
  walk(schema, data, [], out);
  return out;
}

/** Walk `v` (at `path`, a stack the walk pushes on and pops: copied only into an issue) along `s`. */
function walk(s: z.ZodType, v: unknown, path: PathPart[], out: Issue[]): void {
  if (!mayHoldRecord(s) || typeof v !== 'object' || v === null) return;
  const d = defOf(s);
  switch (d.type) {
    case 'object':
      if (isObject(v))
        for (const [k, field] of fieldsHoldingRecords(s, d)) if (Object.hasOwn(v, k)) step(field, v[k], k, path, out);
      return;
    case 'record':
      if (isObject(v)) record(d, v, path, out);
      return;
    case 'array':
      if (Array.isArray(v) && d.element) for (let i = 0; i < v.length; i++) step(d.element, v[i], i, path, out);
      return;
    case 'tuple':
      if (Array.isArray(v)) for (const [i, item] of (d.items ?? []).entries()) step(item, v[i], i, path, out);
      return;
    case 'union':
      for (const option of unionOptions(d, v)) walk(option, v, path, out);
      return;
    default:
      for (const inner of children(d)) walk(inner, v, path, out);
  }
}

/** The options of a union that describe `v`: the one its discriminator names, or every option. */
function unionOptions(d: Def, v: unknown): z.ZodType[] {
  const options = d.options ?? [];
  const tag = d.discriminator;
  if (!tag) return options;
  const value = isObject(v) && Object.hasOwn(v, tag) ? v[tag] : undefined;
  return options.filter((o) => {
    const field = defOf(o).shape?.[tag];
    const values = field ? (defOf(field) as { values?: unknown[] }).values : undefined;
    return values?.includes(value) ?? false;
  });
}

function step(s: z.ZodType, v: unknown, part: PathPart, path: PathPart[], out: Issue[]): void {
  if (!mayHoldRecord(s) || typeof v !== 'object' || v === null) return;
  path.push(part);
  walk(s, v, path, out);
  path.pop();
}

function record(d: Def, v: Record<string, unknown>, path: PathPart[], out: Issue[]): void {
  const { keyType, valueType } = d;
  if (!keyType || !valueType) return;
  // zod checked every entry but a `__proto__` one: that one is checked here (and, with a refused key, no deeper).
  const hiddenKeyValid =
    !Object.hasOwn(v, HIDDEN) || hiddenEntryValid(keyType, valueType, v[HIDDEN], [...path, HIDDEN], out);
  if (!mayHoldRecord(valueType)) return;
  for (const k of Object.keys(v)) if (k !== HIDDEN || hiddenKeyValid) step(valueType, v[k], k, path, out);
}

/** Validate a `__proto__` entry as zod validates the others; false if its key is refused (its value is not looked at). */
function hiddenEntryValid(
  keyType: z.ZodType,
  valueType: z.ZodType,
  value: unknown,
  at: PathPart[],
  out: Issue[],
): boolean {
  const key = keyType.safeParse(HIDDEN);
  if (!key.success) {
    out.push({
      code: 'invalid_key',
      origin: 'record',
      issues: key.error.issues,
      input: HIDDEN,
      path: at,
      message: 'Invalid key in record',
    } as Issue);
    return false;
  }
  const r = valueType.safeParse(value);
  if (!r.success) for (const issue of r.error.issues) out.push({ ...issue, path: [...at, ...issue.path] } as Issue);
  return true;
}
