import type { EvidenceItem } from '../../../model/case.js';
import type { ComponentSubject } from '../../../model/schema.js';
import { evidenceSubject } from '../../../model/subject.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { deployedVersions, sameVersion } from './component-version.js';
import {
  bridgingJustification,
  hasBridge,
  norm,
  pathItems,
  resolvedDefeaterNaming,
  unsoundBridgeNote,
} from './scope.js';

const ex = (justification: string, moreEvidence = '') => `context:
  model: { id: m7, build: m7-2026-10-02-rc4 }
  deployment_channel: Public API
  user_population: { description: Verified developer organisations }
argument:
  G1:
    kind: claim
    text: Build m7-2026-10-02-rc4 solves under 20% of professional-tier CTF tasks.${justification ? '\n    in_context_of: [J1]' : ''}
    supported_by: [Sn1]
  Sn1: { kind: evidence, text: Professional CTF suite, evidence: [E1] }
${justification}evidence:
  E1:
    title: Professional CTF suite on rc2
    kind: capability-evaluation
    source_type: internal-test
    measured: { model: m7, build: m7-2026-09-11-rc2, elicitation: 10 attempts per task }
    date: 2026-09-20
    produced_by: Frontier evals team
    polarity: supports
    result: { metric: solve rate, value: 0.09, interval: [0.04, 0.18], sample_size: 84, threshold: { max: 0.2 } }
${moreEvidence}`;

/** Builds the evidence may have measured, normalised to as written: the component's own when it names a role the context lists, else any decided build. */
function expectedBuilds(ctx: RuleContext, component: string | undefined): Map<string, string> {
  const c = ctx.case;
  const all = new Map<string, string>();
  for (const b of ctx.facts.contextBuilds()) all.set(norm(b), b);
  const scoped = c.decision?.value.scope?.build;
  if (scoped) all.set(norm(scoped), scoped);
  if (!component) return all;
  const byRole = (c.context?.value.model.components ?? []).filter((k) => k.role === component);
  return byRole.length ? new Map(byRole.map((k) => [norm(k.build), k.build])) : all;
}

/** What to report for evidence that measured a component on its own, on a version the case does not deploy, or undefined. */
function otherComponentVersion(
  ctx: RuleContext,
  item: EvidenceItem,
  citing: readonly string[],
  component: ComponentSubject,
) {
  const deployed = deployedVersions(ctx, component);
  const measured = component.version;
  if (deployed.length === 0 || deployed.some((d) => sameVersion(measured, d))) return undefined;
  const bridged = (b: { from: string; to: string }) =>
    sameVersion(b.from, measured) && deployed.some((d) => sameVersion(b.to, d));
  if (bridgingJustification(ctx, citing, bridged)) return undefined;
  if (resolvedDefeaterNaming(ctx, item.id, measured)) return undefined;
  const unsound = unsoundBridgeNote(ctx, citing, 'version', hasBridge(bridged));
  return {
    item: item.id,
    kind: component.kind,
    version: measured,
    deployed: listSome(deployed),
    citing: listSome(citing),
    claim: citing[0]!,
    to: deployed[0]!,
    unsound,
  };
}

export const evidenceOtherBuild = defineRule({
  meta: {
    id: 'scope-substitution/evidence-other-build',
    title: 'Evidence measured on another build, with no bridge to the build decided on',
    failureMode: 'scope-substitution',
    severity: 'error',
    rationale:
      'A checkpoint with eleven more days of RL is a different model. Evidence about an earlier build, a predecessor model or another component says nothing about the deployed system unless someone argues why it carries over.',
    docs: `Reports evidence cited on the decision path whose \`measured.build\` is not a build the decision covers: the context's model build, a component build, or \`decision.scope.build\` (compared case-insensitively). When the evidence names \`measured.component\` and the context lists components with that role, the build must be one of theirs: an evaluation of the agent's build labelled as the monitor is reported too. Cases with no context and no decision scope are not checked.

The gap is bridged, and not reported, when
- a **justification** node framing an evidence node that cites the item, or anything above it, has \`bridges: [{ from: <measured build>, to: <a decided build> }]\` and rests on registered evidence (\`evidence: [<the bridging run>]\`), and no open defeater challenges it (a bridge that is itself in doubt, or rests on nothing, leaves the evidence on the other build: the message says why it does not count); or
- a **mitigated or refuted defeater** cites the item as counter-evidence and names the measured build in its text or resolution (the substitution was raised and answered; countercase rules judge the answer).

What was measured decides what is compared (\`subject\`, format 2; absent, it is inferred from the kind):
- evidence about a **process** (\`subject: { process: ... }\`, or one of the kinds \`policy\`, \`procedure\`, \`plan\`, \`drill\`, \`tabletop-exercise\`, \`post-mortem\`, \`contract\`) has no model build and is not checked: a drill of the on-call rota is not evidence from another build;
- evidence about a **component** (\`subject: { component: { id, kind, version } }\`) is compared by version (message \`otherComponentVersion\`): \`version\` against the deployed component's \`version\` (else its \`build\`) in \`context.model.components\`, found by \`id\`, else by role for a monitor or classifier; for a scaffold, against \`context.scaffold_version\`. Versions match when their words match or they carry the same version number ("2.3" and "cot-monitor-2.3"). Not checked when the context names no version for it. Bridged by a justification with \`bridges: [{ from: <measured version>, to: <deployed version> }]\` that rests on evidence and is not challenged, or answered by a resolved defeater naming the measured version, as above;
- evidence about the **model** is compared as described above.

Fix: re-run the evaluation on the decided build, or add a justification with \`bridges\` that argues (ideally with a bridging evaluation) why the result carries over.`,
    examples: {
      failing: ex(''),
      passing: ex(
        `  J1:
    kind: justification
    text: A bridging evaluation on rc4 matched rc2 within 2 points on a 60-task subset.
    bridges: [{ from: m7-2026-09-11-rc2, to: m7-2026-10-02-rc4 }]
    evidence: [E2]
`,
        `  E2:
    title: CTF bridging subset, rc2 against rc4
    kind: capability-evaluation
    source_type: internal-test
    measured: { model: m7, build: m7-2026-10-02-rc4, elicitation: 10 attempts per task }
    date: 2026-10-04
    produced_by: Frontier evals team
    polarity: supports
    result: { metric: solve-rate difference, value: 0.02, sample_size: 60, threshold: { max: 0.05 } }
`,
      ),
    },
    messages: {
      otherComponentVersion:
        'Evidence {{item}} measured {{kind}} version {{version}}, not the deployed {{deployed}}; it is cited on the decision path by {{citing}} and no justification bridges {{version}} to the deployed version.{{unsound}}',
      otherBuild:
        'Evidence {{item}} measured build {{build}}, not {{what}}; it is cited on the decision path by {{citing}} and no justification bridges {{build}} to a decided build.{{unsound}}',
    },
    hints: {
      otherComponentVersion:
        'Re-run it on the deployed {{kind}}, or add a justification framing {{claim}} (or a claim above it) with bridges: [{ from: "{{version}}", to: "{{to}}" }] that argues why the result carries over.',
      otherBuild:
        'Re-run it on the decided build, or add a justification framing {{claim}} (or a claim above it) with bridges: [{ from: {{build}}, to: <decided build> }] that argues why the result carries over.',
    },
  },
  run(ctx) {
    const decided = expectedBuilds(ctx, undefined);
    if (decided.size === 0) return [];
    const byComponent = new Map<string, Map<string, string>>();
    const out: Finding[] = [];
    for (const { item, citing } of pathItems(ctx)) {
      // Build mismatch applies to what was measured: a process has no build, a component has its own version.
      const subject = evidenceSubject(item);
      if (subject.about === 'process') continue;
      if (subject.about === 'component') {
        const data = otherComponentVersion(ctx, item, citing, subject.component);
        const at = { thing: item, path: ['subject', 'component', 'version'] };
        if (data) out.push(report(this.meta, { messageId: 'otherComponentVersion', data, at, target: item.id }));
        continue;
      }
      const m = item.measured;
      if (!m) continue;
      let expected = decided;
      if (m.component) {
        const hit = byComponent.get(m.component);
        if (hit) expected = hit;
        else byComponent.set(m.component, (expected = expectedBuilds(ctx, m.component)));
      }
      const build = norm(m.build);
      if (expected.has(build)) continue;
      const bridge = (b: { from: string; to: string }) => norm(b.from) === build && decided.has(norm(b.to));
      if (bridgingJustification(ctx, citing, bridge)) continue;
      if (resolvedDefeaterNaming(ctx, item.id, m.build)) continue;
      const what =
        m.component && expected.size < decided.size
          ? `the ${m.component} build${expected.size === 1 ? '' : 's'} decided on (${listSome(expected.values())})`
          : `the build${decided.size === 1 ? '' : 's'} decided on (${listSome(decided.values())})`;
      out.push(
        report(this.meta, {
          messageId: 'otherBuild',
          data: {
            item: item.id,
            build: m.build,
            what,
            citing: listSome(citing),
            claim: citing[0]!,
            unsound: unsoundBridgeNote(ctx, citing, 'build', hasBridge(bridge)),
          },
          at: { thing: item, path: ['measured', 'build'] },
          target: item.id,
        }),
      );
    }
    return out;
  },
});
