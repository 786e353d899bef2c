import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { evidenceUnderReview as rule } from './evidence-under-review.js';

const passing = rule.meta.examples.passing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('names the claims and the changes in the marker', () => {
    const [f] = findings(rule, rule.meta.examples.failing);
    assert.equal(f!.target, 'E1');
    assert.match(
      f!.message,
      /is marked for review since 2026-10-12: .* Claims resting on it: G1\. Changes: snapshot \(measured\.build\): m7-2026-09-11-rc2 -> m7-2026-10-02-rc4; result value: 0\.09 -> 0\.14\./,
    );
  });
  it('reports an imported run that did not finish, or an invalidated log', () => {
    const errored = passing.replace('status: success }', 'status: error, error: "RuntimeError: sandbox died" }');
    const [f] = findings(rule, errored);
    assert.match(
      f!.message,
      /comes from a run that ended with status error \(RuntimeError: sandbox died\); its scores are not a completed result\./,
    );
    assert.equal(
      findings(rule, passing.replace('status: cancelled }', '').replace('status: success }', 'status: cancelled }'))
        .length,
      1,
    );
    assert.match(
      findings(rule, passing.replace('status: success }', 'status: success, invalidated: true }'))[0]!.message,
      /marked invalidated/,
    );
  });
});
