import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { withheldWithoutRedactionRecord as rule } from './withheld-without-redaction-record.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names the item and the tiers', () => {
    assert.equal(
      findings(rule, failing)[0]!.message,
      'Evidence item E1 is at tier regulator, above the published tier (public), but no redaction records that it was withheld.',
    );
  });
  it('is silent without a publication section', () => {
    assert.deepEqual(findings(rule, failing.replace(/publication:[\s\S]*/, '')), []);
  });
  it('checks risks too', () => {
    const input = `risks:\n  risk-x: { title: Vetting fraud, pathway: catastrophic-misuse, severity: high, tier: restricted }\n${failing.replace('supported_by: [Sn1] }', 'addresses: [risk-x], supported_by: [Sn1] }')}`;
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      ['risk-x', 'E1'],
    );
  });
});
