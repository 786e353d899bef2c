import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { escapeControl, guardOutput, jsonText, plural, style } from './text.js';

test('escapeControl shows C0, DEL, C1, bidi and separator characters as escapes', () => {
  assert.equal(escapeControl('a\x1b[31mred\x1b[0m'), 'a\\x1b[31mred\\x1b[0m');
  assert.equal(escapeControl('\x00\x07\x08\t\r\n\x7f\x9b'), '\\x00\\x07\\x08\\t\\r\\n\\x7f\\x9b');
  assert.equal(escapeControl('abc\u202edef\u2066\u2069\u200e\u061c'), 'abc\\u202edef\\u2066\\u2069\\u200e\\u061c');
  assert.equal(escapeControl('x\u2028y\u2029'), 'x\\u2028y\\u2029');
});

test('escapeControl can keep line feeds and leaves ordinary text alone', () => {
  assert.equal(escapeControl('one\ntwo\r\n', true), 'one\ntwo\\r\n');
  const ordinary = 'Ünïcödé 名前 😀 <script>alert(1)</script> & "quotes" \\ back';
  assert.equal(escapeControl(ordinary), ordinary);
});

test('escapeControl escapes unpaired surrogates but keeps pairs', () => {
  assert.equal(escapeControl('a\ud800b\udc00c'), 'a\\ud800b\\udc00c');
  assert.equal(escapeControl('\ud83d\ude00'), '\ud83d\ude00');
});

test('escapeControl leaving text alone is the full replace finding nothing, on any text', () => {
  const UNSAFE =
    /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const chars = fc.constantFrom(
    'a',
    ' ',
    '\n',
    '\t',
    '\x1b',
    '\x7f',
    '\x9b',
    '\u202e',
    '\u2028',
    '\ud800',
    '\udc00',
    '😀',
    'é',
  );
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 12 }), fc.string({ unit: 'binary' }), (parts, s) => {
      for (const text of [parts.join(''), s]) {
        const full = text.replace(UNSAFE, (ch) => `<${ch.charCodeAt(0)}>`);
        if (full === text) assert.equal(escapeControl(text), text);
        else assert.notEqual(escapeControl(text), text);
      }
    }),
    { numRuns: 500 },
  );
});

test('style is the identity when off and wraps in SGR codes when on', () => {
  assert.equal(style(false).red('x'), 'x');
  assert.equal(style(true).red('x'), '\x1b[1;31mx\x1b[0m');
  assert.equal(style(true).severity('warning', 'w'), '\x1b[1;33mw\x1b[0m');
  assert.equal(style(true).severity('info', 'i'), '\x1b[1;36mi\x1b[0m');
  assert.equal(style(true).bold(''), '');
});

test('plural', () => {
  assert.equal(plural(1, 'error'), '1 error');
  assert.equal(plural(2, 'warning'), '2 warnings');
  assert.equal(plural(0, 'case'), '0 cases');
  assert.equal(plural(3, 'info'), '3 info');
});

test('guardOutput on stderr escapes every unsafe character but line feeds, and lets only our own styles through', () => {
  const own = style(true).red('x');
  const text = `a\x1b]0;t\x07\tb\u202e\n${own}\x1b[5;7m\u009b`;
  assert.equal(guardOutput(text, 'stderr', true), `a\\x1b]0;t\\x07\\tb\\u202e\n${own}\\x1b[5;7m\\x9b`);
  assert.equal(guardOutput(text, 'stderr', false), 'a\\x1b]0;t\\x07\\tb\\u202e\n\\x1b[1;31mx\\x1b[0m\\x1b[5;7m\\x9b');
});

test('guardOutput on stdout escapes terminal controls as JSON escapes and leaves data alone', () => {
  const text = `{"a": "x\x1b[2J\u009b\x7f\r"}\t\u202e\n`;
  const out = guardOutput(text, 'stdout', false);
  assert.equal(out, '{"a": "x\\u001b[2J\\u009b\\u007f\\u000d"}\t\u202e\n');
  assert.deepEqual(JSON.parse(out.slice(0, out.indexOf('}') + 1)), { a: 'x\x1b[2J\u009b\x7f\r' });
  const json = '{\n  "a": "\\u001b"\n}\n';
  assert.equal(guardOutput(json, 'stdout', true), json);
});

test('guardOutput gives what a replace over the whole text gives, with or without an unsafe character (property)', () => {
  // The guard first tests for a character a match can start with; this is the replace alone.
  const reference = (text: string, stream: 'stdout' | 'stderr', color: boolean) => {
    const own = new Set(['\x1b[0m', style(true).red('x').slice(0, 7), style(true).bold('x').slice(0, 4)]);
    const re =
      stream === 'stdout'
        ? /\x1b\[[0-9;]*m|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g
        : /\x1b\[[0-9;]*m|[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
    return text.replace(re, (m) => {
      const one = (c: string) =>
        stream === 'stdout' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : escapeControl(c, true);
      if (m.length === 1) return one(m);
      return color && own.has(m) ? m : one('\x1b') + m.slice(1);
    });
  };
  const piece = fc.constantFrom(
    'a',
    'é',
    '\n',
    '\t',
    '\x07',
    '\x1b',
    '\x1b[0m',
    '\x1b[1;31m',
    '\x1b[1m',
    '\x1b[5m',
    '\u009b',
    '\u202e',
    '\ud800',
    '\udc00',
  );
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 12 }),
      fc.constantFrom('stdout', 'stderr'),
      fc.boolean(),
      (parts, stream, color) => {
        const text = parts.join('');
        assert.equal(guardOutput(text, stream, color), reference(text, stream, color));
      },
    ),
  );
});

test('jsonText escapes what JSON.stringify leaves raw and parses back to the same value', () => {
  const value = { s: 'a\x1b\u009b\x7f\u202e\u2028\u2066 é 😀' };
  const text = jsonText(value, 2);
  assert.doesNotMatch(text, /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e\u2028\u2066]/);
  assert.deepEqual(JSON.parse(text), value);
  assert.equal(jsonText({ a: 1 }), '{"a":1}');
});
