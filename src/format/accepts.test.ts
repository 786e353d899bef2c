import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { z } from 'zod';
import { ConfigFileSchema, ModuleFileSchema, RootFileSchema } from '../model/schema.js';
import { accepts } from './accepts.js';

/** Every YAML file under examples/, with the schema the loader holds it to. */
function exampleFiles(): { file: string; schema: z.ZodType; data: unknown }[] {
  const out: { file: string; schema: z.ZodType; data: unknown }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) {
        let data: unknown;
        try {
          data = yaml.load(fs.readFileSync(p, 'utf8'), { schema: yaml.CORE_SCHEMA });
        } catch {
          continue; // examples of broken YAML
        }
        const isObj = typeof data === 'object' && data !== null;
        const has = (k: string) => isObj && k in (data as object);
        const schema =
          e.name === '.warrant.yaml'
            ? ConfigFileSchema
            : has('warrant')
              ? RootFileSchema
              : has('module')
                ? ModuleFileSchema
                : RootFileSchema;
        out.push({ file: p, schema, data });
      }
    }
  };
  walk('examples');
  return out;
}

const files = exampleFiles();

/** Every path to a value inside `v`. */
function pathsIn(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (at.length) out.push(at);
  if (Array.isArray(v)) for (const [i, x] of v.entries()) pathsIn(x, [...at, i], out);
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) pathsIn(x, [...at, k], out);
  return out;
}

function stringsIn(v: unknown, out = new Set<string>()): Set<string> {
  if (typeof v === 'string') out.add(v);
  else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      stringsIn(x, out);
    }
  }
  return out;
}

/** `data` with the value at `p` replaced (or deleted, when `value` is DELETE). */
const DELETE = Symbol('delete');
function mutate(data: unknown, p: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let parent = copy;
  for (const part of p.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const last = p[p.length - 1] as string | number;
  if (value === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

describe('accepts: a fast yes only where zod says yes', () => {
  it('says yes to every valid example file, and agrees with zod on every example file', () => {
    assert.ok(files.length > 20, `only ${files.length} example files`);
    let yes = 0;
    for (const f of files) {
      const zod = f.schema.safeParse(f.data).success;
      assert.equal(accepts(f.schema, f.data), zod, f.file);
      if (zod) yes++;
    }
    assert.ok(yes > 20, `only ${yes} valid example files`);
  });

  it('agrees with zod on example files with one value changed, added or removed', () => {
    const valid = files.filter((f) => f.schema.safeParse(f.data).success);
    const words = [...stringsIn(valid.map((f) => f.data))];
    const value = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(DELETE, null, true, 0, -1, 1.5, 1, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', [], {}),
      fc.constantFrom('2026-02-30', '2026-13-01', '1abc', 'G1', 'a'.repeat(64), ['G1'], ['G 1'], [0.5, 0.9]),
      fc.anything({ maxDepth: 2, withNullPrototype: false }),
    );
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        value,
        fc.option(fc.constantFrom(...words), { nil: undefined }),
        (fi, pi, v, newKey) => {
          const f = valid[fi % valid.length]!;
          const paths = pathsIn(f.data);
          let p = paths[pi % paths.length]!;
          // Sometimes add a key beside an existing one instead of changing it.
          if (newKey !== undefined && typeof p[p.length - 1] === 'string') p = [...p.slice(0, -1), newKey];
          const data = mutate(f.data, p, v);
          assert.equal(accepts(f.schema, data), f.schema.safeParse(data).success, `${f.file} at ${p.join('.')}`);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('models each zod construct the case format uses', () => {
    const cases: [z.ZodType, unknown, boolean][] = [
      [z.string().min(2), 'ab', true],
      [z.string().min(2), 'a', false],
      [z.string().regex(/^a+$/), 'aa', true],
      [z.string().regex(/^a+$/), 'ab', false],
      [z.string().regex(/a/g), 'a', true],
      [z.number(), Number.NaN, false],
      [z.number(), Number.POSITIVE_INFINITY, false],
      [z.number().int(), 2, true],
      [z.number().int(), 2.5, false],
      [z.number().int(), 2 ** 60, false],
      [z.number().positive(), 0, false],
      [z.number().nonnegative(), 0, true],
      [z.number().gt(0).lt(1), 1, false],
      [z.number().gt(0).lt(1), 0.5, true],
      [z.enum(['a', 'b']), 'b', true],
      [z.enum(['a', 'b']), 'c', false],
      [z.literal(1), 1, true],
      [z.literal(1), '1', false],
      [z.boolean(), 0, false],
      [z.number().nullable(), null, true],
      [z.number().optional(), undefined, true],
      [z.number().optional(), null, false],
      [z.array(z.number()), [1, 2], true],
      [z.array(z.number()), [1, '2'], false],
      [z.array(z.number()), { 0: 1 }, false],
      [z.tuple([z.number(), z.number()]), [1, 2], true],
      [z.tuple([z.number(), z.number()]), [1, 2, 3], false],
      [z.tuple([z.number(), z.number()]), [1], false],
      [z.record(z.string().regex(/^[A-Z]/), z.number()), { A: 1 }, true],
      [z.record(z.string().regex(/^[A-Z]/), z.number()), { a: 1 }, false],
      [z.record(z.string(), z.number()), [], false],
      [z.strictObject({ a: z.number() }), { a: 1 }, true],
      [z.strictObject({ a: z.number() }), { a: 1, b: 2 }, false],
      [z.strictObject({ a: z.number() }), {}, false],
      [z.strictObject({ a: z.number().optional() }), {}, true],
      [z.object({ a: z.number() }), { a: 1, b: 2 }, true],
      [z.union([z.number(), z.string()]), 'x', true],
      [z.union([z.number(), z.string()]), true, false],
      [
        z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a') }), z.strictObject({ k: z.literal('b') })]),
        { k: 'b' },
        true,
      ],
      [
        z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a') }), z.strictObject({ k: z.literal('b') })]),
        { k: 'c' },
        false,
      ],
      [z.unknown(), Symbol('x'), true],
    ];
    for (const [schema, value, expected] of cases) {
      assert.equal(schema.safeParse(value).success, expected, `zod on ${String(value)}`);
      assert.equal(accepts(schema, value), expected, `accepts on ${String(value)}`);
    }
  });

  it('says no to what it does not model, so zod decides', () => {
    const refined = z.string().refine((s) => s !== 'no');
    const transformed = z.string().transform((s) => s.length);
    const email = z.string().email();
    for (const s of [refined, transformed, email, z.strictObject({ a: refined }), z.record(z.enum(['a']), z.number())])
      assert.equal(accepts(s, s === email ? 'a@b.c' : { a: 'x' }), false);
    assert.equal(accepts(refined, 'yes'), false);
  });
});
