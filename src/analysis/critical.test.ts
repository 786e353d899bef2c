import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { item, loadSmall } from '../../test/support/analysis.js';
import { criticalNodes } from './critical.js';

const AS_OF = '2026-04-28';

function critical(body: string, opts: { pairWork?: number } = {}) {
  const { c, g } = loadSmall(body);
  return criticalNodes(c, g, { asOf: AS_OF, ...opts });
}

/**
 * G1 [A1] -> S1 -> {G2 -> Sn1 [E1], G3 -> Sn2 [E2, E3]}; G2 also rests on Sn3 [E4].
 * Top fails only if S1 fails (or A1, or G1's own frame), S1 fails only if both G2 and G3 fail.
 */
const body = `argument:
  G1: { kind: claim, text: The model is safe to launch., supported_by: [S1], in_context_of: [A1] }
  A1: { kind: assumption, text: Users are verified developers. }
  S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3] }
  G2: { kind: claim, text: Risk A is acceptable., supported_by: [Sn1, Sn3] }
  G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn2] }
  Sn1: { kind: evidence, text: Evaluation A, evidence: [E1] }
  Sn2: { kind: evidence, text: Evaluation B, evidence: [E2, E3] }
  Sn3: { kind: evidence, text: Evaluation C, evidence: [E4] }
evidence:
${item('E1')}${item('E2')}${item('E3')}${item('E4')}`;

describe('criticalNodes', () => {
  it('finds the single points of failure, nearest the top first', () => {
    const r = critical(body);
    assert.equal(r.top, 'G1');
    assert.equal(r.topStatus, 'supported');
    assert.equal(r.argumentSize, 4);
    assert.deepEqual(
      r.singlePoints.map((s) => `${s.kind}:${s.id}:${s.fails}`),
      ['assumption:A1:1', 'strategy:S1:2'],
    );
  });

  it('finds the pairs whose joint failure unsupports the top', () => {
    const r = critical(body);
    assert.equal(r.pairSearch.exhaustive, true);
    const pairs = r.pairs.map((p) => [...p.ids].sort().join('+')).sort();
    // G2 fails only by itself (Sn1 and Sn3 back each other up); G3 fails by itself or with Sn2 (E2 and E3 back each other up).
    assert.deepEqual(pairs, ['G2+G3', 'G2+Sn2']);
    assert.ok(!pairs.some((p) => p.includes('S1') || p.includes('A1')), 'single points are not in pairs');
  });

  it('ranks evidence items and assumptions by the support that rests on them', () => {
    const r = critical(body);
    assert.deepEqual(
      r.ranking.map((e) => `${e.id}:${e.critical ? 'critical' : '-'}:${e.fails}:${e.restsOn}`),
      ['A1:critical:1:1', 'E1:-:0:3', 'E2:-:0:3', 'E3:-:0:3', 'E4:-:0:3'],
    );
    assert.equal(r.ranking[0]!.share, 1 / 4);
    assert.equal(r.rankingExact, true);
  });

  it('a lone evidence chain makes every link of it critical', () => {
    const r = critical(`argument:
  G1: { kind: claim, text: Top., supported_by: [G2] }
  G2: { kind: claim, text: A., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: E., evidence: [E1] }
evidence:
${item('E1')}`);
    assert.deepEqual(
      r.singlePoints.map((s) => `${s.id}:${s.fails}`),
      ['G2:2', 'Sn1:2', 'E1:2'],
    );
    assert.deepEqual(r.pairs, []);
    assert.deepEqual(
      r.ranking.map((e) => `${e.id}:${e.fails}:${e.share}`),
      ['E1:2:1'],
    );
  });

  it('a frame used by both legs is critical even though neither use dominates alone', () => {
    const r = critical(`argument:
  G1: { kind: claim, text: Top., supported_by: [G2, G3] }
  A1: { kind: assumption, text: Shared assumption. }
  G2: { kind: claim, text: A., supported_by: [Sn1], in_context_of: [A1] }
  G3: { kind: claim, text: B., supported_by: [Sn2], in_context_of: [A1] }
  Sn1: { kind: evidence, text: E., evidence: [E1] }
  Sn2: { kind: evidence, text: E., evidence: [E2] }
evidence:
${item('E1')}${item('E2')}`);
    assert.deepEqual(
      r.singlePoints.map((s) => `${s.id}:${s.fails}`),
      ['A1:3'],
    );
    assert.equal(r.ranking[0]!.id, 'A1');
    assert.equal(r.ranking[0]!.critical, true);
  });

  it('reports nothing load-bearing when the top is already without support', () => {
    const r = critical(`argument:
  G1: { kind: claim, text: Top., undeveloped: true }
`);
    assert.equal(r.topStatus, 'undeveloped');
    assert.deepEqual(r.singlePoints, []);
    assert.deepEqual(r.ranking, []);
  });

  it('stops the pair search at its work budget and says so', () => {
    const r = critical(body, { pairWork: 1 });
    assert.equal(r.pairSearch.exhaustive, false);
    assert.equal(r.pairSearch.tried, 1);
    assert.ok(r.pairSearch.candidates > 1);
  });
});
