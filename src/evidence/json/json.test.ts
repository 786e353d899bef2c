// The streaming scanner and the tolerant parse, against JSON.parse, with
// fast-check: any chunking gives the same captures, and bad input only ever
// raises the scanner's own errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatPath, JsonCaptureLimitError, JsonScanError, JsonScanner, type PathSeg } from './scan.js';
import { JsonSyntaxError, parseJsonTolerant } from './tolerant.js';

/** Scan `text` split at `cuts`, capturing the values at the given depth-1 keys (or the whole value). */
function scan(
  text: string | Buffer,
  cuts: number[],
  want: (p: readonly PathSeg[]) => boolean,
  plain = false,
): Map<string, unknown> {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  // As a browser would pass them: plain Uint8Arrays, no Buffer methods.
  const buf = plain ? new Uint8Array(bytes) : bytes;
  const out = new Map<string, unknown>();
  const s = new JsonScanner({
    want,
    captured: (p, raw) => out.set(JSON.stringify(p), parseJsonTolerant(new TextDecoder().decode(raw))),
  });
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  let last = 0;
  for (const p of [...points, buf.length]) {
    s.push(buf.subarray(last, p));
    last = p;
  }
  s.end();
  return out;
}

describe('JsonScanner', () => {
  it('captures the whole value identically to JSON.parse, for any chunking', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat(), { maxLength: 8 }), (v, cuts) => {
        const text = JSON.stringify(v);
        const got = scan(text, cuts, (p) => p.length === 0);
        assert.deepEqual(got.get('[]'), JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('captures top-level members by key, skipping the rest', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (obj, cuts) => {
          const text = JSON.stringify(obj, null, 1);
          const got = scan(text, cuts, (p) => p.length === 1 && p[0] !== 'samples');
          for (const [k, v] of Object.entries(obj))
            if (k !== 'samples') assert.deepEqual(got.get(JSON.stringify([k])), JSON.parse(JSON.stringify(v)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scans plain Uint8Arrays (as a browser has them) as it scans Buffers, keys of any bytes included', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue(), { maxKeys: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (obj, cuts) => {
          const text = JSON.stringify(obj);
          const want = (p: readonly PathSeg[]) => p.length === 1;
          assert.deepEqual(scan(text, cuts, want, true), scan(text, cuts, want));
        },
      ),
      { numRuns: 200 },
    );
    // Keys are decoded without Buffer: bad bytes and a byte order mark as Buffer#toString gives them.
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const raw = Buffer.concat([
          Buffer.from('{"'),
          Buffer.from([0xef, 0xbb, 0xbf]),
          Buffer.from(bytes.filter((b) => b !== 0x22 && b !== 0x5c)),
          Buffer.from('":1}'),
        ]);
        let key: PathSeg | undefined;
        const s = new JsonScanner({
          want: (p) => {
            key = p[0];
            return p.length === 1;
          },
          captured: () => {},
        });
        s.push(new Uint8Array(raw));
        s.end();
        assert.equal(key, raw.subarray(2, raw.length - 4).toString('utf8'));
      }),
      { numRuns: 300 },
    );
  });

  it('bad input raises only JsonScanError (or the capture limit), never anything else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a).toString('latin1')),
        ),
        fc.array(fc.nat(), { maxLength: 4 }),
        (text, cuts) => {
          try {
            scan(text, cuts, (p) => p.length <= 1);
          } catch (e) {
            if (!(e instanceof JsonScanError || e instanceof JsonCaptureLimitError || e instanceof JsonSyntaxError))
              throw e;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reports truncation and position', () => {
    assert.throws(
      () => scan('{"a": [1, 2', [], () => false),
      (e: unknown) => e instanceof JsonScanError && e.truncated,
    );
    assert.throws(
      () => scan('{"a": 1} x', [], () => false),
      (e: unknown) => e instanceof JsonScanError && e.offset === 9,
    );
    assert.throws(() => scan('{"a" 1}', [], () => false), /":" was expected/);
    assert.throws(() => scan('[1,]', [], () => false), JsonScanError);
    assert.throws(() => scan('{"a":1,}', [], () => false), JsonScanError);
    assert.throws(() => scan('[tru]', [], () => false), /not a JSON value/);
    assert.throws(() => scan('', [], () => false), /empty/);
  });

  it('enforces the capture limit and the nesting limit', () => {
    const s = new JsonScanner({ want: (p) => p.length === 1, captured: () => {} }, { maxCaptureBytes: 10 });
    assert.throws(() => s.push(Buffer.from('{"a": "0123456789abcdef"}')), JsonCaptureLimitError);
    const deep = new JsonScanner({ want: () => false, captured: () => {} }, { maxNesting: 5 });
    assert.throws(() => deep.push(Buffer.from('[[[[[[[1]]]]]]]')), /deeper than 5/);
  });

  it('handles escaped quotes and backslashes split across chunks, and escaped keys', () => {
    const text = '{"k\\"ey": "a\\\\\\"b", "samples": ["\\\\", {"x": "\\""}], "z": 1}';
    for (let cut = 0; cut <= text.length; cut++) {
      const got = scan(text, [cut], (p) => p.length === 1 && p[0] !== 'samples');
      assert.equal(got.get(JSON.stringify(['k"ey'])), 'a\\"b');
      assert.equal(got.get(JSON.stringify(['z'])), 1);
    }
  });

  it('decodes keys, plain or escaped, ASCII or not, whole in a chunk or split over several', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'grapheme' }), fc.integer(), { maxKeys: 5 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (obj, cuts) => {
          const got = scan(JSON.stringify(obj), cuts, (p) => p.length === 1);
          assert.deepEqual(
            [...got].map(([k, v]) => [JSON.parse(k)[0], v]),
            Object.entries(obj),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a key longer than 1 MiB, whole in a chunk or split, and accepts one of exactly 1 MiB', () => {
    const long = 'x'.repeat(1024 * 1024);
    for (const cuts of [[], [10], [10, 600_000]]) {
      assert.throws(() => scan(`{"${long}y": 1}`, cuts, () => false), /key is longer than 1 MiB/);
      assert.equal(scan(`{"${long}": 1}`, cuts, (p) => p.length === 1).get(JSON.stringify([long])), 1);
    }
  });

  it('formats paths for messages', () => {
    assert.equal(formatPath(['samples', 0, 'output', 'model']), '$.samples[0].output.model');
    assert.equal(formatPath(['n-shot']), '$["n-shot"]');
  });
});

describe('parseJsonTolerant', () => {
  it('equals JSON.parse on strict JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        assert.deepEqual(parseJsonTolerant(text), JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads bare NaN, Infinity and -Infinity outside strings, and leaves strings alone', () => {
    const v = parseJsonTolerant(
      '{"a": NaN, "b": [Infinity, -Infinity], "c": "NaN", "d": "x\\" NaN", "NaN": 1}',
    ) as Record<string, unknown>;
    assert.ok(Number.isNaN(v.a));
    assert.deepEqual(v.b, [Infinity, -Infinity]);
    assert.equal(v.c, 'NaN');
    assert.equal(v.d, 'x" NaN');
    assert.equal(v.NaN, 1);
    assert.ok(Number.isNaN(parseJsonTolerant('NaN')));
    assert.deepEqual(parseJsonTolerant('[NaN-1]'.replace('-1', ',-1')), [NaN, -1]);
  });

  it('still rejects everything else, with JsonSyntaxError', () => {
    for (const bad of ['{a: 1}', "{'a': 1}", '[1,]', 'NaNa', '[NaN', 'nan', '{"a": Infinit}', '']) {
      assert.throws(() => parseJsonTolerant(bad), JsonSyntaxError, bad);
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          parseJsonTolerant(s);
        } catch (e) {
          if (!(e instanceof JsonSyntaxError)) throw e;
        }
      }),
      { numRuns: 500 },
    );
  });
});
