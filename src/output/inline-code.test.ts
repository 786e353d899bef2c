import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { inlineCodeParts } from './inline-code.js';

describe('inlineCodeParts', () => {
  it('splits a hint at its code spans', () => {
    assert.deepEqual(inlineCodeParts('Add `polarity:`; it takes `supports`.'), [
      { text: 'Add ', code: false },
      { text: 'polarity:', code: true },
      { text: '; it takes ', code: false },
      { text: 'supports', code: true },
      { text: '.', code: false },
    ]);
  });
  it('keeps an unmatched backtick as plain text, and a double fence holds a single backtick', () => {
    assert.deepEqual(inlineCodeParts('a ` b'), [{ text: 'a ` b', code: false }]);
    assert.deepEqual(inlineCodeParts('``a`b``'), [{ text: 'a`b', code: true }]);
  });
  it('loses no character: the parts with their fences put back are the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', 'a', ' ', 'b') }), (s) => {
        const parts = inlineCodeParts(s);
        const plain = parts
          .filter((p) => !p.code)
          .map((p) => p.text)
          .join('');
        const code = parts
          .filter((p) => p.code)
          .map((p) => p.text)
          .join('');
        assert.equal(plain.replace(/`/g, '').length + code.replace(/`/g, '').length, s.replace(/`/g, '').length);
      }),
    );
  });
});
