import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownCodeText, markdownUserText } from './markdown-text.js';

const Z = '\u200d';

test('mentions of people and teams are broken by a zero-width joiner after "@"', () => {
  assert.equal(markdownUserText('ping @octocat and @org/team.'), `ping @${Z}octocat and @${Z}org/team.`);
  assert.equal(markdownUserText('@alice'), `@${Z}alice`);
  assert.equal(markdownUserText('(@bob)'), `(@${Z}bob)`);
  assert.equal(markdownUserText('é@bob'), `é@${Z}bob`);
});

test('issue references are broken after "#" and "GH-"', () => {
  assert.equal(markdownUserText('fixes #123'), `fixes #${Z}123`);
  assert.equal(markdownUserText('see owner/repo#7'), `see owner/repo#${Z}7`);
  assert.equal(markdownUserText('GH-34 and gh-5'), `GH-${Z}34 and gh-${Z}5`);
  assert.equal(markdownUserText('test GH-2026-118'), `test GH-${Z}2026-118`);
});

test('what GitHub does not link is left as it is', () => {
  for (const s of ['pass@10 solve rate', 'a@example.com', 'C# and #tag', 'NGH-12', '@ alone', 'issue # 5'])
    assert.equal(markdownUserText(s), s);
});

test("control and bidirectional characters are dropped; line breaks and tabs are the format's business", () => {
  assert.equal(markdownUserText('a\x1b[2J\x07\u009b\x7f\u202eb\u2066c\u2069'), 'a[2Jbc');
  assert.equal(markdownUserText('a\tb\nc\rd'), 'a\tb\nc\rd');
});

test('code spans keep references (GitHub links nothing in them) but lose control characters', () => {
  assert.equal(markdownCodeText('GH-12 @x #3'), 'GH-12 @x #3');
  assert.equal(markdownCodeText('a\x1b\u009bb'), 'ab');
});
