// A fast yes for valid files. zod's safeParse builds a full copy of the data
// and a result object per value; on a case of 10,000 nodes that was about a
// tenth of `warrant check`, mostly spent proving that a valid file is valid.
// `describeSchemas` reads zod schemas once into a table of shapes
// (src/format/shape.ts), whose predicates only say yes or no, allocate
// nothing, and say no to anything they do not model exactly (a refinement, a
// transform, an unknown check): a no sends the file to zod, whose issues make
// the diagnostics. So a yes is only ever given where zod would succeed, and
// the diagnostics do not change.
import type { z } from 'zod';
import { type Literal, type Shape, type ShapeCheck, ShapeCompiler } from './shape.js';
import { type CheckDef, type Def, defOf } from './zod-def.js';

const accepting = new WeakMap<z.ZodType, (v: unknown) => boolean>();

/** True only if zod would accept `data` against `schema` with no issue. */
export function accepts(schema: z.ZodType, data: unknown): boolean {
  let f = accepting.get(schema);
  if (!f) {
    const { table, roots } = describeSchemas({ schema });
    f = new ShapeCompiler(table).accept(roots.schema as number);
    accepting.set(schema, f);
  }
  return f(data);
}

/** The shapes of `schemas` in one table (a schema used in many places is one entry), and each one's index. */
export function describeSchemas<K extends string>(
  schemas: Record<K, z.ZodType>,
): { table: Shape[]; roots: Record<K, number> } {
  const d = new Describer();
  const roots = {} as Record<K, number>;
  for (const k of Object.keys(schemas) as K[]) roots[k] = d.index(schemas[k]);
  return { table: d.table, roots };
}

const NO: Shape = { type: 'no' };

class Describer {
  readonly table: Shape[] = [];
  private readonly indexOf = new Map<z.ZodType, number>();

  index(schema: z.ZodType): number {
    let i = this.indexOf.get(schema);
    if (i === undefined) {
      // The slot first (saying no), so that a schema that refers to itself ends.
      i = this.table.push(NO) - 1;
      this.indexOf.set(schema, i);
      this.table[i] = withChecks(defOf(schema), this.base(defOf(schema)));
    }
    return i;
  }

  /** The shape of the type alone, before its checks. */
  private base(d: Def): Shape {
    switch (d.type) {
      case 'string':
      case 'number':
      case 'boolean':
        return { type: d.type };
      case 'unknown':
      case 'any':
        return { type: 'any' };
      case 'literal':
      case 'enum':
        return oneOf(d.type === 'literal' ? (d.values ?? []) : Object.values(d.entries ?? {}));
      case 'optional':
      case 'nullable':
      case 'array': {
        const inner = d.type === 'array' ? d.element : d.innerType;
        return inner ? { type: d.type, of: this.index(inner) } : NO;
      }
      case 'tuple':
        return this.tuple(d);
      case 'record':
        return this.record(d);
      case 'object':
        return this.object(d);
      case 'union':
        return this.union(d);
      default:
        return NO;
    }
  }

  private tuple(d: Def): Shape {
    // Optional items and a rest element change the lengths zod allows: leave those to zod.
    if (d.rest || (d.items ?? []).some((i) => defOf(i).type === 'optional')) return NO;
    return { type: 'tuple', items: (d.items ?? []).map((i) => this.index(i)) };
  }

  private record(d: Def): Shape {
    // A record keyed by an enum or a literal must have every key: leave those to zod.
    if (!d.keyType || !d.valueType || defOf(d.keyType).type !== 'string') return NO;
    return { type: 'record', key: this.index(d.keyType), value: this.index(d.valueType) };
  }

  private object(d: Def): Shape {
    const strict = d.catchall !== undefined;
    // A catchall other than never (z.strictObject) types the extra keys: leave that to zod.
    if (strict && defOf(d.catchall as z.ZodType).type !== 'never') return NO;
    const fields = Object.entries(d.shape ?? {}).map(([name, s]): [string, number] => [name, this.index(s)]);
    return { type: 'object', fields, strict };
  }

  /** A discriminated union goes straight to the option its discriminator names (zod requires those to differ). */
  private union(d: Def): Shape {
    const schemas = d.options ?? [];
    const options = schemas.map((o) => this.index(o));
    const tags = d.discriminator ? tagsOf(d.discriminator, schemas, options) : undefined;
    return tags ? { type: 'tagged', tag: d.discriminator as string, options: tags } : { type: 'union', options };
  }
}

/** A JSON literal, the only values a shape can list. */
const isLiteral = (v: unknown): v is Literal =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

function oneOf(values: unknown[]): Shape {
  return values.every(isLiteral) ? { type: 'one_of', values: [...new Set(values)] } : NO;
}

/** Each option under the literal values of its discriminator; undefined if one has none or two share one. */
function tagsOf(tag: string, schemas: z.ZodType[], options: number[]): [Literal, number][] | undefined {
  const byTag = new Map<unknown, number>();
  for (let i = 0; i < schemas.length; i++) {
    const field = defOf(schemas[i] as z.ZodType).shape?.[tag];
    const values = field && defOf(field).type === 'literal' ? defOf(field).values : undefined;
    if (!values?.length || !values.every(isLiteral)) return undefined;
    for (const value of values) {
      if (byTag.has(value)) return undefined;
      byTag.set(value, options[i] as number);
    }
  }
  return [...byTag] as [Literal, number][];
}

/** The type's shape with its checks; a check not modelled here makes it no. */
function withChecks(d: Def, type: Shape): Shape {
  if (type.type === 'no' || !d.checks?.length) return type;
  const checks: ShapeCheck[] = [];
  for (const c of d.checks) {
    const check = checkOf(c._zod.def);
    if (!check) return NO;
    checks.push(check);
  }
  return { ...type, checks };
}

function checkOf(c: CheckDef): ShapeCheck | undefined {
  const bound = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);
  switch (c.check) {
    case 'min_length':
    case 'max_length': {
      const n = bound(c.check === 'min_length' ? c.minimum : c.maximum);
      return n === undefined ? undefined : { check: c.check, n };
    }
    case 'greater_than':
    case 'less_than': {
      const n = bound(c.value);
      if (n === undefined) return undefined;
      if (c.check === 'greater_than') return { check: c.inclusive ? 'at_least' : 'more_than', n };
      return { check: c.inclusive ? 'at_most' : 'less_than', n };
    }
    case 'number_format':
      return c.format === 'safeint' ? { check: 'safeint' } : undefined;
    case 'string_format':
      return c.format === 'regex' && c.pattern
        ? { check: 'pattern', source: c.pattern.source, flags: c.pattern.flags }
        : undefined;
    default:
      return undefined;
  }
}
