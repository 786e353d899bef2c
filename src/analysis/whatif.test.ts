import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { item, loadSmall } from '../../test/support/analysis.js';
import { checkTargets, topFails, topWorsened, whatIf } from './whatif.js';

const AS_OF = '2026-04-28';
const body = `argument:
  G1: { kind: claim, text: Top., supported_by: [S1] }
  S1: { kind: strategy, text: Over risks., supported_by: [G2, G3], in_context_of: [A1] }
  A1: { kind: assumption, text: Users are verified. }
  G2: { kind: claim, text: A., supported_by: [Sn1] }
  G3: { kind: claim, text: B., supported_by: [Sn2] }
  Sn1: { kind: evidence, text: E., evidence: [E1] }
  Sn2: { kind: evidence, text: E., evidence: [E2, E3] }
  D1: { kind: defeater, text: X., challenges: [G1], status: mitigated }
evidence:
${item('E1')}${item('E2')}${item('E3')}`;

describe('whatIf', () => {
  it('lists the nodes that change, before and after, and the top claim: one failed leg fails it', () => {
    const { c, g } = loadSmall(body);
    const r = whatIf(c, g, { asOf: AS_OF, defeat: ['E1'] });
    assert.equal(r.topBefore, 'supported');
    assert.equal(r.topAfter, 'unsupported');
    assert.deepEqual(
      r.changes.map((ch) => `${ch.id}:${ch.before}->${ch.after}${ch.fails ? '!' : ''}`),
      [
        'G1:supported->unsupported!',
        'S1:supported->unsupported!',
        'G2:supported->unsupported!',
        'Sn1:supported->unsupported!',
      ],
    );
    assert.equal(topWorsened(r), true);
    assert.equal(topFails(r), true);
  });

  it('an evidence node needs every item it cites; an assumption defeats what it frames', () => {
    const { c, g } = loadSmall(body);
    const second = whatIf(c, g, { asOf: AS_OF, defeat: ['E2'] });
    assert.deepEqual(
      second.changes.map((ch) => `${ch.id}:${ch.after}`),
      ['G1:unsupported', 'S1:unsupported', 'G3:unsupported', 'Sn2:unsupported'],
      'E3 is a second item, not a declared alternative',
    );
    const r = whatIf(c, g, { asOf: AS_OF, defeat: ['A1'] });
    assert.equal(r.after.nodes.get('S1')!.status, 'defeated');
    assert.equal(r.after.nodes.get('S1')!.reasons[0]!.code, 'frame-defeated');
    assert.equal(r.topAfter, 'unsupported');
    assert.ok(r.changes.some((ch) => ch.id === 'G1' && ch.fails));
  });

  it('losing one of declared alternatives leaves the top established: the what-if passes', () => {
    const { c, g } = loadSmall(
      body.replace(
        'supported_by: [G2, G3], in_context_of: [A1] }',
        'supported_by: [G2, G3], in_context_of: [A1], support: { at_least: 1, justification: Independent teams. } }',
      ),
    );
    const r = whatIf(c, g, { asOf: AS_OF, defeat: ['E1'] });
    assert.equal(r.topAfter, 'degraded');
    assert.equal(topFails(r), false);
    assert.equal(topFails(whatIf(c, g, { asOf: AS_OF, defeat: ['E1', 'E3'] })), true);
  });

  it('checks ids: unknown ones get a suggestion, defeaters are refused', () => {
    const { c } = loadSmall(body);
    assert.deepEqual(checkTargets(c, ['G2', 'E1', 'A1']), []);
    const [unknown] = checkTargets(c, ['E4x']);
    assert.match(unknown!.message, /no node or evidence item E4x/);
    const [close] = checkTargets(c, ['g2']);
    assert.equal(close!.suggestion, 'G2');
    assert.match(checkTargets(c, ['D1'])[0]!.message, /defeater/);
  });
});
