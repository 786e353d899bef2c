import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCase } from '../../../format/load-case.js';
import { memoryReader } from '../../../format/memory-reader.js';
import { buildGraph } from '../../../model/graph.js';
import { EXAMPLE_HEADER } from '../../examples.js';
import { runRules } from '../engine.js';
import { findings, ruleExamples, TEST_AS_OF } from '../rule-test.js';
import { reviewTriggerFired as rule } from './review-trigger-fired.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('reports the passed date and the changed build with the trigger that watches it', () => {
    const fs = findings(rule, failing);
    assert.deepEqual(fs.map((f) => f.target).sort(), ['trg-build', 'trg-review']);
    const build = fs.find((f) => f.target === 'trg-build')!;
    assert.match(build.message, /build is now m4-rc4; the decision was for m4-rc3/);
    assert.match(build.message, /Review trigger trg-build \(new-build\) watches it/);
  });
  it('fires a date trigger on its day', () => {
    assert.equal(findings(rule, passing, '2027-01-21').length, 1);
  });
  it('reports an added tool that no trigger watches, on the case', () => {
    const input = passing
      .replace(
        'user_population: { description: Verified developer organisations }',
        'user_population: { description: Verified developer organisations }\n  tools: ["code-exec-2: sandboxed Python", "browse-1.0: read public pages"]',
      )
      .replace(
        'population: Verified developer organisations }',
        'population: Verified developer organisations, tools: ["code-exec-2"] }',
      );
    const fs = findings(rule, input);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.target, 'example');
    assert.match(
      fs[0]!.message,
      /tool "browse-1.0" is in the context but not among the tools decided on \(code-exec-2\)/,
    );
    assert.match(fs[0]!.message, /No review trigger watches it/);
  });
  it('ignores wording differences and narrowing', () => {
    const input = passing
      .replace(
        'deployment_channel: Northwind public API\n',
        'deployment_channel: "Northwind Public API."\n  max_steps: 20\n',
      )
      .replace(
        'population: Verified developer organisations }',
        'population: Verified developer organisations, max_steps: 50 }',
      );
    assert.deepEqual(findings(rule, input), []);
  });
  it('reports a widened population watched by a parent path', () => {
    const input = passing
      .replace(
        'user_population: { description: Verified developer organisations }',
        'user_population: { description: All signed-in users }',
      )
      .replace(
        '    - { id: trg-review',
        '    - { id: trg-pop, kind: population-widened, description: Wider access, watch: context.user_population }\n    - { id: trg-review',
      );
    const fs = findings(rule, input);
    assert.deepEqual(
      fs.map((f) => f.target),
      ['trg-pop'],
    );
    assert.match(fs[0]!.message, /"All signed-in users"/);
  });
  it('without a scope, compares the context build with the build the decision sentence names', () => {
    const body = `context:
  model: { id: example-model, build: ex-2026-10-01-rc2 }
  deployment_channel: Public API
  user_population: { description: Verified organisations }
argument:
  G1: { kind: claim, text: Launch is acceptable., undeveloped: true }
change_control:
  review_triggers:
    - { id: trg-build, kind: new-build, description: New build }
`;
    const withDecision = (decision: string) => {
      const file = EXAMPLE_HEADER.replace('Make the example model available through the public API.', decision) + body;
      const c = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': file })).case!;
      return runRules({ case: c, graph: buildGraph(c), asOf: TEST_AS_OF, rules: [rule] }).findings;
    };
    const fs = withDecision('Make build ex-2026-08-14-rc1 available on the public API from 2026-09-01.');
    assert.deepEqual(
      fs.map((f) => f.target),
      ['trg-build'],
    );
    assert.match(fs[0]!.message, /build is now ex-2026-10-01-rc2; the decision names ex-2026-08-14-rc1/);
    assert.deepEqual(withDecision('Make build ex-2026-10-01-rc2 available on the public API from 2026-11-01.'), []);
  });
});
