import type { EvidenceItem } from '../../../model/case.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import {
  bridgingJustification,
  core,
  hasBridge,
  isSystemEvidence,
  pathItems,
  sameWords,
  unsoundBridgeNote,
} from './scope.js';

/** Kinds that test the deployed system as configured, where any other scaffold or prompt is a substitution. */
const CONFIG_SENSITIVE = new Set(['control-evaluation', 'red-team']);

const VERSION = /^v?\d+(?:\.\d+)*[a-z]*\d*$/;

/** Name and version of a scaffold or prompt: "atlas-scaffold-2.8.1 (protocol X)" is ("atlas scaffold", "2.8.1"). */
export function nameAndVersion(s: string): { name: string; version: string } {
  const words = core(s).split(' ');
  return {
    name: words.filter((w) => !VERSION.test(w)).join(' '),
    version: words.filter((w) => VERSION.test(w)).join(' '),
  };
}

type Field = 'scaffold' | 'prompt_version';

/** Why the measured value is a different configuration, or undefined if it is the same or may stand in for it. */
function mismatch(item: EvidenceItem, measured: string, deployed: string): string | undefined {
  if (sameWords(measured, deployed)) return undefined;
  const m = nameAndVersion(measured);
  const d = nameAndVersion(deployed);
  if (m.name && m.name === d.name && m.version !== d.version)
    return `version ${m.version || '(none)'} of ${m.name}, not the deployed ${d.version || '(none)'}`;
  // A capability evaluation may use a stronger elicitation scaffold by design; a test of the deployed configuration may not.
  if (CONFIG_SENSITIVE.has(item.kind)) return `a different configuration from the deployed "${deployed}"`;
  return undefined;
}

const ex = (scaffold: string) => `context:
  model: { id: m7, build: m7-2026-10-02-rc4 }
  deployment_channel: Internal agent platform
  user_population: { description: Research engineering staff }
  scaffold_version: atlas-scaffold-2.8.1
  system_prompt_version: atlas-sp-3.4
argument:
  G1: { kind: claim, text: The control protocol catches at least 95% of exfiltration attempts., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Control evaluation, evidence: [E1] }
evidence:
  E1:
    title: Control evaluation CE-5
    kind: control-evaluation
    source_type: internal-test
    measured: { model: m7, build: m7-2026-10-02-rc4, component: agent, scaffold: ${scaffold}, prompt_version: atlas-sp-3.4 }
    date: 2026-10-05
    produced_by: AI control team
    polarity: supports
    result: { metric: safety, value: 0.985, interval: [0.972, 0.993], sample_size: 2400, threshold: { min: 0.95 } }
`;

export const evidenceOtherScaffold = defineRule({
  meta: {
    id: 'scope-substitution/evidence-other-scaffold',
    title: 'Evidence measured with another scaffold or system prompt',
    failureMode: 'scope-substitution',
    severity: 'warning',
    rationale:
      "A control protocol, a refusal policy or an agent's reach lives in its scaffold and system prompt. Results from last month's scaffold or another prompt version do not transfer automatically to the deployed one.",
    docs: `Compares, for evidence cited on the decision path that measured the model or agent (not a monitor or classifier component, nor an item whose \`subject\` is a process or a component: a scaffold measured on its own is compared by version in \`scope-substitution/evidence-other-build\`), \`measured.scaffold\` with \`context.scaffold_version\` and \`measured.prompt_version\` with \`context.system_prompt_version\`, when both sides are given. Values are the same when, ignoring case, hyphens and parenthesised asides, one is the other or a whole-word start of it ("atlas-scaffold-2.8.1 with monitoring disabled" and "atlas-scaffold-2.8.1 (protocol CP-3)"). Reported:
- **another version of the same scaffold or prompt** (same name once version numbers such as \`2.8.1\` or \`v7\` are removed, different version), for any evidence kind;
- **a different scaffold or prompt altogether**, for \`control-evaluation\` and \`red-team\` evidence, which test the deployed configuration. Capability evaluations often use a stronger elicitation scaffold on purpose and are not reported for that.

Bridged, and not reported, when a justification framing the citing evidence node or anything above it has \`bridges: [{ from: <measured scaffold or prompt>, to: <deployed> }]\`. A justification that an open defeater challenges does not bridge, nor does one with \`bridges\` that rests on no registered evidence (its \`evidence:\`); the message then names it and says why it does not count.

Fix: re-run on the deployed scaffold and prompt, or add a bridging justification (a diff of the two versions, a rerun on a subset).`,
    examples: { failing: ex('atlas-scaffold-2.7.0'), passing: ex('atlas-scaffold-2.8.1 (protocol CP-ATLAS-3)') },
    messages: {
      otherScaffold:
        'Evidence {{item}} ({{kind}}) was measured with another configuration than the deployment: {{problems}}. It is cited on the decision path by {{citing}}.{{unsound}}',
    },
    hints: {
      otherScaffold:
        'Re-run it on the deployed scaffold and system prompt, or add a justification with bridges: [{ from: <measured>, to: <deployed> }] showing the result carries over.',
    },
  },
  run(ctx) {
    const ctxValue = ctx.case.context?.value;
    const deployed: Record<Field, string | undefined> = {
      scaffold: ctxValue?.scaffold_version,
      prompt_version: ctxValue?.system_prompt_version,
    };
    if (!deployed.scaffold && !deployed.prompt_version) return [];
    const out: Finding[] = [];
    for (const { item, citing } of pathItems(ctx)) {
      const m = item.measured;
      if (!m || !isSystemEvidence(item)) continue;
      const problems: { field: Field; text: string }[] = [];
      let unsound = '';
      for (const field of ['scaffold', 'prompt_version'] as const) {
        const measured = m[field];
        const want = deployed[field];
        if (!measured?.trim() || !want?.trim()) continue;
        const why = mismatch(item, measured, want);
        if (!why) continue;
        const bridge = (b: { from: string }) => sameWords(b.from, measured);
        if (bridgingJustification(ctx, citing, bridge)) continue;
        unsound ||= unsoundBridgeNote(ctx, citing, 'configuration', hasBridge(bridge));
        problems.push({ field, text: `${field === 'scaffold' ? 'scaffold' : 'prompt'} "${measured}" is ${why}` });
      }
      if (problems.length === 0) continue;
      out.push(
        report(this.meta, {
          messageId: 'otherScaffold',
          data: {
            item: item.id,
            kind: item.kind,
            problems: problems.map((p) => p.text).join('; '),
            citing: listSome(citing),
            unsound,
          },
          at: { thing: item, path: ['measured', problems[0]!.field] },
          target: item.id,
        }),
      );
    }
    return out;
  },
});
