import type { Case } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { closest } from '../../util/did-you-mean.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

/** Every path into the operational context, e.g. "context.model.build", "context.model.components.agent.build". */
export function contextPaths(c: Case): string[] {
  const out: string[] = [];
  const walk = (v: unknown, p: string) => {
    out.push(p);
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, `${p}.${i}`);
        const o = typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};
        for (const name of new Set([o.id, o.role])) if (typeof name === 'string') walk(x, `${p}.${name}`);
      });
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) walk(x, `${p}.${k}`);
    }
  };
  if (c.context) walk(c.context.value, 'context');
  return out;
}

/** Resolve "context.a.b.0", or a list entry by its id or role: "context.model.components.monitor.build". */
export function resolveContextPath(c: Case, path: string): { found: boolean; value?: unknown } {
  const parts = path.split('.');
  if (parts[0] !== 'context' || !c.context) return { found: false };
  let v: unknown = c.context.value;
  for (const part of parts.slice(1)) {
    if (Array.isArray(v)) {
      const list: unknown[] = v;
      const named = (key: string) =>
        list.findIndex((x) => typeof x === 'object' && x !== null && (x as Record<string, unknown>)[key] === part);
      const i = /^\d+$/.test(part) ? Number(part) : named('id') >= 0 ? named('id') : named('role');
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
  run({ case: c }) {
    const out: Diagnostic[] = [];
    let known: string[] | undefined;
    const check = (path: string, at: Parameters<typeof report>[1], what: string, target: string) => {
      if (resolveContextPath(c, path).found) return;
      known ??= contextPaths(c);
      const s = c.context ? closest(path, known) : undefined;
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
    for (const n of c.nodes.values())
      if (n.kind === 'context' && n.ref !== undefined)
        check(n.ref, { thing: n, path: ['ref'] }, `Context node ${n.id} refers to`, n.id);
    const cc = c.changeControl;
    (cc?.value.review_triggers ?? []).forEach((t, i) => {
      if (t.watch !== undefined)
        check(t.watch, { thing: cc!, path: ['review_triggers', i, 'watch'] }, `Review trigger ${t.id} watches`, t.id);
    });
    return out;
  },
};
