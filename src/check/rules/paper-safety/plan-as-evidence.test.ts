import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { planAsEvidence as rule } from './plan-as-evidence.js';

const failing = rule.meta.examples.failing as string;

const withItem = (item: string) => `argument:
  G1: { kind: claim, text: The model can be rolled back within 2 hours., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Rollback, evidence: [E1] }
evidence:
  E1: { ${item}, date: 2026-09-01, produced_by: Release engineering, polarity: supports }
`;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('says why the item is a plan', () => {
    assert.match(findings(rule, failing)[0]!.message, /kind is framework/);
  });
  it('treats a tabletop exercise as a plan, whatever its kind', () => {
    const fs = findings(
      rule,
      withItem(
        'title: Rollback tabletop exercise, kind: incident-record, source_type: internal-test, result: { metric: steps walked through, value: 14 }',
      ),
    );
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message, /tabletop/);
  });
  it('treats a runbook with no measured result as a plan', () => {
    assert.equal(
      findings(rule, withItem('title: Rollback runbook RB-7, kind: security-control, source_type: internal-test'))
        .length,
      1,
    );
  });
  it('treats a red-team plan as a plan: "red-team" names what is planned, not what happened', () => {
    assert.equal(
      findings(rule, withItem('title: Red-team plan for the rollback path, kind: red-team, source_type: internal-test'))
        .length,
      1,
    );
  });
  it('looks through a strategy between the claim and the plan', () => {
    const input = failing.replace(
      'supported_by: [Sn1] }',
      'supported_by: [S1] }\n  S1: { kind: strategy, text: Argue from the response arrangements., supported_by: [Sn1] }',
    );
    assert.deepEqual(
      findings(rule, input).map((f) => f.target),
      ['G1'],
    );
  });
  it('accepts a live drill of the runbook', () => {
    assert.deepEqual(
      findings(
        rule,
        withItem(
          'title: Live drill of rollback runbook RB-7, kind: security-control, source_type: internal-test, result: { metric: time to rollback (hours), value: 1.6, sample_size: 3 }',
        ),
      ),
      [],
    );
  });
  it('accepts a plan cited beside a test', () => {
    const input =
      failing.replace('evidence: [E1]', 'evidence: [E1, E2]') +
      `  E2: { title: Incident drill DR-3, kind: incident-record, source_type: internal-test, date: 2026-09-20, produced_by: Trust and Safety, polarity: supports, result: { metric: hours to containment, value: 6, sample_size: 4 } }\n`;
    assert.deepEqual(findings(rule, input), []);
  });
});
