import { report } from '../messages.js';
import { defineRule } from '../types.js';

/** Fewer words than this cannot say which build, which channel, which users and from when. */
export const MIN_DECISION_WORDS = 8;

/** Letters and digits only, lower case: "Meridian 4" and "meridian-4" compare equal. */
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

const ctx = (model: string) => `context:
  model: { id: ${model}, build: m5-2026-09-14-rc2 }
  deployment_channel: Northwind public API
  user_population: { description: Verified developer organisations }
argument:
  G1: { kind: claim, text: Making the model available on the public API does not pose unacceptable cyber risk., undeveloped: true }
`;

export const vagueDecisionBoundary = defineRule({
  meta: {
    id: 'boundary/vague-decision-boundary',
    title: 'Decision boundary too vague to tell what was decided',
    failureMode: 'boundary',
    severity: 'warning',
    rationale:
      'A case is for one decision. If the decision does not say which system it is about, or is too short to say which build, channel, users and limits, nobody can tell whether a later change is inside it, and the case can be stretched over decisions it never argued.',
    docs: `Reads \`case.decision_boundary.decision\`. It is reported when:

- it has fewer than ${MIN_DECISION_WORDS} words ("Launch Meridian-4" is a name, not a boundary); or
- the case has an operational context and the decision names neither the model id (\`context.model.id\`) nor any build in the context (\`context.model.build\` or a component's \`build\`). Names are compared on letters and digits only, ignoring case, so "Meridian 4" matches \`meridian-4\`; names shorter than three letters and digits are not checked.

Without a \`context\` section only the length is checked (\`boundary/no-operational-context\` reports the missing context).

Fix: write the decision so that someone can tell whether a proposed change is inside it: the build, the channel, the users, from when, and with which limits.`,
    examples: {
      // The standard header's decision is "Make the example model available through the public API."
      failing: ctx('meridian-5'),
      passing: ctx('example-model'),
    },
    messages: {
      vagueDecision: 'The decision "{{decision}}" does not bound what was decided: {{reasons}}.',
    },
    hints: {
      vagueDecision:
        'Write the decision so that a proposed change can be judged inside or outside it: name the build, the channel, the users, the start date and the limits.',
    },
  },
  run({ case: c }) {
    const h = c.header.value;
    const text = h.decision_boundary.decision;
    const words = text.split(/\s+/).filter(Boolean).length;
    const reasons: string[] = [];
    if (words < MIN_DECISION_WORDS)
      reasons.push(`it has ${words} word${words === 1 ? '' : 's'} (fewer than ${MIN_DECISION_WORDS})`);
    const ctx = c.context?.value;
    if (ctx) {
      // Names under three characters would match almost any sentence: they cannot be checked.
      const names = [ctx.model.id, ctx.model.build, ...(ctx.model.components ?? []).map((k) => k.build)]
        .map(squash)
        .filter((n) => n.length >= 3);
      const said = squash(text);
      if (names.length > 0 && !names.some((n) => said.includes(n)))
        reasons.push(
          `it names neither the model (${ctx.model.id}) nor the build (${ctx.model.build}) of the operational context`,
        );
    }
    if (reasons.length === 0) return [];
    return [
      report(this.meta, {
        messageId: 'vagueDecision',
        data: { decision: text.trim(), reasons: reasons.join('; ') },
        at: { thing: c.header, path: ['decision_boundary', 'decision'] },
        target: h.id,
      }),
    ];
  },
});
