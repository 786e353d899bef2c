import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from './line-index.js';

/** What LineIndex answers, worked out the slow way: split the text. */
function reference(text: string) {
  const lines = text.split('\n');
  return {
    lines,
    texts: lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)),
    lineCount: text.endsWith('\n') ? lines.length - 1 : lines.length,
    pointAt(offset: number) {
      const before = text.slice(0, offset).split('\n');
      return { line: before.length, col: (before[before.length - 1] as string).length + 1 };
    },
  };
}

const texts = fc
  .array(fc.constantFrom('a', 'bc', ' ', '\t', '\n', '\r\n', '\r', 'é', '\u{1f600}', '#'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('LineIndex', () => {
  it('agrees with splitting the text, for every line and every offset', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const index = new LineIndex(text);
        const ref = reference(text);
        assert.equal(index.splitCount, ref.lines.length);
        assert.equal(index.lineCount, ref.lineCount);
        for (const [i, t] of ref.texts.entries()) assert.equal(index.lineText(i + 1), t);
        for (let offset = 0; offset <= text.length; offset++) {
          const p = index.pointAt(offset);
          assert.deepEqual(p, ref.pointAt(offset));
          assert.equal(index.offsetAt(p), Math.min(offset, index.lineEnd(p.line)));
          // A hint (the line asked about before) changes the speed, never the answer.
          for (let near = -1; near <= ref.lines.length + 1; near++) assert.equal(index.lineAt(offset, near), p.line);
        }
      }),
    );
  });

  it('clamps lines, offsets and columns outside the text', () => {
    const index = new LineIndex('ab\ncd\r\n');
    assert.equal(index.lineText(0), 'ab');
    assert.equal(index.lineText(Number.NaN), 'ab');
    assert.equal(index.lineText(2), 'cd');
    assert.equal(index.lineText(99), '');
    assert.deepEqual(index.pointAt(-5), { line: 1, col: 1 });
    assert.deepEqual(index.pointAt(500), { line: 3, col: 1 });
    assert.equal(index.offsetAt({ line: 2, col: 40 }), 5);
    assert.equal(index.offsetAt({ line: 1, col: -3 }), 0);
  });

  it('counts a file without a final newline, and an empty file, as editors do', () => {
    assert.equal(new LineIndex('a\nb').lineCount, 2);
    assert.equal(new LineIndex('a\nb\n').lineCount, 2);
    assert.equal(new LineIndex('').lineCount, 1);
    assert.equal(new LineIndex('').lineText(1), '');
  });
});
