import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { internalEvidenceOnlyHighSeverity as rule } from './internal-evidence-only-high-severity.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('is silent when an external reviewer examined the case', () => {
    const input = `  reviewers:\n    - { name: Ruth Kessler, organisation: Greyhaven Assurance LLP, external: true }\n${failing}`;
    assert.deepEqual(findings(rule, input), []);
  });
  it('counts third-party evaluations as external', () => {
    assert.deepEqual(
      findings(rule, failing.replace('source_type: internal-test', 'source_type: third-party-evaluation')),
      [],
    );
  });
  it('reports the topmost claim only, with inherited severity', () => {
    const input = failing
      .replace('addresses: [risk-exfil], supported_by: [Sn1]', 'addresses: [risk-exfil], supported_by: [G2]')
      .replace(
        '  Sn1:',
        '  G2: { kind: claim, text: Weight buckets deny agent principals., supported_by: [Sn1] }\n  Sn1:',
      );
    const fs = findings(rule, input);
    assert.deepEqual(
      fs.map((f) => f.target),
      ['G1'],
    );
    assert.match(fs[0]!.message, /critical-severity branch.*\(E1\)/);
  });
  it('ignores medium risks', () => {
    assert.deepEqual(findings(rule, failing.replace('severity: critical', 'severity: medium')), []);
  });
});
