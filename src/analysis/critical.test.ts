import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { item, loadSmall } from '../../test/support/analysis.js';
import { type CriticalOptions, criticalNodes } from './critical.js';

const AS_OF = '2026-04-28';

function critical(body: string, opts: Partial<CriticalOptions> = {}) {
  const { c, g } = loadSmall(body);
  return criticalNodes(c, g, { asOf: AS_OF, ...opts });
}

/**
 * G1 [A1] -> S1 -> {G2 -> {Sn1 [E1], Sn3 [E4]}, G3 -> Sn2 [E2, E3]}.
 * Conjunctive: every node, item and frame below the top is needed.
 */
const body = (s1 = '') => `argument:
  G1: { kind: claim, text: The model is safe to launch., supported_by: [S1], in_context_of: [A1] }
  A1: { kind: assumption, text: Users are verified developers. }
  S1: { kind: strategy, text: Argue over each risk., supported_by: [G2, G3]${s1} }
  G2: { kind: claim, text: Risk A is acceptable., supported_by: [Sn1, Sn3] }
  G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn2] }
  Sn1: { kind: evidence, text: Evaluation A, evidence: [E1] }
  Sn2: { kind: evidence, text: Evaluation B, evidence: [E2, E3] }
  Sn3: { kind: evidence, text: Evaluation C, evidence: [E4] }
evidence:
${item('E1')}${item('E2')}${item('E3')}${item('E4')}`;

const ALTERNATIVES = ', support: { at_least: 1, justification: Independent teams and methods. }';

describe('criticalNodes', () => {
  it('without declared alternatives every point below the top is a single point of failure, ranked', () => {
    const r = critical(body());
    assert.equal(r.top, 'G1');
    assert.equal(r.topStatus, 'supported');
    assert.equal(r.basis, 'current');
    assert.equal(r.argumentSize, 4);
    assert.deepEqual(
      r.singlePoints.map((s) => `${s.id}:${s.fails}:${s.depth}`),
      ['G2:3:2', 'G3:3:2', 'Sn1:3:3', 'Sn2:3:3', 'Sn3:3:3', 'E1:3:4', 'E2:3:4', 'E3:3:4', 'E4:3:4', 'S1:2:1', 'A1:1:1'],
      'most claims lost first, then the highest, then id',
    );
    assert.deepEqual(r.alternatives, []);
    assert.deepEqual(r.cutSets, []);
    assert.equal(r.exact, true);
  });

  it('ranks evidence items and frames by reach; lists claims resting on one item', () => {
    const r = critical(body());
    assert.deepEqual(
      r.ranking.map((e) => `${e.id}:${e.critical ? 'critical' : '-'}:${e.restsOn}:${e.fails}`),
      ['E1:critical:3:3', 'E2:critical:3:3', 'E3:critical:3:3', 'E4:critical:3:3', 'A1:critical:1:1'],
    );
    assert.equal(r.ranking[0]!.share, 3 / 4);
    assert.deepEqual(r.uncorroborated, [], 'G2 rests on E1 and E4, G3 on E2 and E3');
    const one = critical(body().replace('evidence: [E2, E3]', 'evidence: [E2]'));
    assert.deepEqual(
      one.uncorroborated.map((u) => `${u.id}:${u.item}:${u.depth}`),
      ['G3:E2:2'],
    );
  });

  it('declared alternatives: a leg is no single point of failure, and the legs together are a minimal set', () => {
    const r = critical(body(ALTERNATIVES));
    assert.deepEqual(
      r.singlePoints.map((s) => s.id),
      ['S1', 'A1'],
    );
    assert.deepEqual(
      r.alternatives.map((a) => `${a.id}:${a.atLeast}:${a.legs.join('+')}:${a.held}:${a.margin}:${a.critical}`),
      ['S1:1:G2+G3:2:1:true'],
    );
    assert.deepEqual(
      r.cutSets.map((s) => s.ids.join('+')),
      ['G2+G3'],
    );
    assert.deepEqual(
      r.ranking.map((e) => `${e.id}:${e.restsOn}:${e.fails}`),
      ['E1:3:1', 'E2:3:1', 'E3:3:1', 'E4:3:1', 'A1:1:1'],
      'reach counts every claim above; fails only those that fall',
    );
  });

  it('an item both alternatives rest on is a single point of failure', () => {
    const r = critical(body(ALTERNATIVES).replace('evidence: [E2, E3]', 'evidence: [E2, E1]'));
    assert.ok(r.singlePoints.some((s) => s.id === 'E1' && s.fails === 4));
    assert.ok(!r.singlePoints.some((s) => s.id === 'E2'));
  });

  it('a lost alternative uses up margin: the legs left become single points of failure', () => {
    const r = critical(body(ALTERNATIVES), { defeat: ['E4'] });
    assert.equal(r.topStatus, 'degraded');
    assert.equal(r.basis, 'current');
    assert.deepEqual(
      r.alternatives.map((a) => `${a.id}:${a.held}:${a.margin}:${a.lost.join('+')}`),
      ['S1:1:0:G2'],
    );
    assert.ok(r.singlePoints.some((s) => s.id === 'G3'));
    assert.deepEqual(r.cutSets, []);
  });

  it('two of three: every pair of legs is a minimal set; nested alternatives compose', () => {
    const nested = `argument:
  G1: { kind: claim, text: Top., supported_by: [S1] }
  S1:
    kind: strategy
    text: Three evaluations.
    supported_by: [G2, G3, G4]
    support: { at_least: 2, justification: Independent. }
  G2: { kind: claim, text: A., supported_by: [Sn2] }
  G3: { kind: claim, text: B., supported_by: [G5, G6], support: { at_least: 1, justification: Two replications. } }
  G4: { kind: claim, text: C., supported_by: [Sn4] }
  G5: { kind: claim, text: B1., supported_by: [Sn5] }
  G6: { kind: claim, text: B2., supported_by: [Sn6] }
  Sn2: { kind: evidence, text: A, evidence: [E2] }
  Sn4: { kind: evidence, text: C, evidence: [E4] }
  Sn5: { kind: evidence, text: B1, evidence: [E5] }
  Sn6: { kind: evidence, text: B2, evidence: [E6] }
evidence:
${item('E2')}${item('E4')}${item('E5')}${item('E6')}`;
    const r = critical(nested);
    assert.deepEqual(
      r.singlePoints.map((s) => s.id),
      ['S1'],
    );
    assert.deepEqual(
      r.cutSets.map((s) => s.ids.join('+')),
      ['G2+G3', 'G2+G4', 'G3+G4', 'G2+G5+G6', 'G4+G5+G6'],
    );
    assert.equal(r.cutSetSearch.exhaustive, true);
    assert.deepEqual(
      critical(nested, { maxSetSize: 2 }).cutSets.map((s) => s.ids.join('+')),
      ['G2+G3', 'G2+G4', 'G3+G4'],
      'sets larger than --set-size are left out',
    );
  });

  it('when the top is not established, analyses the argument with its failures repaired, and says so', () => {
    const r = critical(
      body().replace(
        'G3: { kind: claim, text: Risk B is acceptable., supported_by: [Sn2] }',
        'G3: { kind: claim, text: Risk B is acceptable., undeveloped: true }',
      ),
    );
    assert.equal(r.topStatus, 'unsupported');
    assert.equal(r.basis, 'repaired');
    assert.deepEqual(
      r.topFailedLegs.map((l) => l.path.join('>')),
      ['G1>S1>G3'],
    );
    assert.ok(
      r.singlePoints.some((s) => s.id === 'G3'),
      'the hole, once filled, is needed too',
    );
    assert.ok(r.singlePoints.some((s) => s.id === 'G2'));
  });

  it('reports nothing load-bearing when the top fails even repaired (a what-if on it)', () => {
    const r = critical(body(), { defeat: ['G1'] });
    assert.equal(r.topStatus, 'defeated');
    assert.equal(r.argumentSize, 0);
    assert.deepEqual(r.singlePoints, []);
    assert.deepEqual(r.ranking, []);
  });

  it('a work budget cuts counts short but, without alternatives, not the list of single points', () => {
    // E1 cited twice: its failure reaches two nodes, so it needs a walk of its own, which the budget does not allow.
    const shared = body().replace('evidence: [E4]', 'evidence: [E4, E1]');
    assert.equal(critical(shared).singlePoints.find((p) => p.id === 'E1')!.fails, 3);
    const r = critical(shared, { work: 1 });
    assert.equal(r.exact, false);
    assert.equal(r.singlePoints.length, 11);
    assert.equal(r.singlePoints.find((p) => p.id === 'E1')!.fails, 1, 'a lower bound: the top');
    const sets = critical(body(ALTERNATIVES), { setWork: 0 });
    assert.equal(sets.cutSetSearch.exhaustive, false);
  });
});
