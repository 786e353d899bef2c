import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../model/line-index.js';
import { codeFrame } from './code-frame.js';

const twelve = `${Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n')}\n`;
const plain = { color: false } as const;
const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

test('shows two lines either side, a marker and a caret under the column', () => {
  assert.equal(
    codeFrame(twelve, 9, 3, plain),
    ['   7 | line 7', '   8 | line 8', '>  9 | line 9', '     |   ^', '  10 | line 10', '  11 | line 11', ''].join(
      '\n',
    ),
  );
});

test('context is configurable and clipped at the start of the file', () => {
  assert.equal(codeFrame(twelve, 1, 1, plain), '> 1 | line 1\n    | ^\n  2 | line 2\n  3 | line 3\n');
  assert.equal(codeFrame(twelve, 5, 2, { color: false, context: 0 }), '> 5 | line 5\n    |  ^\n');
  assert.equal(codeFrame(twelve, 12, 1, { color: false, context: 1 }), '  11 | line 11\n> 12 | line 12\n     | ^\n');
});

test('the empty line after a final newline is shown only when the position is on it', () => {
  assert.equal(codeFrame(twelve, 13, 1, { color: false, context: 1 }), '  12 | line 12\n> 13 |\n     | ^\n');
});

test('a position past the end of the file points after the last character and says so', () => {
  assert.equal(
    codeFrame(twelve, 40, 2, { color: false, context: 1 }),
    [
      '  11 | line 11',
      '> 12 | line 12',
      '     |        ^',
      '     | (position 40:2 is past the end of the file; the file has 12 lines)',
      '',
    ].join('\n'),
  );
  assert.equal(
    codeFrame('', 3, 1, plain),
    '> 1 |\n    | ^\n    | (position 3:1 is past the end of the file; the file is empty)\n',
  );
});

test('a column past the end of its line points just after the line', () => {
  assert.equal(codeFrame(twelve, 2, 99, { color: false, context: 0 }), '> 2 | line 2\n    |       ^\n');
});

test('nonsense positions are treated as 1', () => {
  assert.equal(codeFrame('abc', Number.NaN, -4, plain), '> 1 | abc\n    | ^\n');
  assert.equal(codeFrame('abc', 0, 0, plain), '> 1 | abc\n    | ^\n');
});

test('tabs expand to 4-column stops and the caret follows them', () => {
  assert.equal(codeFrame('a\tb\n\tkey: x\n', 1, 3, plain), '> 1 | a   b\n    |     ^\n  2 |     key: x\n');
  assert.equal(codeFrame('a\tb\n\tkey: x\n', 2, 2, plain), '  1 | a   b\n> 2 |     key: x\n    |     ^\n');
});

test('CRLF line ends do not show', () => {
  assert.equal(codeFrame('a: 1\r\nb: 2\r\n', 2, 4, plain), '  1 | a: 1\n> 2 | b: 2\n    |    ^\n');
});

test('control and bidi characters in the source are shown escaped and the caret still lines up', () => {
  const out = codeFrame('x: "\x1b[2J\u202eok"\ny: 1\n', 1, 10, plain);
  assert.equal(out, '> 1 | x: "\\x1b[2J\\u202eok"\n    |                  ^\n  2 | y: 1\n');
  assert.doesNotMatch(out, /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
  // The caret sits under the "o" that column 10 names.
  const [first, caret] = out.split('\n') as [string, string];
  assert.equal(first[caret.indexOf('^')], 'o');
});

test('wide characters take two columns', () => {
  assert.equal(codeFrame('名前: 値\n', 1, 5, plain), '> 1 | 名前: 値\n    |       ^\n');
  // Columns count UTF-16 code units, so the emoji is two columns in the file and two on screen.
  assert.equal(codeFrame('a: "😀" b\n', 1, 9, plain), '> 1 | a: "😀" b\n    |         ^\n');
});

test('long lines are cut to a window around the caret, with ... at each cut', () => {
  const long = `k: ${'abcdefghij'.repeat(30)}`;
  const src = `short\n${long}\nend\n`;
  assert.equal(
    codeFrame(src, 2, 200, { color: false, maxWidth: 40 }),
    [
      '  1 | ...',
      '> 2 | ...ghijabcdefghijabcdefghijabcdefghijabcdef...',
      '    |                        ^',
      '  3 | ...',
      '',
    ].join('\n'),
  );
  // An empty line beside a cut one has nothing to cut.
  assert.equal(codeFrame(`\n${long}\n`, 2, 200, { color: false, maxWidth: 40, context: 1 }).split('\n')[0], '  1 |');
  const near = codeFrame(src, 2, 10, { color: false, maxWidth: 40 });
  assert.equal(near, '  1 | short\n> 2 | k: abcdefghijabcdefghijabcdefghijabcdefg...\n    |          ^\n  3 | end\n');
  // The default window keeps frames under ~110 columns whatever the line.
  for (const l of codeFrame(src, 2, 250, plain).split('\n')) assert.ok(l.length <= 120, l);
});

test('the caret names the right character in a cut line', () => {
  const long = Array.from({ length: 500 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
  for (const col of [1, 50, 95, 96, 250, 499, 500, 501]) {
    const out = codeFrame(long, 1, col, { color: false, maxWidth: 60 });
    const [line, caret] = out.split('\n') as [string, string];
    const expected = col <= 500 ? long[col - 1] : undefined;
    assert.equal(line[caret.indexOf('^')], expected, `col ${col}`);
  }
});

test('colour adds ANSI styles only; without them the text is the same', () => {
  const coloured = codeFrame(twelve, 9, 3, { color: true });
  assert.match(coloured, /\x1b\[1;31m>\x1b\[0m/);
  assert.match(coloured, /\x1b\[1;31m\^\x1b\[0m/);
  assert.equal(stripAnsi(coloured), codeFrame(twelve, 9, 3, plain));
  assert.match(codeFrame(twelve, 9, 3, { color: true, severity: 'warning' }), /\x1b\[1;33m\^/);
  assert.doesNotMatch(codeFrame(twelve, 9, 3, plain), /\x1b/);
});

test('a LineIndex gives the same frames as the text, and can be shared by many frames', () => {
  const text = `${'x'.repeat(300)}\n\ta: 1\r\nb: \u{1f600}\n`;
  const index = new LineIndex(text);
  for (const [line, col] of [
    [1, 1],
    [1, 250],
    [2, 2],
    [3, 5],
    [4, 1],
    [9, 3],
    [1, 250],
  ] as const) {
    for (const opts of [plain, { color: true, context: 1, maxWidth: 40 }]) {
      assert.equal(codeFrame(index, line, col, opts), codeFrame(text, line, col, opts), `${line}:${col}`);
    }
  }
});

test('printable ASCII lines (drawn without per-character cells) frame as any other line does', () => {
  // A zero-width space after a line's first visible character sends the line down the per-character
  // path and draws as nothing; columns after it move by one code unit.
  const zw = '\u200b';
  const at = (x: string) => x.search(/[^ ]/) + 1;
  const lines = fc.array(
    fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 90 }),
    { minLength: 1, maxLength: 6 },
  );
  const same = (ls: string[], line: number, col: number, maxWidth: number) => {
    const target = ls[line - 1] as string;
    const shifted = at(target) > 0 && col > at(target) ? col + 1 : col;
    const opts = { color: false, context: 1, maxWidth };
    const ascii = codeFrame(`${ls.join('\n')}\n`, line, col, opts);
    const withZw = ls.map((x) => (at(x) > 0 ? x.slice(0, at(x)) + zw + x.slice(at(x)) : x));
    const cells = codeFrame(`${withZw.join('\n')}\n`, line, shifted, opts);
    assert.equal(ascii, cells.replaceAll(zw, ''), JSON.stringify({ ls, line, col, maxWidth }));
  };
  fc.assert(
    fc.property(lines, fc.nat(), fc.nat(), fc.integer({ min: 20, max: 60 }), (ls, l, c, maxWidth) => {
      const line = 1 + (l % ls.length);
      same(ls, line, 1 + (c % ((ls[line - 1] as string).length + 1)), maxWidth);
    }),
  );
  // Every width around the window's edges, where a cut is decided.
  for (let length = 18; length <= 44; length++) {
    const ls = ['ab', 'x'.repeat(length), `${'y'.repeat(length - 1)} `];
    for (let col = 1; col <= length + 1; col += 3) same(ls, 2, col, 20 + (length % 5));
  }
});
