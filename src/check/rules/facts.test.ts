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

/** A random argument: node i has a kind, children (index n names no node) and, for evidence, a citation or none. */
const arbArgument = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.array(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      kids: fc.array(fc.integer({ min: 0, max: n }), { maxLength: 3 }),
      cites: fc.boolean(),
    }),
    { minLength: n, maxLength: n },
  ),
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

/** The first claim with children and no evidence below it, in each branch of a search from `from`. */
function bareClaims(facts: CaseFacts, from: Iterable<string>): string[] {
  const bare: string[] = [];
  facts.searchBelow(from, (n: ArgNode) => {
    if (n.kind !== 'claim' || !n.supported_by?.length || facts.restsOnEvidence(n.id)) return 'expand';
    bare.push(n.id);
    return 'skip';
  });
  return bare.sort();
}

describe('CaseFacts', () => {
  it('a search from where the evidence ends finds the bare claims a search from the top claim finds', () => {
    fc.assert(
      fc.property(arbArgument, (nodes) => {
        const facts = factsOf(nodes);
        const top = facts.top();
        if (!top) return;
        const ends = facts.whereEvidenceEnds();
        assert.deepEqual(bareClaims(facts, ends), bareClaims(facts, [top.id]));
        for (const id of ends) {
          assert.ok(facts.onDecisionPath(id) && !facts.restsOnEvidence(id));
          const entered =
            id === top.id || facts.parentsOf(id).some((p) => facts.onDecisionPath(p.id) && facts.restsOnEvidence(p.id));
          assert.ok(entered);
        }
      }),
      { numRuns: 300 },
    );
  });
});
