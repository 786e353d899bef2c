import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DiagramEdge, DiagramGraph, DiagramKind } from '../diagram.js';
import { type Item, spanningTree } from './spanning-tree.js';

const KINDS: Record<string, DiagramKind> = {
  G: 'claim',
  S: 'strategy',
  E: 'evidence',
  C: 'context',
  A: 'assumption',
  D: 'defeater',
};

/**
 * A graph of nodes named by kind letter (G1 a claim, D1 a defeater, ...) and edges "G1>S1" (support),
 * "G1~C1" (context), "D1!G1" (challenge) or "D1!G1>E1" (challenge to the link G1 -> E1).
 */
function graph(nodes: string, edges: string): DiagramGraph {
  const e: DiagramEdge[] = edges
    .split(' ')
    .filter(Boolean)
    .map((s) => {
      const link = /^(\w+)!(\w+)>(\w+)$/.exec(s);
      if (link) return { kind: 'challenge', from: link[1]!, to: link[3]!, link: { from: link[2]!, to: link[3]! } };
      const [from, op, to] = s.split(/([>~!])/) as [string, string, string];
      return { kind: op === '>' ? 'support' : op === '~' ? 'context' : 'challenge', from, to };
    });
  return {
    caseId: 'c',
    title: 't',
    modules: ['c'],
    nodes: nodes.split(' ').map((id) => ({ id, kind: KINDS[id[0]!]!, text: id, module: 'c' })),
    edges: e,
  };
}

/** The tree as "id(kids)[side]", roots joined by spaces. */
function shape(t: { roots: Item[] }): string {
  const show = (it: Item): string =>
    `${it.n.id}${it.kids.length ? `(${it.kids.map(show).join(' ')})` : ''}${
      it.side.length ? `[${it.side.map((s) => s.n.id).join(' ')}]` : ''
    }`;
  return t.roots.map(show).join(' ');
}

describe('spanningTree', () => {
  it('hangs each node under the first node that reaches it, in written order', () => {
    const t = spanningTree(graph('G1 S1 G2 G3 E1', 'G1>S1 S1>G2 S1>G3 G2>E1 G3>E1'));
    assert.equal(shape(t), 'G1(S1(G2(E1) G3))');
    assert.equal(t.items.get('E1')!.parent!.n.id, 'G2');
    assert.equal(t.items.size, 5);
  });

  it('puts context and assumptions beside the first node that refers to them, other context below', () => {
    const t = spanningTree(graph('G1 C1 A1 G2 G3', 'G1~C1 G1~A1 G1>G2 G2~C1 G1~G3'));
    assert.equal(shape(t), 'G1(G2 G3)[C1 A1]');
  });

  it('hangs a defeater under what it challenges, and a link challenger right after the link end', () => {
    const t = spanningTree(graph('G1 E1 E2 D1 D2 C1 D3', 'G1>E1 G1>E2 D1!G1>E1 D2!G1 G1~C1 D3!C1'));
    assert.equal(shape(t), 'G1(E1 D1 E2 D2 D3)[C1]');
  });

  it('makes roots of the unsupported nodes in case order, then of what no root reaches', () => {
    // G3 and G4 support each other (a cycle); D1 challenges G3; D2's target is not in the drawing.
    const t = spanningTree(graph('G1 G2 G3 G4 D1 D2', 'G3>G4 G4>G3 D1!G3 D2!G9'));
    assert.equal(shape(t), 'G1 G2 D2 G3(G4 D1)');
  });
});
