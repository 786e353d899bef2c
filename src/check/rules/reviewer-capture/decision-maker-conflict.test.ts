import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { decisionMakerConflict as rule } from './decision-maker-conflict.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('quotes the conflict and counts the rest', () => {
    const input = (rule.meta.examples.failing as string).replace('targets."]', 'targets.", Holds equity.]');
    assert.match(findings(rule, input)[0]!.message, /"Annual bonus partly tied to API revenue targets" \(and 1 more\)/);
  });
  it('treats a missing conflicts list like an empty one', () => {
    assert.deepEqual(findings(rule, (rule.meta.examples.passing as string).replace(', conflicts: []', '')), []);
  });
});
