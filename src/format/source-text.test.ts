import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeUtf8, firstInvalidUtf8, pointAt, prepareSource } from './source-text.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeUtf8', () => {
  it('valid UTF-8 decodes as is, a BOM kept for prepareSource to drop', () => {
    assert.deepEqual(decodeUtf8(new TextEncoder().encode('a: café ✓ 😀\n')), { text: 'a: café ✓ 😀\n' });
    assert.deepEqual(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61)), { text: '\uFEFFa' });
  });

  it('invalid bytes become U+FFFD and the first one is placed in the text', () => {
    // "é" (2 bytes, 1 unit), "😀" (4 bytes, 2 units), then a lone continuation byte.
    const b = Uint8Array.from([...new TextEncoder().encode('é😀x'), 0x80, 0x41, 0xff]);
    const d = decodeUtf8(b);
    assert.equal(d.text, 'é😀x\uFFFDA\uFFFD');
    assert.equal(d.invalidAt, 4);
  });

  it('finds every kind of ill-formed sequence at its first byte', () => {
    const cases: [number[], number][] = [
      [[0x41, 0xc0, 0x80], 1], // overlong two-byte form
      [[0x41, 0xc1, 0xbf], 1],
      [[0xe0, 0x80, 0x80], 0], // overlong three-byte form
      [[0x41, 0xed, 0xa0, 0x80], 1], // a surrogate
      [[0xf0, 0x80, 0x80, 0x80], 0], // overlong four-byte form
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0xf5, 0x80, 0x80, 0x80], 0],
      [[0x41, 0x42, 0xe2, 0x82], 2], // truncated at the end
      [[0xe2, 0x41, 0x82], 0], // interrupted
    ];
    for (const [b, at] of cases) {
      assert.equal(firstInvalidUtf8(bytes(...b)), at, b.map((x) => x.toString(16)).join(' '));
      assert.equal(decodeUtf8(bytes(...b)).invalidAt !== undefined, true);
    }
    const valid = new TextEncoder().encode('plain é ✓ 😀');
    assert.equal(firstInvalidUtf8(valid), valid.length, 'valid: the length');
  });
});

describe('prepareSource', () => {
  it('drops a byte order mark and moves the bad-byte offset with it', () => {
    const s = prepareSource('\uFEFFa: 1\nb: x\uFFFD\n', 10);
    assert.equal(s.text, 'a: 1\nb: x\uFFFD\n');
    assert.deepEqual(s.invalidUtf8, { line: 2, col: 5 });
  });

  it('turns lone CRs into LFs, one for one, and leaves CRLF alone', () => {
    assert.equal(prepareSource('a\rb\r\nc\r').text, 'a\nb\r\nc\n');
    assert.equal(prepareSource('a\r\rb').text, 'a\n\nb');
  });

  it('finds the first NUL', () => {
    assert.deepEqual(prepareSource('a: 1\r  b: x\0\0').nul, { line: 2, col: 7 });
    assert.equal(prepareSource('a: 1\n').nul, undefined);
  });

  it('pointAt counts LF line breaks and UTF-16 columns', () => {
    assert.deepEqual(pointAt('ab\ncd', 0), { line: 1, col: 1 });
    assert.deepEqual(pointAt('ab\ncd', 2), { line: 1, col: 3 });
    assert.deepEqual(pointAt('ab\ncd', 3), { line: 2, col: 1 });
    assert.deepEqual(pointAt('😀\nx😀y', 6), { line: 2, col: 4 });
  });
});
