// Proposed changes to a case's operational context, written on the command
// line as `path=value`, `path+=value` and `path-=value`, checked against the
// context schema and applied to a copy of the context.
import type { z } from 'zod';
import { ContextSchema, type OperationalContext } from '../../model/schema.js';
import { closest } from '../../util/did-you-mean.js';
import { listSome } from '../../util/list-some.js';

export type ChangeOp = 'set' | 'add' | 'remove';

/** One change as written: `context.model.build=m4-rc4`, `tools+=browser`, `tools-=browser`. */
export interface ChangeSpec {
  /** As written on the command line. */
  raw: string;
  /** The path inside the context, without the `context.` prefix: `model.build`, `tools`, `model.components.monitor.build`. */
  path: string;
  op: ChangeOp;
  value: string;
}

/** Bad input: an unknown path, a value of the wrong type, an operation the field does not take. */
export class ChangeError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** What a context field holds, read off the schema. */
export type FieldType = 'text' | 'number' | 'number-or-text' | 'list' | 'components';

type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  element?: AnySchema;
  options?: AnySchema[];
  values?: string[];
  entries?: Record<string, string>;
}
const def = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const unwrap = (s: AnySchema): AnySchema => {
  let x = s;
  while (def(x).type === 'optional' || def(x).type === 'nullable' || def(x).type === 'default') x = def(x).innerType!;
  return x;
};

function fieldType(s: AnySchema): FieldType | 'object' | 'enum' {
  const d = def(unwrap(s));
  if (d.type === 'string') return 'text';
  if (d.type === 'number') return 'number';
  if (d.type === 'enum') return 'enum';
  if (d.type === 'union') return 'number-or-text';
  if (d.type === 'array') return def(unwrap(d.element!)).type === 'object' ? 'components' : 'list';
  if (d.type === 'object') return 'object';
  return 'text';
}

/** Every settable path of the context (without the prefix), with its type: read from ContextSchema, so it cannot drift. */
export const CONTEXT_FIELDS: ReadonlyMap<string, FieldType> = (() => {
  const out = new Map<string, FieldType>();
  const walk = (s: AnySchema, prefix: string) => {
    for (const [k, v] of Object.entries(def(unwrap(s)).shape ?? {})) {
      const p = prefix ? `${prefix}.${k}` : k;
      const t = fieldType(v);
      if (t === 'object') walk(v, p);
      else out.set(p, t === 'enum' ? 'text' : t);
    }
  };
  walk(ContextSchema, '');
  return out;
})();

/** Fields of one component, settable as `model.components.<id, name, role or index>.<field>`. */
export const COMPONENT_FIELDS: ReadonlyMap<string, FieldType> = (() => {
  const comp = def(unwrap(def(unwrap(def(unwrap(ContextSchema)).shape!.model!)).shape!.components!)).element!;
  const out = new Map<string, FieldType>();
  for (const [k, v] of Object.entries(def(unwrap(comp)).shape ?? {})) {
    const t = fieldType(v);
    out.set(k, t === 'enum' ? 'text' : (t as FieldType));
  }
  return out;
})();

/** Every path a change may name, with the `context.` prefix, for "did you mean". */
export function knownPaths(): string[] {
  const out: string[] = [];
  for (const [p, t] of CONTEXT_FIELDS) {
    if (t === 'components') for (const f of COMPONENT_FIELDS.keys()) out.push(`context.${p}.<component>.${f}`);
    else out.push(`context.${p}`);
  }
  return out;
}

/**
 * Parse one change. The operator is the first `+=`, `-=` or `=`; the path may
 * be written with or without its `context.` prefix.
 */
export function parseChange(raw: string): ChangeSpec {
  const m = /^\s*([A-Za-z0-9_.-]+?)\s*(\+=|-=|=)(.*)$/s.exec(raw);
  if (!m)
    throw new ChangeError(
      `Cannot read the change "${raw}".`,
      'Write a change as path=value (set), path+=value (add to a list) or path-=value (remove from a list), e.g. context.model.build=m4-rc4 or tools+=browser.',
    );
  const path = m[1]!.replace(/^context\./, '');
  const op: ChangeOp = m[2] === '+=' ? 'add' : m[2] === '-=' ? 'remove' : 'set';
  return { raw, path, op, value: m[3]!.trim() };
}

interface Target {
  type: FieldType;
  /** Parent object path segments and the key, after resolving a component. */
  get: (ctx: Record<string, unknown>) => { holder: Record<string, unknown>; key: string };
}

function resolve(spec: ChangeSpec, ctx: OperationalContext): Target {
  const t = CONTEXT_FIELDS.get(spec.path);
  if (t && t !== 'components') {
    const parts = spec.path.split('.');
    return {
      type: t,
      get: (c) => {
        let holder = c;
        for (const p of parts.slice(0, -1)) holder = holder[p] as Record<string, unknown>;
        return { holder, key: parts[parts.length - 1]! };
      },
    };
  }
  if (t === 'components')
    throw new ChangeError(
      `context.${spec.path} is a list of components: change one component's field (in ${spec.raw}).`,
      'Write context.model.components.<id, name, role or index>.build=<build>.',
    );
  const cm = /^model\.components\.([^.]+)\.([a-z_]+)$/.exec(spec.path);
  if (cm) {
    const [, key, field] = cm as unknown as [string, string, string];
    const ft = COMPONENT_FIELDS.get(field);
    if (!ft)
      throw new ChangeError(
        `Unknown component field "${field}" in ${spec.raw}.`,
        `A component has ${[...COMPONENT_FIELDS.keys()].join(', ')}.${hintFor(field, [...COMPONENT_FIELDS.keys()])}`,
      );
    const comps = ctx.model.components ?? [];
    const byId = comps.findIndex((k) => k.id === key);
    const byName = comps.findIndex((k) => k.name === key);
    const byRole = comps.filter((k) => k.role === key);
    let index = byId >= 0 ? byId : byName >= 0 ? byName : -1;
    if (index < 0 && byRole.length > 1)
      throw new ChangeError(
        `Component "${key}" in ${spec.raw} is ambiguous: ${byRole.length} components have that role.`,
        'Name the component by its id, or by its index (model.components.0.build).',
      );
    if (index < 0 && byRole.length === 1) index = comps.indexOf(byRole[0]!);
    if (index < 0 && /^\d+$/.test(key) && Number(key) < comps.length) index = Number(key);
    if (index < 0) {
      const names = comps.map((k, i) => k.id ?? k.name ?? `${i}`);
      throw new ChangeError(
        `The context has no component "${key}" (in ${spec.raw}).`,
        comps.length
          ? `Components: ${listSome(names)}; a component is named by its id, name, role (when unique) or index.`
          : 'The context lists no components; change context.model.build instead.',
      );
    }
    return {
      type: ft,
      get: (c) => ({
        holder: ((c.model as Record<string, unknown>).components as Record<string, unknown>[])[index]!,
        key: field,
      }),
    };
  }
  const wanted = `context.${spec.path}`;
  const candidates = knownPaths();
  throw new ChangeError(
    `Unknown context path "${wanted}" in ${spec.raw}.`,
    `${hintFor(wanted, candidates) || 'Known paths: '}${hintFor(wanted, candidates) ? '' : candidates.join(', ')}`,
  );
}

function hintFor(word: string, candidates: string[]): string {
  const c = closest(word, candidates);
  return c ? ` Did you mean \`${c}\`?` : '';
}

/** The value coerced to the field's type. */
function coerce(spec: ChangeSpec, type: FieldType): unknown {
  const v = spec.value;
  if (v === '')
    throw new ChangeError(
      `The change ${spec.raw} has no value.`,
      'Write the value after the operator, e.g. context.model.build=m4-rc4.',
    );
  if (type === 'number') {
    const n = Number(v);
    if (!/^-?\d+(\.\d+)?$/.test(v) || !Number.isFinite(n))
      throw new ChangeError(`context.${spec.path} takes a number; got "${v}" in ${spec.raw}.`);
    return n;
  }
  if (type === 'number-or-text') return /^\d+$/.test(v) ? Number(v) : v;
  return v;
}

/** The name of a list entry: the text before a colon or an aside, in lower case. */
function entryName(s: string): string {
  return s
    .split(/:\s|\s\(|\s[-–]\s/)[0]!
    .trim()
    .toLowerCase();
}

/**
 * Apply changes to a copy of the context, in order. `=` sets a field (a list
 * takes a JSON array, `tools=["a","b"]`); `+=` appends to a list; `-=` removes
 * the entry written exactly, or else the one entry whose name (the text before
 * ":" or " (") matches. Setting `model.build` also sets the build of every
 * component that had the model's old build (the component serving the model
 * is the model). The result is validated against the context schema.
 * The input is not modified. Time O(changes × list length).
 */
export function applyChanges(ctx: OperationalContext, specs: readonly ChangeSpec[]): OperationalContext {
  const next = structuredClone(ctx) as OperationalContext;
  for (const spec of specs) {
    const target = resolve(spec, next);
    const { holder, key } = target.get(next as unknown as Record<string, unknown>);
    if (target.type === 'list') {
      const list = (holder[key] as string[] | undefined) ?? [];
      if (spec.op === 'add') {
        holder[key] = [...list, coerce(spec, 'text') as string];
      } else if (spec.op === 'remove') {
        const v = spec.value.trim();
        let i = list.indexOf(v);
        if (i < 0) {
          const hits = list.map((x, j) => [x, j] as const).filter(([x]) => entryName(x) === entryName(v));
          if (hits.length > 1)
            throw new ChangeError(
              `"${v}" matches ${hits.length} entries of context.${spec.path} (in ${spec.raw}).`,
              'Write the entry in full.',
            );
          i = hits[0]?.[1] ?? -1;
        }
        if (i < 0)
          throw new ChangeError(
            `context.${spec.path} has no entry "${v}" (in ${spec.raw}).`,
            list.length ? `Entries: ${listSome(list.map((x) => `"${x}"`))}.` : `context.${spec.path} is empty.`,
          );
        holder[key] = list.filter((_, j) => j !== i);
      } else {
        let parsed: unknown;
        try {
          parsed = JSON.parse(spec.value);
        } catch {
          parsed = undefined;
        }
        if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) {
          throw new ChangeError(
            `context.${spec.path} is a list: ${spec.raw} must give a JSON array of strings.`,
            `Write ${spec.path}+=<entry> to add one entry, ${spec.path}-=<entry> to remove one, or ${spec.path}=["a","b"] to replace the list.`,
          );
        }
        holder[key] = parsed;
      }
      continue;
    }
    if (spec.op !== 'set')
      throw new ChangeError(`context.${spec.path} is not a list: use = to set it (in ${spec.raw}).`);
    const value = coerce(spec, target.type);
    if (spec.path === 'model.build') {
      // A component serving the model's build is the model: it moves with it.
      for (const k of next.model.components ?? []) if (k.build === next.model.build) k.build = value as string;
    }
    holder[key] = value;
  }
  const checked = ContextSchema.safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ChangeError(
      `The changed context is not valid: context.${issue.path.join('.')}: ${issue.message}.`,
      'Check the value against docs/format.md (the operational context).',
    );
  }
  return next;
}
