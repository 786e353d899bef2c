import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCase } from '../../../format/load-case.js';
import { memoryReader } from '../../../format/memory-reader.js';
import { buildGraph } from '../../../model/graph.js';
import { EXAMPLE_HEADER } from '../../examples.js';
import { runRules } from '../engine.js';
import { findings, ruleExamples, TEST_AS_OF } from '../rule-test.js';
import { caseExpired as rule } from './case-expired.js';

/** Findings on a case whose header status is not the standard header's draft. */
function withStatus(status: string, body: string): string[] {
  const file = EXAMPLE_HEADER.replace('status: draft', `status: ${status}`) + body;
  const c = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': file })).case!;
  return runRules({ case: c, graph: buildGraph(c), asOf: TEST_AS_OF, rules: [rule] }).findings.map((f) => f.message);
}

const failing = rule.meta.examples.failing as string;
const decision =
  'decision: { outcome: approve, date: 2026-04-14, makers: [{ name: Elena Vasquez, role: CRO }], residual_risk: Some. }\n';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('says how long ago and that the approval stands', () => {
    const fs = findings(rule, failing + decision);
    assert.match(fs[0]!.message, /expired on 2026-10-21, 36 days before 2026-11-26, and its decision still approves/);
  });
  it('still holds on its expiry date', () => {
    assert.deepEqual(findings(rule, failing, '2026-10-21'), []);
  });
  it('reports a case marked expired whose decision still approves', () => {
    const fs = withStatus('expired', failing + decision);
    assert.equal(fs.length, 1);
    assert.match(fs[0]!, /marked expired \(it expired on 2026-10-21\), but its decision still approves/);
  });
  it('accepts a case honestly marked expired or superseded with no approval in force', () => {
    assert.deepEqual(withStatus('expired', failing), []);
    assert.deepEqual(withStatus('superseded', failing + decision), []);
  });
});
