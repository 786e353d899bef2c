import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { acceptability, argument, RISKS } from './examples.js';
import { noAffectedNonUsers as rule } from './no-affected-non-users.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names the user groups it found', () => {
    assert.match(
      findings(rule, rule.meta.examples.failing)[0]!.message,
      /all users \(Developer organisations enabling the tool\)/,
    );
  });
  it('reports an empty party list', () => {
    const input =
      RISKS + acceptability({ parties: '' }).replace('  affected_parties:\n', '  affected_parties: []\n') + argument();
    assert.match(findings(rule, input)[0]!.message, /name no affected parties/);
  });
  it('is silent without an acceptability section', () => {
    assert.deepEqual(findings(rule, RISKS + argument().replace('criteria: [crit-injection], ', '')), []);
  });
});
