import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sha256, sha256Base64, toBase64 } from './sha256.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const nodeHex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    const ascii = (s: string) => new TextEncoder().encode(s);
    assert.equal(hex(sha256(ascii(''))), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(hex(sha256(ascii('abc'))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      hex(sha256(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    assert.equal(
      hex(sha256(ascii('a'.repeat(1_000_000)))),
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with node:crypto at every length around the padding boundaries', () => {
    // 55/56 and 119/120 bytes are where the length field no longer fits in the last block.
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 255);
    for (let n = 0; n <= bytes.length; n++)
      assert.equal(hex(sha256(bytes.subarray(0, n))), nodeHex(bytes.subarray(0, n)));
  });

  it('agrees with node:crypto on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => hex(sha256(bytes)) === nodeHex(bytes)),
      { numRuns: 300 },
    );
  });

  it('hashes a string as its UTF-8 bytes, in base64, as the CSP hash of a script is', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 500 }),
        (s) => sha256Base64(s) === createHash('sha256').update(s, 'utf8').digest('base64'),
      ),
      { numRuns: 300 },
    );
    assert.equal(sha256Base64('é→𝄞'), createHash('sha256').update('é→𝄞', 'utf8').digest('base64'));
  });
});

describe('toBase64', () => {
  it('pads like Buffer for every remainder of three', () => {
    for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'])
      assert.equal(toBase64(new TextEncoder().encode(s)), Buffer.from(s).toString('base64'));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (b) => toBase64(b) === Buffer.from(b).toString('base64')));
  });
});
