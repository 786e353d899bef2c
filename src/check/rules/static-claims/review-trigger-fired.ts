import type { Case } from '../../../model/case.js';
import type { PathPart } from '../../../model/loc.js';
import type { ChangeControl } from '../../../model/schema.js';
import type { TriggerKind } from '../../../model/vocab.js';
import { listSome } from '../../../util/list-some.js';
import { daysBetween } from '../facts.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

type Trigger = NonNullable<ChangeControl['review_triggers']>[number];

/** Compare free text on words only: case, punctuation and spacing do not count as a change. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
/** A tool's name as written: "browse-1.0: fetch pages" is browse-1.0. */
const rawToolName = (t: string) => t.split(/[:(]| - /)[0]!.trim();
const toolName = (t: string) => norm(rawToolName(t));

/** One way the operational context now differs from what was decided on. */
interface Change {
  /** The context path that changed, as triggers write it. */
  watchPath: string;
  /** Where it is in the context section. */
  at: PathPart[];
  /** Trigger kinds that watch this sort of change when they name no path. */
  kinds: TriggerKind[];
  what: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Builds of the context's model that the decision sentence names but the
 * context no longer does: tokens with a digit and at least two separators
 * that start like the context build ("m4-2026-03-02-rc3" beside
 * "m4-2026-05-10-rc1"). Dates are not builds.
 */
function buildsNamedInDecision(c: Case, contextBuilds: readonly string[], build: string): string[] {
  const head = build.split(/[-_.]/)[0]!.toLowerCase();
  if (!head) return [];
  const text = c.header.value.decision_boundary.decision;
  const lower = text.toLowerCase();
  if (contextBuilds.some((b) => lower.includes(b.toLowerCase()))) return [];
  const tokens = text.split(/[^A-Za-z0-9_.-]+/).map((t) => t.replace(/[.-]+$/, ''));
  return [
    ...new Set(
      tokens.filter(
        (t) =>
          /\d/.test(t) &&
          (t.match(/[-_.]/g)?.length ?? 0) >= 2 &&
          !ISO_DATE.test(t) &&
          t.split(/[-_.]/)[0]!.toLowerCase() === head,
      ),
    ),
  ];
}

/** Every difference between what was decided on (decision.scope, else the decision sentence's build) and the context. Only widening counts for budgets and tool lists. */
function changes(c: Case): Change[] {
  const ctx = c.context?.value;
  if (!ctx) return [];
  const scope = c.decision?.value.scope;
  const out: Change[] = [];
  if (scope?.build === undefined) {
    const builds = [ctx.model.build, ...(ctx.model.components ?? []).map((k) => k.build)];
    for (const named of buildsNamedInDecision(c, builds, ctx.model.build)) {
      out.push({
        watchPath: 'context.model.build',
        at: ['model', 'build'],
        kinds: ['new-build', 'fine-tune'],
        what: `the build is now ${ctx.model.build}; the decision names ${named}`,
      });
    }
  }
  if (!scope) return out;
  const pop: TriggerKind[] = ['population-widened'];
  if (
    scope.build !== undefined &&
    scope.build !== ctx.model.build &&
    !(ctx.model.components ?? []).some((k) => k.build === scope.build)
  ) {
    out.push({
      watchPath: 'context.model.build',
      at: ['model', 'build'],
      kinds: ['new-build', 'fine-tune'],
      what: `the build is now ${ctx.model.build}; the decision was for ${scope.build}`,
    });
  }
  if (scope.tools !== undefined) {
    const decided = new Set(scope.tools.flatMap((t) => [norm(t), toolName(t)]));
    (ctx.tools ?? []).forEach((t, i) => {
      if (decided.has(norm(t)) || decided.has(toolName(t))) return;
      out.push({
        watchPath: `context.tools.${i}`,
        at: ['tools', i],
        kinds: ['tool-added'],
        what: `tool "${rawToolName(t)}" is in the context but not among the tools decided on (${listSome(scope.tools!.map(rawToolName)) || 'none'})`,
      });
    });
  }
  const up = ctx.user_population;
  if (scope.population !== undefined && norm(scope.population) !== norm(up.description)) {
    out.push({
      watchPath: 'context.user_population.description',
      at: ['user_population', 'description'],
      kinds: pop,
      what: `the user population is now "${up.description.trim()}"; the decision was for "${scope.population.trim()}"`,
    });
  }
  if (scope.population_size !== undefined && up.size !== undefined) {
    const a = scope.population_size;
    const b = up.size;
    const widened = typeof a === 'number' && typeof b === 'number' ? b > a : norm(String(a)) !== norm(String(b));
    if (widened)
      out.push({
        watchPath: 'context.user_population.size',
        at: ['user_population', 'size'],
        kinds: pop,
        what: `the population size is now ${String(b)}; the decision was for ${String(a)}`,
      });
  }
  if (
    scope.access_tier !== undefined &&
    up.access_tier !== undefined &&
    norm(scope.access_tier) !== norm(up.access_tier)
  ) {
    out.push({
      watchPath: 'context.user_population.access_tier',
      at: ['user_population', 'access_tier'],
      kinds: pop,
      what: `the access tier is now "${up.access_tier}"; the decision was for "${scope.access_tier}"`,
    });
  }
  if (scope.max_steps !== undefined && ctx.max_steps !== undefined && ctx.max_steps > scope.max_steps) {
    out.push({
      watchPath: 'context.max_steps',
      at: ['max_steps'],
      kinds: [],
      what: `the tool-step budget is now ${ctx.max_steps}; the decision was for ${scope.max_steps}`,
    });
  }
  if (scope.deployment_channel !== undefined && norm(scope.deployment_channel) !== norm(ctx.deployment_channel)) {
    out.push({
      watchPath: 'context.deployment_channel',
      at: ['deployment_channel'],
      kinds: pop,
      what: `the deployment channel is now "${ctx.deployment_channel.trim()}"; the decision was for "${scope.deployment_channel.trim()}"`,
    });
  }
  return out;
}

/** Triggers that watch a context path: by path (either contains the other), else, when they name none, by kind. */
function watchers(triggers: readonly Trigger[], ch: Change): Trigger[] {
  return triggers.filter((t) =>
    t.watch !== undefined
      ? t.watch === ch.watchPath || ch.watchPath.startsWith(`${t.watch}.`) || t.watch.startsWith(`${ch.watchPath}.`)
      : ch.kinds.includes(t.kind),
  );
}

const ex = (build: string, trigger: string) => `context:
  model: { id: meridian-4, build: ${build} }
  deployment_channel: Northwind public API
  user_population: { description: Verified developer organisations }
argument:
  G1: { kind: claim, text: Launching build m4-rc3 on the public API keeps cyber risk acceptable., undeveloped: true }
decision:
  outcome: approve
  date: 2026-04-14
  makers: [{ name: Elena Vasquez, role: Chief Risk Officer }]
  residual_risk: Some novice speed-up on documented steps.
  scope: { build: m4-rc3, deployment_channel: Northwind public API, population: Verified developer organisations }
change_control:
  expires: 2027-04-14
  review_triggers:
    - { id: trg-build, kind: new-build, description: A new served build, watch: context.model.build }
    - { id: trg-review, kind: date, description: Scheduled review, date: ${trigger} }
`;

export const reviewTriggerFired = defineRule({
  meta: {
    id: 'static-claims/review-trigger-fired',
    title: 'A review trigger has fired',
    failureMode: 'static-claims',
    severity: 'error',
    usesDate: true,
    rationale:
      'Review triggers say what reopens the case. Once one has fired (its date has passed, or the deployment now differs from what was decided on) the argument is about a system or a moment that no longer exists, and the decision stands on a case that has not been reviewed.',
    docs: `Reports:

- a review trigger with a \`date\` on or before the as-of date (a scheduled review that is due or overdue); and
- each way the operational context now differs from \`decision.scope\`, the configuration decided on (without a \`scope.build\`, the build is read from the decision sentence: a token with a digit and two or more separators that starts like the context's build, such as \`m4-2026-03-02-rc3\` beside \`m4-2026-05-10-rc1\`, when the sentence names none of the context's builds):
  - \`build\`: the context's model build is different (and is not one of the components' builds);
  - \`tools\`: a tool in \`context.tools\` is not among the scope's tools (compared whole, or by name: the text before ":" or "("); removing a tool narrows the deployment and is not reported;
  - \`population\`, \`access_tier\`, \`deployment_channel\`: the context's text differs (compared ignoring case, punctuation and spacing);
  - \`population_size\`: larger, when both are numbers; different, otherwise;
  - \`max_steps\`: larger (a smaller budget narrows the deployment).

Each change names the review trigger that watches it, or says that none does. A trigger watches a change if its \`watch\` path is the changed path, a parent or a child of it (\`context.user_population\` watches the population's size); a trigger without \`watch\` watches by kind (\`new-build\` and \`fine-tune\` for the build, \`tool-added\` for tools, \`population-widened\` for the population, its size, access tier and channel). The finding's target is the first watching trigger, or the case when none watches.

Fix: review the case for the deployment as it now is: update the evidence and the argument, take a new decision with a new scope, and move a dated trigger to the next review. If the context was edited by mistake, restore it.`,
    examples: {
      failing: ex('m4-rc4', '2026-07-21'),
      passing: ex('m4-rc3', '2027-01-21'),
    },
    messages: {
      triggerFired:
        'Review trigger {{trigger}} ({{kind}}: {{description}}) fired on {{date}}{{ago}}, and the case has not been reviewed since.',
      watchedContextChanged:
        'The operational context differs from the configuration decided on: {{what}}. Review trigger {{triggers}} watches it.',
      unwatchedContextChanged:
        'The operational context differs from the configuration decided on: {{what}}. No review trigger watches it.',
    },
    hints: {
      triggerFired:
        'Carry out the review {{trigger}} calls for, update the case and its decision, and move the trigger to the date of the next review.',
      watchedContextChanged:
        'Review the case for the deployment as it now is and take a new decision with a new scope, or restore the context if it was changed by mistake.',
      unwatchedContextChanged:
        'Review the case for the deployment as it now is and take a new decision; add a review trigger watching {{watchPath}} so the next change is caught.',
    },
  },
  run({ case: c, asOf }) {
    const out: Finding[] = [];
    const cc = c.changeControl;
    const triggers = cc?.value.review_triggers ?? [];
    triggers.forEach((t, i) => {
      if (t.date === undefined || t.date > asOf) return;
      const ago = daysBetween(t.date, asOf);
      out.push(
        report(this.meta, {
          messageId: 'triggerFired',
          data: {
            trigger: t.id,
            kind: t.kind,
            description: t.description.trim(),
            date: t.date,
            ago: ago > 0 ? `, ${ago} days before ${asOf}` : '',
          },
          at: { thing: cc!, path: ['review_triggers', i, 'date'] },
          target: t.id,
        }),
      );
    });
    const caseId = c.header.value.id;
    for (const ch of changes(c)) {
      const w = watchers(triggers, ch);
      out.push(
        w.length
          ? report(this.meta, {
              messageId: 'watchedContextChanged',
              data: { what: ch.what, triggers: listSome(w.map((t) => `${t.id} (${t.kind})`)) },
              at: { thing: c.context!, path: ch.at },
              target: w[0]!.id,
            })
          : report(this.meta, {
              messageId: 'unwatchedContextChanged',
              data: { what: ch.what, watchPath: ch.watchPath },
              at: { thing: c.context!, path: ch.at },
              target: caseId,
            }),
      );
    }
    return out;
  },
});
