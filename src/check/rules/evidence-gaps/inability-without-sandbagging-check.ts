import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { inabilityCase, item } from './fixtures.js';
import { addressesSandbagging, inabilityFacts, isModelCapabilityEval, SANDBAGGING } from './inability.js';

const result =
  'result: { metric: accuracy, value: 0.21, interval: [0.15, 0.28], sample_size: 180, threshold: { max: 0.35 } }';
const measured = (elicitation: string) =>
  `measured: { model: m7, build: m7-2026-09-30, elicitation: "${elicitation}" }, ${result}`;

/** Evidence nodes on the decision path whose evidence addresses sandbagging, and the builds those checks measured ("*" for any). */
function sandbaggingChecks(ctx: RuleContext): { nodes: string[]; builds: Set<string> } {
  const { facts } = ctx;
  const checks: string[] = [];
  const builds = new Set<string>();
  // Evidence nodes under a claim about sandbagging ("no evidence of strategic underperformance") count too.
  const sandbagClaims = facts
    .nodesOf('claim')
    .filter((n) => facts.onDecisionPath(n.id) && SANDBAGGING.test(n.text))
    .map((n) => n.id);
  const underSandbagClaims = facts.below(sandbagClaims);
  for (const { item, citing } of facts.pathItems()) {
    const direct = addressesSandbagging(item);
    for (const id of citing) {
      if (!direct && !underSandbagClaims.has(id) && !SANDBAGGING.test(ctx.case.nodes.get(id)!.text)) continue;
      checks.push(id);
      builds.add(normBuild(item.measured?.build) ?? '*');
    }
  }
  return { nodes: checks, builds };
}

/** A build id trimmed and in lower case (undefined when none is given); remembered per text, since a case names few builds. */
function normBuild(build: string | undefined): string | undefined {
  if (!build) return undefined;
  let b = normBuilds.get(build);
  if (b === undefined) {
    b = build.trim().toLowerCase();
    if (normBuilds.size > 10_000) normBuilds.clear();
    normBuilds.set(build, b);
  }
  return b;
}

const normBuilds = new Map<string, string>();

/** Nodes challenged by a mitigated or refuted defeater about sandbagging whose resolution cites something. */
function answeredSandbaggingDefeaters(ctx: RuleContext): string[] {
  const out: string[] = [];
  for (const ch of ctx.graph.challenges) {
    const d = ctx.case.nodes.get(ch.defeater);
    if (d?.kind !== 'defeater' || (d.status !== 'mitigated' && d.status !== 'refuted') || !d.resolution?.refs?.length)
      continue;
    if (!SANDBAGGING.test(`${d.text} ${d.resolution.summary}`)) continue;
    if (ch.node !== undefined) out.push(ch.node);
    else if (ch.link) out.push(ch.link.from, ch.link.to);
  }
  return out.filter((id) => ctx.case.nodes.has(id));
}

export const inabilityWithoutSandbaggingCheck = defineRule({
  meta: {
    id: 'evidence-gaps/inability-without-sandbagging-check',
    title: 'Inability claim with no check for sandbagging',
    failureMode: 'evidence-gaps',
    severity: 'warning',
    rationale:
      'A model that recognises an evaluation can underperform on purpose, and prompting alone will not reveal it. An inability claim needs some evidence that the low scores are not strategic: fine-tuning elicitation, a password-locked control, or an evaluation-awareness probe.',
    docs: `Reports the topmost **inability claims** (see \`evidence-gaps/inability-without-elicitation\` for the definition) for which nothing in the argument addresses sandbagging (strategic underperformance). A claim is covered when either
- an evidence item cited below it addresses sandbagging: its title, notes, result metric or summary, or elicitation mention *sandbagging*, *password-locked*, *strategic* or *deliberate underperformance*, *exploration hacking* or *evaluation awareness*, or its \`measured.elicitation\` records **fine-tuning** (which removes learned underperformance), not negated ("no fine-tuning", "sandbagging not assessed" do not count; a negation that is the check's result, "no sign of sandbagging", "sandbagging not detected", "never observed", does); or the evidence node, or a claim above it in the argument, talks about sandbagging; or
- such a check appears anywhere on the decision path and measured the same build as one of the capability evaluations below the claim (sandbagging is a property of the model, so a model-level check in a separate validity branch covers every inability claim about that build); a check that names no build covers every inability claim; or
- a **mitigated or refuted defeater** about sandbagging (its text or resolution uses the words above) with resolution \`refs\` challenges the claim, a node above it or below it: the doubt was raised and answered (the countercase rules judge the answer).

Only the topmost uncovered inability claim of a branch is reported, so one gap is reported once.

Fix: add evidence that the model is not sandbagging on these evaluations (fine-tuning elicitation on held-out trajectories, a password-locked model control, an evaluation-awareness probe), and cite it below the claim or in the argument's evaluation-validity branch.`,
    examples: {
      failing: inabilityCase({
        items: item('E1', measured('Best of 3 scaffolds, 10 attempts per task; no fine-tuning')),
      }),
      passing: inabilityCase({
        items: item(
          'E1',
          measured('Best of 3 scaffolds, 10 attempts per task; supervised fine-tuning on 800 held-out transcripts'),
        ),
      }),
    },
    messages: {
      noSandbaggingCheck:
        'Inability claim {{claim}} rests on capability evaluations ({{evals}}), but no evidence below it, and no check on the same build in the argument, addresses sandbagging{{inner}}.',
    },
    hints: {
      noSandbaggingCheck:
        'Add evidence that the low scores are not strategic (fine-tuning elicitation, a password-locked control, an evaluation-awareness probe) and cite it below the claim or in an evaluation-validity branch.',
    },
  },
  run(ctx) {
    const { facts } = ctx;
    const inability = inabilityFacts(ctx);
    if (inability.claims.length === 0) return [];
    const checks = sandbaggingChecks(ctx);
    if (checks.builds.has('*')) return [];
    // Cheapest coverage first; stop as soon as every inability claim is covered. One walk each.
    let covered = facts.above(checks.nodes);
    const allCovered = () => inability.claims.every((n) => covered.has(n.id));
    if (allCovered()) return [];
    // A model-level check covers every claim resting on a capability evaluation of the same build.
    const sameBuild: string[] = [];
    for (const { item, citing } of facts.pathItems()) {
      if (!isModelCapabilityEval(item)) continue;
      const b = normBuild(item.measured?.build);
      if (b && checks.builds.has(b)) sameBuild.push(...citing);
    }
    if (sameBuild.length) covered = covered.union(facts.above(sameBuild));
    if (allCovered()) return [];
    // A sandbagging doubt recorded as a defeater and resolved with references covers what it challenges.
    const answered = answeredSandbaggingDefeaters(ctx);
    if (answered.length) covered = covered.union(facts.above(answered)).union(facts.below(answered));
    const uncovered = inability.claims.filter((n) => !covered.has(n.id));
    const uncoveredIds = new Set(uncovered.map((n) => n.id));
    const belowUncovered = facts.under(uncoveredIds);
    const out: Finding[] = [];
    for (const n of uncovered) {
      if (belowUncovered.has(n.id)) continue;
      const evals = facts
        .evidenceBelow(n.id)
        .filter(isModelCapabilityEval)
        .map((e) => e.id);
      const inner = [...facts.below(n.id)].filter((k) => k !== n.id && uncoveredIds.has(k)).length;
      out.push(
        report(this.meta, {
          messageId: 'noSandbaggingCheck',
          data: {
            claim: n.id,
            evals: listSome(evals),
            inner: inner ? ` (nor for the ${inner} inability claim${inner === 1 ? '' : 's'} below it)` : '',
          },
          at: { thing: n, path: ['text'] },
          target: n.id,
        }),
      );
    }
    return out;
  },
});
