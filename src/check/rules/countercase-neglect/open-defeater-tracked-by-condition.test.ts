import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { openDefeaterTrackedByCondition as rule } from './open-defeater-tracked-by-condition.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('takes the due date from the condition when the defeater has none', () => {
    const input = (rule.meta.examples.failing as string).replace(', due: 2026-12-31 }\n', ' }\n');
    assert.match(findings(rule, input)[0]!.message, /condition 1 tracks it \(owner Priya Raman, due 2026-12-31\)/);
  });
});
