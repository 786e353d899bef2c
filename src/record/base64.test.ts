import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromBase64, toBase64 } from './base64.js';

describe('strict base64', () => {
  it('decodes what it encodes, for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (b) => assert.deepEqual(fromBase64(toBase64(b)), b)));
    assert.equal(Buffer.from(fromBase64('aGVsbG8gd29ybGQ=')!).toString(), 'hello world');
  });

  it('refuses a second spelling of the same bytes, and anything not base64', () => {
    assert.equal(fromBase64('aGVsbG8gd29ybGR='), undefined); // non-zero pad bits: "hello world" spelled twice
    for (const bad of ['aGVsbG8', 'aGVs bG8=', 'aGVsbG8g\n', '====', 'a=bc', 'aGVsbG8-', 'aGVsbG8_'])
      assert.equal(fromBase64(bad), undefined, bad);
    assert.deepEqual(fromBase64(''), new Uint8Array(0));
  });
});
