// Facts that answer for every node at once, against the per-node walks they
// stand for, on random arguments (cycles, repeated and dangling links included).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadCase } from '../../format/load-case.js';
import { memoryReader } from '../../format/memory-reader.js';
import type { ArgNode } from '../../model/case.js';
import { buildGraph } from '../../model/graph.js';
import { exampleFiles } from '../examples.js';
import { CaseFacts } from './facts.js';

const KINDS = ['claim', 'strategy', 'evidence'] as const;

/**
 * A random argument: node i has a kind, children (index n names no node) and, for evidence, a citation or
 * none. Node 0 is a claim and every other node hangs below an earlier one, so that the top claim has
 * branches to walk; a few more links go anywhere (cycles and repeats included).
 */
const arbArgument = fc.integer({ min: 2, max: 18 }).chain((n) =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom(...KINDS, 'evidence' as const),
        parent: fc.nat(n),
        extra: fc.array(fc.integer({ min: 0, max: n }), { maxLength: 1 }),
        cites: fc.nat(3).map((k) => k > 0),
      }),
      { minLength: n, maxLength: n },
    )
    .map((drawn) => {
      const nodes = drawn.map(({ kind, extra, cites }, i) => ({
        kind: i === 0 ? ('claim' as const) : kind,
        kids: [...extra],
        cites,
      }));
      drawn.forEach(({ parent }, i) => {
        if (i > 0) nodes[parent % i]!.kids.unshift(i);
      });
      return nodes;
    }),
);

function factsOf(nodes: { kind: (typeof KINDS)[number]; kids: number[]; cites: boolean }[]): CaseFacts {
  const lines = nodes.map(({ kind, kids, cites }, i) => {
    const list = kids.map((k) => `N${k}`).join(', ');
    if (kind === 'evidence') return `  N${i}: { kind: evidence, text: Result ${i}.${cites ? ', evidence: [E1]' : ''} }`;
    return `  N${i}: { kind: ${kind}, text: Step ${i}., ${kids.length ? `supported_by: [${list}]` : 'undeveloped: true'} }`;
  });
  const item =
    '  E1: { title: Test, kind: red-team, source_type: internal-test, date: 2026-01-01, produced_by: Team, polarity: supports }\n';
  const yaml = `argument:\n${lines.join('\n')}\nevidence:\n${item}`;
  const c = loadCase('warrant.yaml', memoryReader(exampleFiles(yaml))).case!;
  return new CaseFacts(c, buildGraph(c));
}

/** The first claim with children and no evidence below it, in each branch of a search from `from`, as it meets them. */
function bareClaims(facts: CaseFacts, from: Iterable<string>): ArgNode[] {
  const bare: ArgNode[] = [];
  facts.searchBelow(from, (n: ArgNode) => {
    if (n.kind !== 'claim' || !n.supported_by?.length || facts.restsOnEvidence(n.id)) return 'expand';
    bare.push(n);
    return 'skip';
  });
  return bare;
}

const idsOf = (nodes: readonly ArgNode[]) => nodes.map((n) => n.id);

describe('CaseFacts', () => {
  it('a search from where the evidence ends finds the bare claims a search from the top claim finds', () => {
    fc.assert(
      fc.property(arbArgument, (nodes) => {
        const facts = factsOf(nodes);
        const top = facts.top();
        if (!top) return;
        const ends = facts.whereEvidenceEnds();
        const fromTop = bareClaims(facts, [top.id]);
        const fromEnds = bareClaims(facts, ends);
        assert.deepEqual(idsOf(fromEnds).sort(), idsOf(fromTop).sort());
        // firstMet puts them back in the order the search from the top meets them.
        assert.deepEqual(idsOf(facts.firstMet(top.id, fromEnds)), idsOf(fromTop));
        for (const id of ends) {
          assert.ok(facts.onDecisionPath(id) && !facts.restsOnEvidence(id));
          const entered =
            id === top.id || facts.parentsOf(id).some((p) => facts.onDecisionPath(p.id) && facts.restsOnEvidence(p.id));
          assert.ok(entered);
        }
      }),
      { numRuns: 400 },
    );
  });
});
