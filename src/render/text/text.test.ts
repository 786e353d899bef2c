// Markdown subset, safe links, measuring and wrapping.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkdown, plainText, safeHref } from './markdown.js';
import { textWidth } from './measure.js';
import { wrapBlocks } from './wrap.js';

test('inline styles: bold, italics, code, links; snake_case and lone stars stay text', () => {
  assert.deepEqual(parseMarkdown('a **b** *c* _d_ `e` [f](https://x.org)'), [
    {
      spans: [
        { text: 'a ' },
        { text: 'b', bold: true },
        { text: ' ' },
        { text: 'c', italic: true },
        { text: ' ' },
        { text: 'd', italic: true },
        { text: ' ' },
        { text: 'e', code: true },
        { text: ' ' },
        { text: 'f', href: 'https://x.org' },
      ],
    },
  ]);
  assert.deepEqual(parseMarkdown('snake_case_name and 2 * 3 * 4'), [
    { spans: [{ text: 'snake_case_name and 2 * 3 * 4' }] },
  ]);
  assert.deepEqual(parseMarkdown('**bold with *italic* inside**')[0]?.spans, [
    { text: 'bold with ', bold: true },
    { text: 'italic', bold: true, italic: true },
    { text: ' inside', bold: true },
  ]);
  assert.deepEqual(parseMarkdown('\\*not italic\\*')[0]?.spans, [{ text: '*not italic*' }]);
});

test('blocks: paragraphs, bullet and numbered lists with lazy continuation, headings as bold', () => {
  const b = parseMarkdown('Intro line\ncontinues.\n\n- one\n  more\n* two\n1. first\n\n# Head');
  assert.deepEqual(
    b.map((x) => [x.marker ?? '', x.spans.map((s) => s.text).join('')]),
    [
      ['', 'Intro line continues.'],
      ['•', 'one more'],
      ['•', 'two'],
      ['1.', 'first'],
      ['', 'Head'],
    ],
  );
  assert.equal(b[4]?.spans[0]?.bold, true);
  assert.equal(plainText('**A** [b](https://x)'), 'A b');
});

test('links keep only http, https and mailto targets', () => {
  assert.equal(safeHref('https://example.org/a?b=c'), 'https://example.org/a?b=c');
  assert.equal(safeHref('mailto:safety@example.org'), 'mailto:safety@example.org');
  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:x',
    'data:text/html,x',
    'file:///etc/passwd',
    '//evil.org',
    'https://x.org/"onload=',
    'vbscript:x',
  ])
    assert.equal(safeHref(bad), undefined, bad);
  assert.deepEqual(parseMarkdown('[x](javascript:alert(1))')[0]?.spans, [{ text: 'x' }]);
});

test('measuring is deterministic and wider for bold; wrapping respects the width and cuts long words', () => {
  assert.ok(textWidth('Claim', { size: 12, bold: true }) > textWidth('Claim', { size: 12 }));
  assert.equal(textWidth('中文', { size: 10 }), 2 * 10 * 1.12);
  const lines = wrapBlocks(parseMarkdown('the quick brown fox jumps over the lazy dog '.repeat(5)), 120, 12);
  assert.ok(lines.length > 3);
  for (const l of lines) assert.ok(l.width <= 120 + 0.001, `${l.width}`);
  const long = wrapBlocks(parseMarkdown('x'.repeat(200)), 100, 12);
  assert.ok(long.length > 1);
  for (const l of long) assert.ok(l.width <= 100.001);
  const list = wrapBlocks(parseMarkdown('- a list item long enough to wrap onto a second line here'), 120, 12);
  assert.ok(list.length > 1 && (list[1]?.indent ?? 0) > 0, 'continuation lines hang under the text');
});
