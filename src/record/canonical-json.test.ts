import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CanonicalJsonError, canonicalJson } from './canonical-json.js';
import { canonicalDigest, sha256Hex } from './digest.js';

describe('canonicalJson (RFC 8785)', () => {
  it('matches the example of RFC 8785 section 3.2.2', () => {
    const input =
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
      ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}';
    const expected =
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
      '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}';
    assert.equal(canonicalJson(JSON.parse(input)), expected);
  });

  it('sorts members by UTF-16 code units (RFC 8785 section 3.2.3)', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One",' +
        ' "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    // Read the order from the text: a parsed object would list the integer-like key "1" first whatever the text says.
    const keys = [...canonicalJson(input).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((m) => JSON.parse(`"${m[1]}"`));
    assert.deepEqual(keys, ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
  });

  it('prints numbers as ECMAScript does, -0 as 0 (RFC 8785 appendix B)', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [-0, '0'],
      [5e-324, '5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
      [9007199254740992, '9007199254740992'],
      [295147905179352830000, '295147905179352830000'],
      [1e21, '1e+21'],
      [1e-7, '1e-7'],
      [0.000001, '0.000001'],
    ];
    for (const [n, text] of cases) assert.equal(canonicalJson(n), text);
  });

  it('refuses what JSON cannot hold, naming where', () => {
    const bad: [unknown, RegExp][] = [
      [{ a: [1, Number.NaN] }, /^\/a\/1: NaN/],
      [{ a: Number.POSITIVE_INFINITY }, /^\/a: Infinity/],
      [[undefined], /^\/0: undefined/],
      [{ 'x/y': '\ud800' }, /^\/x~1y: string holds a lone/],
      [{ d: new Date(0) }, /^\/d: an object of class Date/],
      [10n, /^\/: a bigint/],
    ];
    for (const [value, message] of bad) {
      assert.throws(
        () => canonicalJson(value),
        (e: unknown) => e instanceof CanonicalJsonError && message.test(e.message),
      );
    }
  });

  it('leaves out members whose value is undefined', () => {
    assert.equal(canonicalJson({ b: 1, a: undefined }), '{"b":1}');
  });

  it('is a fixed point of parsing, and ignores member order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        assert.equal(canonicalJson(JSON.parse(text)), text);
        assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(value)));
        assert.equal(canonicalJson(reverseMembers(value)), text);
      }),
    );
  });
});

describe('digests', () => {
  it('sha256Hex agrees with node:crypto on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        assert.equal(sha256Hex(s), createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
    );
  });

  it('canonicalDigest names a value by its canonical bytes', () => {
    assert.equal(canonicalDigest({ b: [1, 2], a: 'x' }), sha256Hex('{"a":"x","b":[1,2]}'));
    assert.notEqual(canonicalDigest({ a: 1 }), canonicalDigest({ a: 2 }));
  });
});

function reverseMembers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseMembers);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseMembers(v)]),
  );
}
