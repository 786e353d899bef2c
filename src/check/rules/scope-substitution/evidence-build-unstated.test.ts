import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { evidenceBuildUnstated as rule } from './evidence-build-unstated.js';

const failing = rule.meta.examples.failing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('does not ask security controls or formal arguments for a build', () => {
    assert.deepEqual(findings(rule, failing.replace('kind: red-team', 'kind: security-control')), []);
  });
  it('does nothing in a case with no context (no build to compare with)', () => {
    assert.deepEqual(findings(rule, failing.slice(failing.indexOf('argument:'))), []);
  });
});
