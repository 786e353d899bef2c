import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineDiff } from './evidence-import.js';

test('lineDiff: one hunk from the first to the last changed line, removals before additions', () => {
  assert.equal(lineDiff('a\nb\nc\nd\ne\n', 'a\nB\nc\nd2\ne\n'), '@@ line 2 @@\n-b\n+B\n c\n-d\n+d2\n');
  assert.equal(lineDiff('a\n', 'a\nb\n'), '@@ line 2 @@\n+b\n');
  assert.equal(lineDiff('a\nb\n', 'a\n'), '@@ line 2 @@\n-b\n');
});
