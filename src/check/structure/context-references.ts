import type { Case } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { Suggester } from '../../util/suggest.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

/** Paths gathered for suggestions, at most: an item with an id is reached by index and by id, so nested lists multiply. */
const MAX_PATHS = 10_000;
/** Levels below `context` that suggestions go down. */
const MAX_DEPTH = 16;

/** Paths into the operational context, e.g. "context.model.build", "context.model.components.agent.build" (the first MAX_PATHS). */
export function contextPaths(c: Case): string[] {
  const out: string[] = [];
  const walk = (v: unknown, p: string, depth: number) => {
    if (out.length >= MAX_PATHS) return;
    out.push(p);
    if (depth >= MAX_DEPTH) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, `${p}.${i}`, depth + 1);
        const o = typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};
        for (const name of new Set([o.id, o.role])) if (typeof name === 'string') walk(x, `${p}.${name}`, depth + 1);
      });
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) walk(x, `${p}.${k}`, depth + 1);
    }
  };
  if (c.context) walk(c.context.value, 'context', 0);
  return out;
}

/** Per list in the context, where the first item with each id, and with each role, is (built on first use). */
const named = new WeakMap<readonly unknown[], { id: Map<string, number>; role: Map<string, number> }>();

/** The position of the first item of `list` whose `key` is `name`, or -1; one lookup, not a scan per reference. */
function namedItem(list: readonly unknown[], key: 'id' | 'role', name: string): number {
  let index = named.get(list);
  if (!index) {
    index = { id: new Map(), role: new Map() };
    list.forEach((x, i) => {
      if (typeof x !== 'object' || x === null) return;
      for (const k of ['id', 'role'] as const) {
        const v = (x as Record<string, unknown>)[k];
        if (typeof v === 'string' && !index![k].has(v)) index![k].set(v, i);
      }
    });
    named.set(list, index);
  }
  return index[key].get(name) ?? -1;
}

/** The value at `path` ("context.model.build"); a list item is named by its position, its id or its role. */
export function resolveContextPath(c: Case, path: string): { found: boolean; value?: unknown } {
  const parts = path.split('.');
  if (parts[0] !== 'context' || !c.context) return { found: false };
  let v: unknown = c.context.value;
  for (const part of parts.slice(1)) {
    if (Array.isArray(v)) {
      const list: unknown[] = v;
      const byId = namedItem(list, 'id', part);
      const i = /^\d+$/.test(part) ? Number(part) : byId >= 0 ? byId : namedItem(list, 'role', part);
      if (i < 0 || i >= list.length) return { found: false };
      v = list[i];
    } else if (typeof v === 'object' && v !== null && Object.hasOwn(v, part)) {
      // Own fields only: `context.constructor` names nothing, not Object.prototype's member.
      v = (v as Record<string, unknown>)[part];
    } else return { found: false };
  }
  return { found: true, value: v };
}

const ctx =
  'context:\n  model: { id: meridian-4, build: m4-2026-10-03 }\n  deployment_channel: Public API\n  user_population: { description: Verified developers, size: 40000 }\n  tools: [code-interpreter]\n';

export const unresolvedContextRef: StructureCheck = {
  meta: {
    code: 'S27',
    name: 'unresolved-context-ref',
    title: 'Reference into the operational context that does not resolve',
    severity: 'error',
    description:
      "A context node's `ref` or a review trigger's `watch` names a path into the operational context (`context.model.build`, `context.tools`, `context.model.components.monitor.build`) that the context does not have. The link between the argument and the system decided on is then broken.",
    examples: {
      failing:
        ctx +
        'argument:\n  G1: { kind: claim, text: No uplift., undeveloped: true, in_context_of: [C1] }\n  C1: { kind: context, text: Tools available, ref: context.tool }\n',
      passing:
        ctx +
        'argument:\n  G1: { kind: claim, text: No uplift., undeveloped: true, in_context_of: [C1] }\n  C1: { kind: context, text: Tools available, ref: context.tools }\n',
    },
  },
  run({ case: c, graph }) {
    const out: Diagnostic[] = [];
    const known = new Suggester(() => contextPaths(c));
    const check = (path: string, at: Parameters<typeof report>[1], what: string, target: string) => {
      if (resolveContextPath(c, path).found) return;
      const s = c.context ? known.suggest(path) : undefined;
      const hint = !c.context
        ? 'The case has no `context:` section; describe the operational context first.'
        : !path.startsWith('context.')
          ? `Paths start with \`context.\`, e.g. \`context.${path}\`.`
          : s
            ? `Did you mean \`${s}\`?`
            : 'Name a field of the `context:` section, e.g. `context.model.build` or `context.tools`.';
      out.push(
        report(this.meta, at, `${what} \`${path}\`, which the operational context does not have.`, hint, { target }),
      );
    };
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if (n.kind === 'context' && n.ref !== undefined)
        check(n.ref, { thing: n, path: ['ref'] }, `Context node ${n.id} refers to`, n.id);
    }
    const cc = c.changeControl;
    (cc?.value.review_triggers ?? []).forEach((t, i) => {
      if (t.watch !== undefined)
        check(t.watch, { thing: cc!, path: ['review_triggers', i, 'watch'] }, `Review trigger ${t.id} watches`, t.id);
    });
    return out;
  },
};
