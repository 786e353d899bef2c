import { report } from '../messages.js';
import { defineRule } from '../types.js';

const rest = `argument:
  G1: { kind: claim, text: Making the model available on the public API does not pose unacceptable cyber risk., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1] }
evidence:
  E1: { title: Cyber range, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Evals team, polarity: supports, result: { metric: chains completed, value: 0, sample_size: 120 } }
`;

export const noOperationalContext = defineRule({
  meta: {
    id: 'boundary/no-operational-context',
    title: 'No operational context',
    failureMode: 'boundary',
    severity: 'error',
    rationale:
      'Without an operational context (model build, channel, users, tools, monitoring) the case does not say what system and deployment it is about. No claim in it can be checked against the thing decided on, and no review trigger can notice that the deployment has changed.',
    docs: `Reports a case whose root file has no \`context:\` section.

Fix: add \`context:\` with at least the model id and build, the deployment channel and the user population, and the tools, access controls and monitoring in place; then tie the top claim to it with a context node (\`ref: context\`) and watch it with review triggers.`,
    examples: {
      failing: rest,
      passing: `context:\n  model: { id: example-model, build: ex-2026-10-01 }\n  deployment_channel: Public API\n  user_population: { description: Verified developer organisations }\n${rest}`,
    },
    messages: {
      noContext:
        'Case {{case}} has no operational context: it does not say which build, channel, users and tools the decision "{{kind}}" is about.',
    },
    hints: {
      noContext:
        'Add a `context:` section with the model id and build, the deployment channel, the user population, tools, access controls and monitoring, and refer to it from the top claim.',
    },
  },
  run({ case: c }) {
    if (c.context) return [];
    return [
      report(this.meta, {
        messageId: 'noContext',
        data: { case: c.header.value.id, kind: c.header.value.decision_boundary.kind },
        at: { thing: c.header },
        target: c.header.value.id,
      }),
    ];
  },
});
