import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { utf8ByteLength, utf8Over } from './utf8.js';

describe('utf8ByteLength', () => {
  it('counts as Node does: ASCII, 2- and 3-byte characters, pairs and lone surrogates', () => {
    for (const s of ['', 'abc', 'é', '€', '😀', 'a😀b', '\uD800', '\uDC00', '\uD800x', 'x\uDBFF', '\uDC00\uD800'])
      assert.equal(utf8ByteLength(s), Buffer.byteLength(s, 'utf8'), JSON.stringify(s));
  });

  it('agrees with Buffer.byteLength on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => utf8ByteLength(s) === Buffer.byteLength(s, 'utf8')),
      { numRuns: 500 },
    );
  });
});

describe('utf8Over', () => {
  it('gives the size only when it is over the limit', () => {
    assert.equal(utf8Over('abcd', 4), undefined);
    assert.equal(utf8Over('abcde', 4), 5);
    assert.equal(utf8Over('€€', 5), 6);
    assert.equal(utf8Over('€€', 6), undefined);
    assert.equal(utf8Over('ab', 6), undefined);
  });
});
