import type { ArgNode, EvidenceItem } from '../../../model/case.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { wordPattern } from '../text.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { inabilityCase, item } from './fixtures.js';

/**
 * What a justification must say to link a proxy task to the risk model: a
 * word that links a measure to what it stands for (proxy, represents,
 * predicts, tracks, covers, ...), or both a word for the measure and one for
 * the risk side. A measure word alone ("the evaluation ran on schedule") or a
 * risk word alone links nothing.
 */
const LINKS = wordPattern([
  /prox(?:y|ies)/,
  /represent\w*/,
  /predict\w*/,
  /correlat\w*/,
  /calibrat\w*/,
  /bottlenecks?/,
  /tracks?/,
  /stands? in for/,
  /cover(?:s|ed|age)?/,
  /(?:is|are) (?:a |an )?(?:good |valid |reasonable )?(?:measure|indicator)s? of/,
]);
const MEASURE_SIDE = wordPattern([
  /tasks?/,
  /benchmarks?/,
  /suites?/,
  /evaluations?/,
  /evals?/,
  /ctfs?/,
  /capture[- ]the[- ]flag/,
  /ranges?/,
  /thresholds?/,
  /scores?/,
]);
const RISK_SIDE = wordPattern([
  /pathways?/,
  /risk models?/,
  /threat models?/,
  'uplift',
  /capabilit(?:y|ies)/,
  /harms?/,
  /real[- ]world/,
  /attack(?:s|ers?)?/,
  /threat actors?/,
  /misuse/,
  /(?:wet[- ]lab|operational) steps?/,
]);

/** True if the text links a proxy measure to the risk model (see LINKS). */
function linksProxy(text: string): boolean {
  return LINKS.test(text) || (MEASURE_SIDE.test(text) && RISK_SIDE.test(text));
}

/**
 * A capability evaluation that measures the harm itself rather than a stand-in
 * for it: experts red-teaming the model for the harm, or people doing the task
 * with and without it (an uplift trial). Not when the red team worked through
 * a benchmark, a suite or a set of tasks: those are proxies again.
 */
const DIRECT = wordPattern(
  [
    /red[- ]team(?:ing|ed|ers?)?(?! (?:benchmarks?|suites?|ctfs?|tasks?|questions?|datasets?)\b)/,
    /(?:human )?uplift (?:study|studies|trials?|experiments?)/,
    /randomi[sz]ed (?:controlled )?trials?/,
    /\bRCTs?/,
  ],
  { gate: ['red', 'uplift', 'randomi', 'rct'] },
);
/** Proxy nouns anywhere in the item: a direct measurement names none. */
const PROXY_NOUN = wordPattern([
  /benchmarks?/,
  /suites?/,
  /ctfs?/,
  /capture[- ]the[- ]flag/,
  /multiple[- ]choice/,
  /prox(?:y|ies)/,
  /(?:question|task) sets?/,
]);

/** True if the item measures the harm directly (see DIRECT), not through a proxy task. */
function measuresDirectly(e: EvidenceItem): boolean {
  const text = [e.title, e.result?.summary].filter(Boolean).join(' ');
  return DIRECT.test(text) && !PROXY_NOUN.test(text);
}

const result =
  'measured: { model: m7, build: m7-2026-09-30, elicitation: "10 attempts, helpful-only fine-tune" }, result: { metric: accuracy, value: 0.21, interval: [0.15, 0.28], sample_size: 180, threshold: { max: 0.35 } }';

/** A justification that links proxies to risks: linking words, or a bridge. */
function links(n: ArgNode): boolean {
  return n.kind === 'justification' && (linksProxy(n.text) || (n.bridges?.length ?? 0) > 0);
}

/** The claims an evidence node rests directly under: its claim parents, looking through strategies, in walk order. */
function restingClaims(ctx: RuleContext, evidenceNode: string): string[] {
  const above = ctx.facts.above(ctx.graph.parentsOf(evidenceNode), { stopAt: (n) => n.kind !== 'strategy' });
  return [...above].filter((id) => ctx.case.nodes.get(id)!.kind === 'claim');
}

export const proxyTaskWithoutJustification = defineRule({
  meta: {
    id: 'evidence-gaps/proxy-task-without-justification',
    title: 'Proxy task with no justification linking it to the risk model',
    failureMode: 'evidence-gaps',
    severity: 'warning',
    rationale:
      'A capability evaluation is a proxy: a score on a benchmark or a CTF suite stands in for what a threat actor could do. Without a stated reason why the proxy tracks the harm pathway, a low score may simply measure the wrong thing.',
    docs: `Reports a claim that rests directly (possibly through strategies) on an evidence node citing a \`capability-evaluation\` on the decision path (not one that measures the harm itself: a red-team evaluation or an uplift trial, whose title or summary names no benchmark, suite, CTF, proxy or task set), when no **justification** node frames the evidence node, the strategies between, the claim, or anything above it (\`in_context_of\` on any of them), whose text links proxies to risks. A linking justification has \`bridges\`, or its text links a measure to what it stands for: it says proxy, represents, predicts, correlates, calibrated, bottleneck, tracks, stands in for, covers, or "is a measure/indicator of"; or it names both the measure (task, benchmark, suite, evaluation, CTF, range, threshold, score) and the risk side (pathway, risk model, threat model, uplift, capability, harm, real-world, attack, threat actor, misuse, wet-lab or operational steps). A measure word alone ("the evaluation ran on schedule") or a risk word alone links nothing.

Fix: add a justification node (\`kind: justification\`) in the context of the claim or of the strategy above the evaluations, saying why the proxy tasks track the risk model (coverage of the bottleneck steps, calibration against experts or incidents), and cite its evidence if it has any.`,
    examples: {
      failing: inabilityCase({ items: item('E1', result) }),
      passing: inabilityCase({
        supports: 'S1',
        extraNodes: `  S1: { kind: strategy, text: Argue from proxy tasks., in_context_of: [J1], supported_by: [Sn1] }\n  J1: { kind: justification, text: The troubleshooting tasks cover the wet-lab bottleneck steps in the threat model (expert mapping). }\n`,
        items: item('E1', result),
      }),
    },
    messages: {
      proxyUnjustified:
        'Claim {{claim}} rests on capability evaluations used as proxy tasks ({{items}}), but no justification in its context or above it says why these tasks track the risk model.',
    },
    hints: {
      proxyUnjustified:
        'Add a justification node (in_context_of the claim or the strategy above the evaluations) explaining why the proxy tasks track the harm pathway: which bottleneck steps they cover, and how they were calibrated.',
    },
  },
  run(ctx) {
    const { case: c, facts } = ctx;
    const capabilityNodes: string[] = [];
    for (const { item, citing } of facts.pathItems())
      if (item.kind === 'capability-evaluation' && !measuresDirectly(item)) capabilityNodes.push(...citing);
    if (capabilityNodes.length === 0) return [];
    // Everything stated in a linking justification, and everything below it.
    const framed = facts.nodesOf('justification').flatMap((j) => (links(j) ? ctx.graph.sources(j.id, 'context') : []));
    const justified = facts.below(framed);
    const reported = new Map<string, string[]>();
    for (const e of new Set(capabilityNodes)) {
      if (justified.has(e)) continue;
      for (const claim of restingClaims(ctx, e)) {
        const list = reported.get(claim);
        if (list) list.push(e);
        else reported.set(claim, [e]);
      }
    }
    const out: Finding[] = [];
    for (const [claimId, nodes] of reported) {
      const claim = c.nodes.get(claimId)!;
      const items = [
        ...new Set(nodes.flatMap((n) => (c.nodes.get(n) as { evidence?: string[] }).evidence ?? [])),
      ].filter((i) => {
        const e = c.evidence.get(i);
        return e?.kind === 'capability-evaluation' && !measuresDirectly(e);
      });
      out.push(
        report(this.meta, {
          messageId: 'proxyUnjustified',
          data: { claim: claimId, items: listSome(items) },
          at: { thing: claim },
          target: claimId,
        }),
      );
    }
    return out;
  },
});
