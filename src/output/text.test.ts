import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { escapeControl, plural, style } from './text.js';

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
