import type { ArgNode } from '../../../model/case.js';
import type { CaseFacts } from '../facts.js';
import { report } from '../messages.js';
import { wordPattern } from '../text.js';
import { defineRule, type Finding } from '../types.js';
import { inabilityCase, item } from './fixtures.js';

/** What a justification must talk about to link a proxy task to the risk model. */
const PROXY_LINK = wordPattern([
  /prox(?:y|ies)/,
  /tasks?/,
  /benchmarks?/,
  /suites?/,
  /evaluations?/,
  /evals?/,
  /ctfs?/,
  /capture[- ]the[- ]flag/,
  /ranges?/,
  /thresholds?/,
  /represent\w*/,
  /predict\w*/,
  /correlat\w*/,
  /bottlenecks?/,
  /calibrat\w*/,
  /pathways?/,
  /risk models?/,
  /threat models?/,
  'uplift',
  /capabilit(?:y|ies)/,
  /harms?/,
]);

const result =
  'measured: { model: m7, build: m7-2026-09-30, elicitation: "10 attempts, helpful-only fine-tune" }, result: { metric: accuracy, value: 0.21, interval: [0.15, 0.28], sample_size: 180, threshold: { max: 0.35 } }';

/** A justification that links proxies to risks: linking words, or a bridge. */
function links(n: ArgNode): boolean {
  return n.kind === 'justification' && (PROXY_LINK.test(n.text) || (n.bridges?.length ?? 0) > 0);
}

/**
 * The claims an evidence node (by number) rests directly under: its claim
 * parents, looking through strategies, in walk order. `seen` is scratch space
 * shared by the calls of a run; a node counts as seen when it holds `mark`.
 */
function restingClaims(facts: CaseFacts, evidenceNode: number, seen: Int32Array, mark: number): string[] {
  const nodes = facts.nodeList();
  const { parentStart, parentList } = facts.parentIndex();
  const out: string[] = [];
  seen[evidenceNode] = mark;
  const stack = [evidenceNode];
  while (stack.length) {
    const v = stack.pop()!;
    for (let e = parentStart[v]!; e < parentStart[v + 1]!; e++) {
      const p = parentList[e]!;
      if (seen[p] === mark) continue;
      seen[p] = mark;
      const n = nodes[p]!;
      if (n.kind === 'claim') out.push(n.id);
      else if (n.kind === 'strategy') stack.push(p);
    }
  }
  return out;
}

export const proxyTaskWithoutJustification = defineRule({
  meta: {
    id: 'evidence-gaps/proxy-task-without-justification',
    title: 'Proxy task with no justification linking it to the risk model',
    failureMode: 'evidence-gaps',
    severity: 'warning',
    rationale:
      'A capability evaluation is a proxy: a score on a benchmark or a CTF suite stands in for what a threat actor could do. Without a stated reason why the proxy tracks the harm pathway, a low score may simply measure the wrong thing.',
    docs: `Reports a claim that rests directly (possibly through strategies) on an evidence node citing a \`capability-evaluation\` on the decision path, when no **justification** node frames the evidence node, the strategies between, the claim, or anything above it (\`in_context_of\` on any of them), whose text links proxies to risks. A linking justification has \`bridges\`, or its text mentions at least one of: proxy, task, benchmark, suite, evaluation, CTF, range, threshold, representative, predicts, correlates, bottleneck, calibrated, pathway, risk model, threat model, uplift, capability, harm.

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
    // Node numbers and masks rather than id sets: this reads every evidence node on the path.
    const capabilityNodes: number[] = [];
    for (const { item, at } of facts.pathItems())
      if (item.kind === 'capability-evaluation') capabilityNodes.push(...at);
    if (capabilityNodes.length === 0) return [];
    const nodes = facts.nodeList();
    const { contextStart, contextList } = facts.contextIndex();
    const linking = new Int8Array(nodes.length); // 0 not yet asked, 1 no, 2 yes
    const framed: number[] = [];
    for (let i = 0; i < nodes.length; i++) {
      for (let e = contextStart[i]!; e < contextStart[i + 1]!; e++) {
        const k = contextList[e]!;
        if (linking[k] === 0) linking[k] = links(nodes[k]!) ? 2 : 1;
        if (linking[k] === 2) {
          framed.push(i);
          break;
        }
      }
    }
    const justified = facts.markBelow(framed);
    const reported = new Map<string, string[]>();
    const done = new Uint8Array(nodes.length); // each evidence node once
    const seen = new Int32Array(nodes.length);
    for (const e of capabilityNodes) {
      if (justified[e] || done[e]) continue;
      done[e] = 1;
      for (const claim of restingClaims(facts, e, seen, e + 1)) {
        const list = reported.get(claim);
        if (list) list.push(nodes[e]!.id);
        else reported.set(claim, [nodes[e]!.id]);
      }
    }
    const out: Finding[] = [];
    for (const [claimId, nodes] of reported) {
      const claim = c.nodes.get(claimId)!;
      const items = [
        ...new Set(nodes.flatMap((n) => (c.nodes.get(n) as { evidence?: string[] }).evidence ?? [])),
      ].filter((i) => c.evidence.get(i)?.kind === 'capability-evaluation');
      out.push(
        report(this.meta, {
          messageId: 'proxyUnjustified',
          data: { claim: claimId, items: items.join(', ') },
          at: { thing: claim },
          target: claimId,
        }),
      );
    }
    return out;
  },
});
