import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { item, loadSmall } from '../../test/support/analysis.js';
import { caseStatus } from './status.js';
import { why } from './why.js';

const AS_OF = '2026-04-28';
const body = `argument:
  G1: { kind: claim, text: Top., supported_by: [S1] }
  S1: { kind: strategy, text: Over risks., supported_by: [G2, G3], in_context_of: [A1] }
  A1: { kind: assumption, text: Users are verified. }
  G2: { kind: claim, text: A., supported_by: [Sn1] }
  G3: { kind: claim, text: B., supported_by: [Sn1, Sn2] }
  Sn1: { kind: evidence, text: Shared evaluation, evidence: [E1] }
  Sn2: { kind: evidence, text: Second evaluation, evidence: [E2, E9] }
  D1: { kind: defeater, text: Saturated., challenges: [Sn1], status: open }
  D2: { kind: defeater, text: Old., challenges: ["G3 -> Sn2"], status: refuted }
  D3: { kind: defeater, text: Unrelated., challenges: [G1], status: open }
evidence:
${item('E1')}${item('E2', { polarity: 'mixed' })}`;

function explain(id: string) {
  const { c, g } = loadSmall(body);
  return why(c, g, caseStatus(c, g, { asOf: AS_OF }), id);
}

describe('why', () => {
  it('gives the shortest chain up to the top and the other parents', () => {
    const r = explain('Sn1')!;
    assert.deepEqual(
      r.up.map((s) => `${s.id}:${s.status}`),
      ['Sn1:challenged', 'G2:challenged', 'S1:unsupported', 'G1:unsupported'],
    );
    assert.deepEqual(r.otherParents, [{ of: 'Sn1', parents: ['G3'] }]);
    assert.equal(r.reachesTop, true);
    assert.deepEqual(r.failedLegs, [], 'Sn1 is established');
  });

  it('shows what a node rests on: the tree, items, frames and defeaters, each node once', () => {
    const r = explain('S1')!;
    assert.equal(r.below!.id, 'S1');
    assert.deepEqual(
      r.below!.children.map((k) => k.id),
      ['G2', 'G3'],
    );
    const g3 = r.below!.children[1]!;
    assert.deepEqual(
      g3.children.map((k) => `${k.id}${k.repeat ? '*' : ''}`),
      ['Sn1*', 'Sn2'],
      'Sn1 is shown once, then referred to',
    );
    assert.deepEqual(
      r.items.map((e) => `${e.id}:${e.status}:${e.registered}`),
      ['E1:supported:true', 'E2:contested:true', 'E9:undeveloped:false'],
    );
    assert.deepEqual(
      r.frames.map((f) => `${f.id}:${f.frames.join('+')}`),
      ['A1:S1'],
    );
    assert.deepEqual(
      r.defeaters.map((d) => `${d.id}:${d.status}`),
      ['D1:open'],
      'D3 is above, not below; D2 is refuted',
    );
    assert.equal(r.resolvedDefeaters, 1);
    assert.deepEqual(
      r.failedLegs.map((l) => `${l.path.join('>')}:${l.cause.code}`),
      ['S1>G3>Sn2:missing-evidence'],
      'from the node down to where its leg fails',
    );
  });

  it('explains an evidence item from the nodes that cite it', () => {
    const r = explain('E9')!;
    assert.equal(r.target.kind, 'item');
    assert.equal(r.target.status, 'undeveloped');
    assert.deepEqual(
      r.up.map((s) => s.id),
      ['Sn2', 'G3', 'S1', 'G1'],
    );
    assert.deepEqual(
      r.items.map((e) => e.citedBy),
      [['Sn2']],
    );
  });

  it('explains an assumption through the nodes it frames; an unknown id gives undefined', () => {
    const r = explain('A1')!;
    assert.equal(r.target.kind, 'assumption');
    assert.deepEqual(
      r.up.map((s) => s.id),
      ['A1', 'S1', 'G1'],
    );
    assert.equal(explain('nope'), undefined);
  });
});
