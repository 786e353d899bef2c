import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { reviewerWithDeclaredConflict as rule } from './reviewer-with-declared-conflict.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('says the reviewer is external and quotes the conflict', () => {
    assert.match(
      findings(rule, rule.meta.examples.failing)[0]!.message,
      /Calloway \(external\) declares a conflict of interest: "Lanternfish holds/,
    );
  });
});
