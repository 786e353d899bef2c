import type { Case } from '../../../model/case.js';
import type { Related } from '../../../model/diagnostic.js';
import { descend, type Located, type PathPart } from '../../../model/loc.js';
import type { ConditionExtends, Exclusion } from '../../../model/schema.js';
import { exclusionsOf } from '../../exclusions.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { namesOf, namesValue, reachesInWords, sameTool } from './exclusions.js';

/** One place a deployment detail, permission or condition is written, and its text. */
interface Place {
  thing: Located;
  path: PathPart[];
  /** How messages name it: "context.tools[1]", "decision condition cond-eu". */
  where: string;
  text: string;
  /** What a suppression names: the condition's id, else the case. */
  target: string;
  /** A structured field: which exclusion field it is compared with (a user group: the exclusion's names). */
  field?: 'tools' | 'channel' | 'access_tier' | 'user_group';
}

/** Every place that says what is deployed, permitted or conditioned, in file order. */
function places(c: Case): Place[] {
  const out: Place[] = [];
  const id = c.header.value.id;
  const add = (thing: Located, path: PathPart[], where: string, text: string | undefined, field?: Place['field']) => {
    if (text) out.push({ thing, path, where, text, target: id, ...(field ? { field } : {}) });
  };
  const ctx = c.context;
  if (ctx) {
    const v = ctx.value;
    add(ctx, ['deployment_channel'], 'context.deployment_channel', v.deployment_channel, 'channel');
    add(ctx, ['user_population', 'description'], 'context.user_population.description', v.user_population.description);
    add(
      ctx,
      ['user_population', 'access_tier'],
      'context.user_population.access_tier',
      v.user_population.access_tier,
      'access_tier',
    );
    (v.tools ?? []).forEach((t, i) => {
      add(ctx, ['tools', i], `context.tools[${i}]`, t, 'tools');
    });
    (v.allowed_actions ?? []).forEach((t, i) => {
      add(ctx, ['allowed_actions', i], `context.allowed_actions[${i}]`, t);
    });
    (v.data_access ?? []).forEach((t, i) => {
      add(ctx, ['data_access', i], `context.data_access[${i}]`, t);
    });
  }
  const d = c.decision;
  if (!d) return out;
  const s = d.value.scope;
  if (s) {
    add(d, ['scope', 'deployment_channel'], 'decision.scope.deployment_channel', s.deployment_channel, 'channel');
    add(d, ['scope', 'population'], 'decision.scope.population', s.population);
    add(d, ['scope', 'access_tier'], 'decision.scope.access_tier', s.access_tier, 'access_tier');
    (s.tools ?? []).forEach((t, i) => {
      add(d, ['scope', 'tools', i], `decision.scope.tools[${i}]`, t, 'tools');
    });
  }
  (d.value.conditions ?? []).forEach((cond, i) => {
    const structured = typeof cond !== 'string';
    const name = structured && cond.id ? cond.id : String(i + 1);
    const target = structured && cond.id ? cond.id : id;
    // What the condition extends to, field by field, before its words.
    if (structured) out.push(...extendsPlaces(d, i, cond.extends, `Decision condition ${name}`, target));
    out.push({
      thing: d,
      path: structured ? ['conditions', i, 'text'] : ['conditions', i],
      where: `Decision condition ${name}`,
      text: structured ? cond.text : cond,
      target,
    });
  });
  return out;
}

/** The structured places of a condition's `extends`: tools, channel, access tier and user groups it opens. */
function extendsPlaces(d: Located, i: number, x: ConditionExtends | undefined, name: string, target: string): Place[] {
  if (!x) return [];
  const at = (path: PathPart[], where: string, text: string, field: Place['field']): Place => ({
    thing: d,
    path: ['conditions', i, 'extends', ...path],
    where: `${name} (extends.${where})`,
    text,
    target,
    field,
  });
  return [
    ...(x.tools ?? []).map((t, k) => at(['tools', k], `tools[${k}]`, t, 'tools')),
    ...(x.deployment_channel
      ? [at(['deployment_channel'], 'deployment_channel', x.deployment_channel, 'channel')]
      : []),
    ...(x.access_tier ? [at(['access_tier'], 'access_tier', x.access_tier, 'access_tier')] : []),
    ...(x.user_groups ?? []).map((u, k) => at(['user_groups', k], `user_groups[${k}]`, u, 'user_group')),
  ];
}

/** True if a structured field names what the exclusion's field of the same name excludes. */
function structuredMatch(x: Exclusion, p: Place): boolean {
  if (p.field === 'tools') return (x.tools ?? []).some((t) => sameTool(t, p.text));
  if (p.field === 'channel') return x.channel !== undefined && namesValue(x.channel, p.text);
  if (p.field === 'access_tier') return x.access_tier !== undefined && namesValue(x.access_tier, p.text);
  if (p.field === 'user_group') return x.kind === 'user-group' && namesOf(x).some((n) => namesValue(n, p.text));
  return false;
}

const short = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}...` : s);

const CASE = (condition: string) => `  out_of_scope:
    - kind: deployment
      what: The fine-tuning endpoint
      channel: fine-tuning API
      reason: Fine-tuning can remove refusal training; it is argued in its own case.
      covered_by: m4-finetune-api
    - kind: user-group
      what: Users under 18
      terms: [minors, under-18s]
      reason: The Northwind terms of service bar them, and no child-safety evaluation was run.
context:
  model: { id: meridian-4, build: m4-2026-03-02-rc3 }
  deployment_channel: Northwind public API, Responses endpoint
  user_population: { description: Verified developer organisations }
  tools: ["web-search: read-only search results"]
argument:
  G1: { kind: claim, text: Meridian-4 on the public API does not provide meaningful cyber uplift., undeveloped: true }
decision:
  outcome: approve-with-conditions
  date: 2026-04-14
  makers: [{ name: Elena Vasquez, role: Chief Risk Officer, conflicts: [] }]
  residual_risk: Skilled actors get modest help with routine exploit work.
  conditions:
    - "${condition}"
`;

export const reachesIntoExclusion = defineRule({
  meta: {
    id: 'scope-substitution/reaches-into-exclusion',
    title: 'Deployment detail, permission or condition that reaches into what the case excludes',
    failureMode: 'scope-substitution',
    severity: 'warning',
    rationale:
      'A case that says what it does not cover is honest about its limits. When the deployment, its permissions or a decision condition then reach into what it excluded, the approval covers something the case never argued, while the exclusion makes the case look complete.',
    docs: `Compares what the case excludes (\`case.out_of_scope\` entries of kind \`deployment\` or \`user-group\`; excluded risks are handled by the rules that report unaddressed risks) with what the case deploys, permits and attaches to its decision.

Structured fields first: a tool in \`context.tools\`, \`decision.scope.tools\` or a condition's \`extends.tools\` that is one of an exclusion's \`tools\` (every word of the excluded tool's name in the deployed tool's name); a \`deployment_channel\` (context, decision scope or a condition's \`extends\`) that names an exclusion's \`channel\`; an \`access_tier\` (user population, decision scope or a condition's \`extends\`) that names an exclusion's \`access_tier\`; a user group in a condition's \`extends.user_groups\` that names a \`user-group\` exclusion (its \`what\` or one of its \`terms\`).

Word patterns second: the exclusion's names (its \`what\`, \`terms\`, \`channel\`, tools and access tier) are looked for, as whole words (a plural allowed), in each decision condition, \`context.user_population.description\`, \`context.allowed_actions\`, \`context.data_access\`, the context's tools and channel, and the decision scope's population, channel and tools. A sentence is not reported when it denies or restricts what it names: a negation within three words before the name (*no*, *not*, *never*, *without*, *except*, ...) or just after it (*is not*, *cannot*), or a restriction anywhere in it (*excluded*, *prohibited*, *blocked*, *denied*, *disabled*, *out of scope*, *separate case*, *new decision*, *re-approval*, *reopens*). Access controls and monitoring are not read: they are where exclusions are enforced.

Each place is reported once, for the first exclusion it reaches into, with the exclusion as a related location.

Fix: take the excluded thing out of the deployment or the condition, or bring it into the case (argue it, and remove it from \`out_of_scope\`); a condition about a wider scope should say that it needs a new decision.`,
    examples: {
      failing: CASE(
        'After 60 days without a serious incident, enterprise customers may use Meridian-4 through the fine-tuning API.',
      ),
      passing: CASE('Offering Meridian-4 through the fine-tuning API requires a new decision on its own case.'),
    },
    messages: {
      structured: '{{where}} is "{{value}}", which exclusion {{n}} ({{kind}}: {{what}}) says the case does not cover.',
      words: '{{where}} reaches into exclusion {{n}} ({{kind}}: {{what}}): it names "{{phrase}}" in "{{text}}".',
    },
    hints: {
      structured:
        'Take it out of the deployment, or argue it in this case and remove it from out_of_scope. The exclusion says: {{reason}}',
      words:
        'Keep it inside the case: remove "{{phrase}}" from {{where}}, or argue it here and remove the exclusion; a wider scope should say it needs a new decision. The exclusion says: {{reason}}',
    },
  },
  run({ case: c }) {
    const xs = exclusionsOf(c)
      .map((x, i) => ({ x, n: i + 1 }))
      .filter(({ x }) => x.kind !== 'risk');
    if (!xs.length) return [];
    const out: Finding[] = [];
    const related = (n: number, x: Exclusion): Related[] => {
      const t = descend(c.header.pos, ['out_of_scope', n - 1]);
      return [{ file: c.header.file, line: t.line, col: t.col, message: `exclusion ${n}: ${x.what}` }];
    };
    for (const p of places(c)) {
      const hit = xs.find(({ x }) => structuredMatch(x, p));
      if (hit) {
        const { x, n } = hit;
        out.push(
          report(this.meta, {
            messageId: 'structured',
            data: { where: p.where, value: short(p.text), n, kind: x.kind, what: x.what, reason: x.reason },
            at: { thing: p.thing, path: p.path },
            target: p.target,
            related: related(n, x),
          }),
        );
        continue;
      }
      for (const { x, n } of xs) {
        const m = reachesInWords(x, p.text);
        if (!m) continue;
        out.push(
          report(this.meta, {
            messageId: 'words',
            data: {
              where: p.where,
              n,
              kind: x.kind,
              what: x.what,
              phrase: m.phrase,
              text: short(m.sentence),
              reason: x.reason,
            },
            at: { thing: p.thing, path: p.path },
            target: p.target,
            related: related(n, x),
          }),
        );
        break;
      }
    }
    return out;
  },
});
