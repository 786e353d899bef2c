import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TermText, term, termBlock, termJoin, termLines, termStyle, termTable } from './terminal.js';

const HOSTILE = '\x1b]0;title\x07\x1b[2J\u009b1m\u202e';

test('term keeps its own text and escapes every interpolated string', () => {
  assert.equal(String(term`a ${HOSTILE} b ${3}`), 'a \\x1b]0;title\\x07\\x1b[2J\\x9b1m\\u202e b 3');
  assert.equal(String(term`line\n${'x\ny'}`), 'line\nx\\ny');
  assert.equal(String(term``), '');
});

test('TermText passes through term unescaped, so styles nest', () => {
  const st = termStyle(true);
  const inner = st.red(HOSTILE);
  assert.equal(String(inner), '\x1b[1;31m\\x1b]0;title\\x07\\x1b[2J\\x9b1m\\u202e\x1b[0m');
  assert.equal(String(term`[${inner}]`), `[${inner}]`);
  assert.equal(String(st.bold(term`${inner}!`)), `\x1b[1m${inner}!\x1b[0m`);
});

test('styles off escape and add nothing', () => {
  const st = termStyle(false);
  assert.equal(String(st.green('\x07ok')), '\\x07ok');
  assert.equal(String(st.paint('plainRed', 'defeated')), 'defeated');
  assert.equal(String(termStyle(true).paint('plainRed', 'defeated')), '\x1b[31mdefeated\x1b[0m');
});

test('TermText cannot be made outside the module', () => {
  assert.throws(() => new TermText(Symbol('TermText') as never, 'x'), TypeError);
});

test('termJoin, termBlock and termLines', () => {
  assert.equal(String(termJoin(['a', '\x1b', term`${'b'}`])), 'a, \\x1b, b');
  assert.equal(String(termJoin(['a', 'b'], '; ')), 'a; b');
  assert.equal(String(termBlock('one\ntwo\x07', '  ')), 'one\n  two\\x07');
  assert.equal(termLines([term`a`, term`b`]), 'a\nb\n');
});

test('termTable pads by visible width, escaping cells and ignoring style sequences', () => {
  const st = termStyle(true);
  const rows = termTable([
    ['id', 'status', 'text'],
    ['G1', st.red('defeated'), 'x'],
    ['\x1b', 'ok', 'y'],
  ]).map(String);
  assert.deepEqual(rows, ['id    status    text', `G1    ${st.red('defeated')}  x`, '\\x1b  ok        y']);
});
