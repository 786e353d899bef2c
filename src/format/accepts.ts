// A fast yes for valid files. zod's safeParse builds a full copy of the data
// and a result object per value; on a case of 10,000 nodes that was about a
// tenth of `warrant check`, mostly spent proving that a valid file is valid.
// `accepts` compiles a zod schema once into plain predicates that only say
// yes or no, allocate nothing, and say no to anything they do not model
// exactly (a refinement, a transform, an unknown check): a no sends the file
// to zod, whose issues make the diagnostics. So a yes is only ever given where
// zod would succeed, and the diagnostics do not change.
import type { z } from 'zod';
import { type CheckDef, type Def, defOf, isObject } from './zod-def.js';

type Accept = (v: unknown) => boolean;

const NO: Accept = () => false;
const compiled = new WeakMap<z.ZodType, Accept>();

/** True only if zod would accept `data` against `schema` with no issue. */
export function accepts(schema: z.ZodType, data: unknown): boolean {
  return compile(schema)(data);
}

function compile(schema: z.ZodType): Accept {
  let f = compiled.get(schema);
  if (!f) {
    // A placeholder first, so that a schema that refers to itself ends, saying no.
    compiled.set(schema, NO);
    f = withChecks(defOf(schema), base(defOf(schema)));
    compiled.set(schema, f);
  }
  return f;
}

/** An object as YAML and JSON make them; zod's records refuse some others (class instances). */
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (!isObject(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** The predicate for the type alone, before its checks. */
function base(d: Def): Accept {
  switch (d.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'unknown':
    case 'any':
      return () => true;
    case 'literal':
    case 'enum': {
      const allowed = new Set(d.type === 'literal' ? d.values : Object.values(d.entries ?? {}));
      return (v) => allowed.has(v);
    }
    case 'optional':
      return d.innerType ? orElse(undefined, compile(d.innerType)) : NO;
    case 'nullable':
      return d.innerType ? orElse(null, compile(d.innerType)) : NO;
    case 'array':
      return d.element ? arrayOf(compile(d.element)) : NO;
    case 'tuple':
      return tuple(d);
    case 'record':
      return record(d);
    case 'object':
      return object(d);
    case 'union':
      return union(d);
    default:
      return NO;
  }
}

/**
 * A value is accepted when one option accepts it. A discriminated union goes
 * straight to the option its discriminator names (zod requires those to differ).
 */
function union(d: Def): Accept {
  const options = (d.options ?? []).map(compile);
  const byTag = d.discriminator ? optionsByTag(d.discriminator, d.options ?? [], options) : undefined;
  if (!byTag) return (v) => options.some((o) => o(v));
  const tag = d.discriminator as string;
  return (v) => {
    if (!isObject(v)) return false;
    const option = byTag.get(v[tag]);
    return option?.(v) === true;
  };
}

/** Each option's predicate under the literal values of its discriminator; undefined if one has none or two share one. */
function optionsByTag(tag: string, schemas: z.ZodType[], options: Accept[]): Map<unknown, Accept> | undefined {
  const byTag = new Map<unknown, Accept>();
  for (let i = 0; i < schemas.length; i++) {
    const field = defOf(schemas[i] as z.ZodType).shape?.[tag];
    const values = field && defOf(field).type === 'literal' ? defOf(field).values : undefined;
    if (!values?.length) return undefined;
    for (const value of values) {
      if (byTag.has(value)) return undefined;
      byTag.set(value, options[i] as Accept);
    }
  }
  return byTag;
}

function orElse(empty: undefined | null, inner: Accept): Accept {
  return (v) => v === empty || inner(v);
}

function arrayOf(element: Accept): Accept {
  return (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
    return true;
  };
}

function tuple(d: Def): Accept {
  const items = (d.items ?? []).map(compile);
  // Optional items and a rest element change the lengths zod allows: leave those to zod.
  if (d.rest || (d.items ?? []).some((i) => defOf(i).type === 'optional')) return NO;
  return (v) => Array.isArray(v) && v.length === items.length && items.every((f, i) => f(v[i]));
}

function record(d: Def): Accept {
  // A record keyed by an enum or a literal must have every key: leave those to zod.
  if (!d.keyType || !d.valueType || defOf(d.keyType).type !== 'string') return NO;
  const key = compile(d.keyType);
  const value = compile(d.valueType);
  return (v) => {
    if (!isPlain(v)) return false;
    for (const k in v) if (Object.hasOwn(v, k) && (!key(k) || !value(v[k]))) return false;
    return true;
  };
}

function object(d: Def): Accept {
  const shape = d.shape ?? {};
  const names = Object.keys(shape);
  const fields = names.map((n) => compile(shape[n] as z.ZodType));
  const strict = d.catchall !== undefined;
  // A catchall other than never (z.strictObject) types the extra keys: leave that to zod.
  if (strict && defOf(d.catchall as z.ZodType).type !== 'never') return NO;
  const known = new Set(names);
  return (v) => {
    if (!isObject(v)) return false;
    let present = 0;
    for (let i = 0; i < names.length; i++) {
      const x = v[names[i] as string];
      if (x !== undefined) present++;
      if (!(fields[i] as Accept)(x)) return false;
    }
    if (!strict) return true;
    // Every own key must be a field of the shape. Counting them is enough when each was a defined
    // field; when not (an unknown key, or a field set to undefined), look at each.
    let own = 0;
    for (const k in v) if (Object.hasOwn(v, k)) own++;
    if (own === present) return true;
    for (const k in v) if (Object.hasOwn(v, k) && !known.has(k)) return false;
    return true;
  };
}

/** The type's predicate and then each of its checks; a check not modelled here makes it say no. */
function withChecks(d: Def, type: Accept): Accept {
  const checks = (d.checks ?? []).map((c) => check(c._zod.def));
  if (checks.length === 0) return type;
  return (v) => {
    if (!type(v)) return false;
    for (let i = 0; i < checks.length; i++) if (!(checks[i] as Accept)(v)) return false;
    return true;
  };
}

function check(c: CheckDef): Accept {
  const n = (v: unknown) => v as number;
  switch (c.check) {
    case 'min_length':
      return (v) => (v as { length: number }).length >= (c.minimum as number);
    case 'max_length':
      return (v) => (v as { length: number }).length <= (c.maximum as number);
    case 'greater_than':
      return c.inclusive ? (v) => n(v) >= (c.value as number) : (v) => n(v) > (c.value as number);
    case 'less_than':
      return c.inclusive ? (v) => n(v) <= (c.value as number) : (v) => n(v) < (c.value as number);
    case 'number_format':
      return c.format === 'safeint' ? (v) => Number.isSafeInteger(v) : NO;
    case 'string_format': {
      const pattern = c.format === 'regex' ? c.pattern : undefined;
      if (!pattern) return NO;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    default:
      return NO;
  }
}
