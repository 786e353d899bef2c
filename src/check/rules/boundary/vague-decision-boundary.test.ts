import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCase } from '../../../format/load-case.js';
import { memoryReader } from '../../../format/memory-reader.js';
import { buildGraph } from '../../../model/graph.js';
import { runRules } from '../engine.js';
import { findings, ruleExamples, TEST_AS_OF } from '../rule-test.js';
import { vagueDecisionBoundary as rule } from './vague-decision-boundary.js';

/** A case with its own decision sentence (the standard header's cannot be changed). */
function withDecision(decision: string, context = true): string[] {
  const file = `warrant: 1
case:
  id: c1
  title: A case
  version: "1"
  status: draft
  decision_boundary: { kind: api-launch, decision: "${decision}" }
${context ? 'context:\n  model: { id: meridian-5, build: m5-2026-09-14-rc2 }\n  deployment_channel: Public API\n  user_population: { description: Verified organisations }\n' : ''}argument:
  G1: { kind: claim, text: Launch is acceptable., undeveloped: true }
`;
  const c = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': file })).case!;
  return runRules({ case: c, graph: buildGraph(c), asOf: TEST_AS_OF, rules: [rule] }).findings.map((f) => f.message);
}

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('says the decision does not name the system', () => {
    assert.match(findings(rule, rule.meta.examples.failing)[0]!.message, /names neither the model \(meridian-5\)/);
  });
  it('reports a decision that is only a name', () => {
    const fs = withDecision('Launch Meridian 5');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!, /3 words/);
  });
  it('accepts a full decision naming the build, and matches names loosely', () => {
    assert.deepEqual(
      withDecision(
        'Make build m5-2026-09-14-rc2 available on the public API to verified organisations from 2026-12-01.',
      ),
      [],
    );
    assert.deepEqual(
      withDecision('Make Meridian 5 available on the public API to verified organisations from 2026-12-01.'),
      [],
    );
  });
  it('checks only the length when there is no context', () => {
    assert.deepEqual(withDecision('Make the model available on the public API to verified organisations.', false), []);
    assert.equal(withDecision('Ship it.', false).length, 1);
  });
});
