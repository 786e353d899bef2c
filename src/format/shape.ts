// What the fast validity check knows of a schema, as plain data: a table of
// shapes (a type and the checks on it), each naming the shapes inside it by
// their index in the table. src/format/accepts.ts describes zod schemas this
// way; the file formats' table is also written out ahead of time
// (src/format/file-shapes.generated.ts, by `npm run docs`), so `warrant check`
// says yes to a valid case without loading zod, which costs more at start-up
// than the rest of checking a small case. Anything a shape cannot say exactly
// is `no`, and a no sends the file to zod (whose issues make the diagnostics).

/** A check on a value already of the shape's type; `pattern` holds a regular expression's source and flags. */
export type ShapeCheck =
  | { check: 'min_length' | 'max_length' | 'at_least' | 'more_than' | 'at_most' | 'less_than'; n: number }
  | { check: 'safeint' }
  | { check: 'pattern'; source: string; flags: string };

/** A JSON-safe literal (an enum's or literal's allowed values). */
export type Literal = string | number | boolean | null;

export type Shape = (
  | { type: 'no' | 'any' | 'string' | 'number' | 'boolean' }
  | { type: 'one_of'; values: Literal[] }
  | { type: 'optional' | 'nullable' | 'array'; of: number }
  | { type: 'tuple'; items: number[] }
  /** A record keyed by strings (`key` checks them). */
  | { type: 'record'; key: number; value: number }
  /** `strict`: no keys but the fields (z.strictObject). */
  | { type: 'object'; fields: [string, number][]; strict: boolean }
  | { type: 'union'; options: number[] }
  /** A discriminated union: the value of field `tag` picks the option. */
  | { type: 'tagged'; tag: string; options: [Literal, number][] }
) & { checks?: ShapeCheck[] };

export type Accept = (v: unknown) => boolean;

const NO: Accept = () => false;

/** True for a mapping as YAML and JSON make them; zod's records refuse some other objects (class instances). */
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Predicates over one table, each compiled once (a table may name a shape from many places). */
export class ShapeCompiler {
  private readonly compiled: (Accept | undefined)[] = [];

  constructor(private readonly table: readonly Shape[]) {}

  /** The predicate of shape `i`: yes only for values that satisfy its type and every check. */
  accept(i: number): Accept {
    let f = this.compiled[i];
    if (f === undefined) {
      const s = this.table[i];
      if (s === undefined) return NO;
      // A placeholder first, so that a table that refers to itself ends, saying no.
      this.compiled[i] = NO;
      f = withChecks(s.checks ?? [], this.base(s));
      this.compiled[i] = f;
    }
    return f;
  }

  /** The predicate for the type alone, before its checks. */
  private base(s: Shape): Accept {
    switch (s.type) {
      case 'string':
        return (v) => typeof v === 'string';
      case 'number':
        return (v) => typeof v === 'number' && Number.isFinite(v);
      case 'boolean':
        return (v) => typeof v === 'boolean';
      case 'any':
        return () => true;
      case 'one_of': {
        const allowed = new Set<unknown>(s.values);
        return (v) => allowed.has(v);
      }
      case 'optional':
        return orElse(undefined, this.accept(s.of));
      case 'nullable':
        return orElse(null, this.accept(s.of));
      case 'array':
        return arrayOf(this.accept(s.of));
      case 'tuple':
        return tuple(s.items.map((i) => this.accept(i)));
      case 'record':
        return record(this.accept(s.key), this.accept(s.value));
      case 'object':
        return object(
          s.fields.map(([name]) => name),
          s.fields.map(([, i]) => this.accept(i)),
          s.strict,
        );
      case 'union':
        return union(s.options.map((i) => this.accept(i)));
      case 'tagged':
        return tagged(s.tag, new Map(s.options.map(([value, i]) => [value, this.accept(i)])));
      default:
        return NO;
    }
  }
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

function tuple(items: Accept[]): Accept {
  return (v) => Array.isArray(v) && v.length === items.length && items.every((f, i) => f(v[i]));
}

function record(key: Accept, value: Accept): Accept {
  return (v) => {
    if (!isPlain(v)) return false;
    for (const k in v) if (Object.hasOwn(v, k) && (!key(k) || !value(v[k]))) return false;
    return true;
  };
}

function object(names: string[], fields: Accept[], strict: boolean): Accept {
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

function union(options: Accept[]): Accept {
  return (v) => options.some((o) => o(v));
}

/** A discriminated union goes straight to the option its tag names (zod requires those to differ). */
function tagged(tag: string, byTag: Map<unknown, Accept>): Accept {
  return (v) => {
    if (!isObject(v)) return false;
    return byTag.get(v[tag])?.(v) === true;
  };
}

/** The type's predicate and then each of its checks. */
function withChecks(checks: ShapeCheck[], type: Accept): Accept {
  if (checks.length === 0) return type;
  const each = checks.map(checkOf);
  return (v) => {
    if (!type(v)) return false;
    for (let i = 0; i < each.length; i++) if (!(each[i] as Accept)(v)) return false;
    return true;
  };
}

function checkOf(c: ShapeCheck): Accept {
  const len = (v: unknown) => (v as { length: number }).length;
  const num = (v: unknown) => v as number;
  switch (c.check) {
    case 'min_length':
      return (v) => len(v) >= c.n;
    case 'max_length':
      return (v) => len(v) <= c.n;
    case 'at_least':
      return (v) => num(v) >= c.n;
    case 'more_than':
      return (v) => num(v) > c.n;
    case 'at_most':
      return (v) => num(v) <= c.n;
    case 'less_than':
      return (v) => num(v) < c.n;
    case 'safeint':
      return (v) => Number.isSafeInteger(v);
    case 'pattern': {
      const pattern = new RegExp(c.source, c.flags);
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    default:
      return NO;
  }
}
