import assert from 'node:assert/strict';
import { it } from 'node:test';
import { RULES } from './index.js';
import { parseExpected, recallMarkdown } from './recall.js';

const flawed = parseExpected('paper-safety-x', {
  as_of: '2026-11-26',
  findings: [
    { rule: 'paper-safety/plan-as-evidence', target: 'G1' },
    { rule: 'paper-safety/placeholder-support', target: 'E1' },
    { rule: 'countercase-neglect/open-defeater-tracked-by-condition', target: 'D1', planted: false },
  ],
  missed: [{ family: 'paper-safety', weakness: 'A drill of another site.', why: 'No rule compares sites.' }],
});
const twin = parseExpected('paper-safety-x-clean', {
  as_of: '2026-11-26',
  clean: true,
  findings: [{ rule: 'paper-safety/approved-while-defeated', target: 'G1', planted: false }],
});

it('counts planted, found, recall and errors on clean twins, by failure mode and in total', () => {
  const md = recallMarkdown([flawed, twin], RULES);
  // 2 found + 1 missed planted; the incidental note is not planted; the clean twin's error counts.
  assert.match(md, /\| Paper safety \| 3 \| 2 \| 67% \| 1 \| 1 \|/);
  assert.match(md, /\| \*\*total\*\* \| 3 \| 2 \| 67% \| 1 \| 1 \|/);
  assert.doesNotMatch(md, /Countercase neglect \|/);
  assert.match(md, /- paper-safety-x \(Paper safety\): A drill of another site\. No rule compares sites\./);
});

it('fails on a rule the corpus names that does not exist', () => {
  const bad = parseExpected('x', { as_of: '2026-11-26', findings: [{ rule: 'paper-safety/nope', target: 'G1' }] });
  assert.throws(() => recallMarkdown([bad], RULES), /no rule paper-safety\/nope/);
});
