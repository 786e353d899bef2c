import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { selfAttestation as rule } from './self-attestation.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('targets the withheld item and names the author', () => {
    const fs = findings(rule, rule.meta.examples.failing);
    assert.equal(fs[0]!.target, 'E1');
    assert.match(fs[0]!.message, /by Dr\. Naomi Kagame, an author/);
  });
});
