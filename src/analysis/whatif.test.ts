import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { item, loadSmall } from '../../test/support/analysis.js';
import { checkTargets, topWorsened, whatIf } from './whatif.js';

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
  it('lists the nodes that change, before and after, and the top claim', () => {
    const { c, g } = loadSmall(body);
    const r = whatIf(c, g, { asOf: AS_OF, defeat: ['E1'] });
    assert.equal(r.topBefore, 'supported');
    assert.equal(r.topAfter, 'partial');
    assert.deepEqual(
      r.changes.map((ch) => `${ch.id}:${ch.before}->${ch.after}${ch.losesSupport ? '!' : ''}`),
      ['G1:supported->partial', 'S1:supported->partial', 'G2:supported->defeated!', 'Sn1:supported->defeated!'],
    );
    assert.equal(topWorsened(r), true);
  });

  it('losing a backed-up item leaves partial support; an assumption defeats what it frames', () => {
    const { c, g } = loadSmall(body);
    const backed = whatIf(c, g, { asOf: AS_OF, defeat: ['E2'] });
    assert.deepEqual(
      backed.changes.map((ch) => `${ch.id}:${ch.after}`),
      ['G1:partial', 'S1:partial', 'G3:partial', 'Sn2:partial'],
    );
    assert.ok(!backed.changes.some((ch) => ch.losesSupport), 'E3 still supports Sn2');
    const r = whatIf(c, g, { asOf: AS_OF, defeat: ['A1'] });
    assert.equal(r.topAfter, 'defeated');
    assert.ok(r.changes.some((ch) => ch.id === 'G1' && ch.losesSupport));
    assert.equal(r.after.nodes.get('S1')!.reasons[0]!.code, 'frame-defeated');
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
