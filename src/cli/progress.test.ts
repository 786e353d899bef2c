import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fakeIo } from '../../test/support/cli.js';
import { progressOf } from './progress.js';

test('progress is silent without a terminal (no Io.progress)', () => {
  const f = fakeIo('.');
  const p = progressOf(f.io, 'checking');
  p.step(0, 2, 'a');
  p.end();
  assert.equal(f.out() + f.err(), '');
});

test('progress on a terminal: redraws at most every 80 ms, always the last step, and clears at the end', () => {
  const lines: string[] = [];
  let t = 0;
  const io = { ...fakeIo('.').io, progress: (l: string) => void lines.push(l) };
  const p = progressOf(io, 'checking', () => t);
  p.step(0, 3, 'a');
  t = 10;
  p.step(1, 3, 'b'); // too soon: dropped
  t = 100;
  p.step(2, 3, 'c');
  t = 101;
  p.step(3, 3, 'done'); // the last is always shown
  p.end();
  assert.deepEqual(lines, ['checking 0/3 a', 'checking 2/3 c', 'checking 3/3 done', '']);
});

test('progress through the output guard escapes control characters in what it names', async () => {
  const { guardedIo } = await import('./io.js');
  const lines: string[] = [];
  const io = guardedIo({ ...fakeIo('.').io, progress: (l: string) => void lines.push(l) });
  progressOf(io, 'checking').step(0, 1, 'a\x1b[2Jb');
  assert.deepEqual(lines, ['checking 0/1 a\\x1b[2Jb']);
});
