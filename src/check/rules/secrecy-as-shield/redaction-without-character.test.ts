import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { redactionWithoutCharacter as rule } from './redaction-without-character.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('says the description is generic', () => {
    assert.match(
      findings(rule, failing)[0]!.message,
      /\("Confidential security information\."\) says only that it is secret/,
    );
  });
  it('reports a long description made only of generic words', () => {
    const input = failing.replace(
      'Confidential security information.',
      'Confidential and proprietary information, withheld for security reasons under NDA.',
    );
    assert.match(findings(rule, input)[0]!.message, /says only that it is secret/);
  });
  it('reports a short specific description as too short', () => {
    const input = failing.replace('Confidential security information.', 'Exploit payload.');
    assert.match(findings(rule, input)[0]!.message, /has 2 words/);
  });
  it('accepts six specific words', () => {
    assert.deepEqual(
      findings(
        rule,
        failing.replace('Confidential security information.', 'Describes the testbed configuration and task list.'),
      ),
      [],
    );
  });
});
