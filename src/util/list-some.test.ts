import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { count, LIST_MAX, listSome, pathSome, takeSome } from './list-some.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `G${i}`);

describe('listSome', () => {
  it('names a few and counts the rest', () => {
    assert.equal(listSome(ids(17)), 'G0, G1, G2, G3, G4 and 12 more');
    assert.equal(listSome(ids(10_002), { max: 3, noun: 'nodes' }), 'G0, G1, G2 and 9,999 more nodes');
    assert.equal(listSome(ids(4), { max: 2, sep: '; ', and: '; and ' }), 'G0; G1; and 2 more');
  });

  it('is exactly the join of a list no longer than max', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: LIST_MAX }), fc.constantFrom(', ', '; ', ' / '), (xs, sep) => {
        assert.equal(listSome(xs, { sep }), xs.join(sep));
      }),
    );
  });

  it('is as long as its first max items and a count, however long the list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 9 }),
        (xs, max) => {
          const s = listSome(xs, { max });
          assert.ok(s.length <= max * 10 + 30, s);
          if (xs.length > max) assert.ok(s.endsWith(` and ${count(xs.length - max)} more`));
        },
      ),
    );
  });

  it("reads a Set, a Map's keys and a generator alike", () => {
    assert.equal(listSome(new Set(ids(7))), 'G0, G1, G2, G3, G4 and 2 more');
    assert.equal(listSome(new Map(ids(6).map((id) => [id, 1])).keys()), 'G0, G1, G2, G3, G4 and 1 more');
    function* some(n: number) {
      for (let i = 0; i < n; i++) yield `x${i}`;
    }
    assert.deepEqual(takeSome(new Set(ids(1000)), 2), { shown: ['G0', 'G1'], rest: 998 });
    assert.deepEqual(takeSome(some(1000), 2), { shown: ['x0', 'x1'], rest: 998 });
  });
});

describe('pathSome', () => {
  it('shows a short path whole, and a long one by its ends and the number left out', () => {
    assert.equal(pathSome(['G1', 'G2', 'G1']), 'G1 -> G2 -> G1');
    const cycle = [...ids(4000), 'G0'];
    assert.equal(pathSome(cycle), 'G0 -> G1 -> G2 -> G3 -> G4 -> ... 3,994 more ... -> G3999 -> G0');
  });
});

describe('count', () => {
  it('groups digits by three with commas', () => {
    assert.deepEqual([0, 999, 1000, 9997, 1234567, -4500].map(count), [
      '0',
      '999',
      '1,000',
      '9,997',
      '1,234,567',
      '-4,500',
    ]);
  });
});
