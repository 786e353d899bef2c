import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { refutedWithoutEvidence as rule } from './refuted-without-evidence.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('does not count an assumption as evidence', () => {
    const input = (rule.meta.examples.passing as string)
      .replace('refs: [Sn1]', 'refs: [A1]')
      .replace('evidence:\n', '  A1: { kind: assumption, text: The red team knew everything. }\nevidence:\n');
    assert.match(findings(rule, input)[0]!.message, /cites only A1/);
  });
  it('accepts a supported sub-argument', () => {
    const input = (rule.meta.examples.passing as string)
      .replace('refs: [Sn1]', 'refs: [G2]')
      .replace(
        'evidence:\n',
        '  G2: { kind: claim, text: Protocol docs are in paths the agent cannot read., supported_by: [Sn1] }\nevidence:\n',
      );
    assert.deepEqual(findings(rule, input), []);
  });
});
