import { evidenceSubject } from '../../../model/subject.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { pathItems } from './scope.js';

/** Kinds that measure a model's behaviour, whose results belong to one build. */
const MODEL_EVALUATIONS = new Set(['capability-evaluation', 'red-team', 'control-evaluation']);

const ex = (measured: string) => `context:
  model: { id: m7, build: m7-2026-10-02-rc4 }
  deployment_channel: Public API
  user_population: { description: Verified developer organisations }
argument:
  G1: { kind: claim, text: Jailbreaks against the tier-3 classifier succeed in under 2% of attempts., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Jailbreak red team, evidence: [E1] }
evidence:
  E1:
    title: Universal jailbreak red team
    kind: red-team
    source_type: internal-test
${measured}    date: 2026-10-05
    produced_by: Red team
    polarity: supports
    result: { metric: attack success rate, value: 0.008, interval: [0.004, 0.015], sample_size: 1500, threshold: { max: 0.02 } }
`;

export const evidenceBuildUnstated = defineRule({
  meta: {
    id: 'scope-substitution/evidence-build-unstated',
    title: 'Model evaluation that does not say which build it measured',
    failureMode: 'scope-substitution',
    severity: 'warning',
    rationale:
      'An evaluation result belongs to one build, scaffold and configuration. If the evidence does not say which, nobody can check that it measured the system decided on rather than an earlier checkpoint or a different product.',
    docs: `Reports evidence of kinds \`capability-evaluation\`, \`red-team\` and \`control-evaluation\`, cited on the decision path, that has no \`measured\` block, so its build (and scaffold, tools, step budget, access tier) is unknown. The other scope-substitution rules can only compare what is stated. Not reported for an item whose \`subject\` (format 2) is a process (it measured no build) or a component (its \`subject.component.version\` states what was measured).

Fix: add \`measured\` with at least the build (and the model, component, scaffold, prompt version, tools, step budget and elicitation where they apply). If the item measured no model at all (a fuzzing baseline, a desk study), record what it did measure in \`measured.model\` and \`measured.build\`, or use a kind that fits.`,
    examples: {
      failing: ex(''),
      passing: ex('    measured: { model: m7, build: m7-2026-10-02-rc4, access_tier: general }\n'),
    },
    messages: {
      buildUnstated:
        'Evidence {{item}} ({{kind}}) is cited on the decision path by {{citing}} but does not say which build it measured (no measured block).',
    },
    hints: {
      buildUnstated:
        'Add measured: { model, build, ... } naming the build, scaffold, tools and elicitation the result comes from. If it measured no model at all (a tool or baseline run), suppress this finding with that reason, or register it under a kind that does not measure a model.',
    },
  },
  run(ctx) {
    if (!ctx.case.context && !ctx.case.decision?.value.scope?.build) return [];
    const out: Finding[] = [];
    for (const { item, citing } of pathItems(ctx)) {
      if (item.measured || !MODEL_EVALUATIONS.has(item.kind)) continue;
      if (evidenceSubject(item).about !== 'model') continue;
      out.push(
        report(this.meta, {
          messageId: 'buildUnstated',
          data: { item: item.id, kind: item.kind, citing: listSome(citing) },
          at: { thing: item },
          target: item.id,
        }),
      );
    }
    return out;
  },
});
