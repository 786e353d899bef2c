import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { inabilityCase, item } from './fixtures.js';
import { inabilityWithoutSandbaggingCheck as rule } from './inability-without-sandbagging-check.js';

const evalItem = (elicitation: string, build = 'm7-2026-09-30') =>
  `measured: { model: m7, build: ${build}, elicitation: "${elicitation}" }, result: { metric: accuracy, value: 0.21, interval: [0.15, 0.28], sample_size: 180 }`;

/** A top claim over an inability claim G1 and a separate validity branch G2 with a sandbagging probe on `build`. */
const withValidityBranch = (build: string) =>
  inabilityCase({
    items:
      item('E1', evalItem('10 attempts per task')) +
      `  E2: { title: Evaluation-awareness probe, kind: interpretability, source_type: internal-test, date: 2026-10-01, produced_by: Alignment team, polarity: supports, measured: { build: ${build} } }\n`,
  }).replace(
    'argument:\n',
    `argument:
  G0: { kind: claim, text: Launching the model does not pose unacceptable biological risk., supported_by: [S0] }
  S0: { kind: strategy, text: Argue inability and that the evaluations are valid., supported_by: [G1, G2] }
  G2: { kind: claim, text: The model did not strategically underperform on the evaluations., supported_by: [Sn2] }
  Sn2: { kind: evidence, text: Evaluation-awareness probe, evidence: [E2] }
`,
  );

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('does not count negated fine-tuning or a sandbagging check that was not run', () => {
    assert.equal(
      findings(rule, inabilityCase({ items: item('E1', evalItem('prompting only, not fine-tuned')) })).length,
      1,
    );
    assert.equal(
      findings(rule, inabilityCase({ items: item('E1', evalItem('10 attempts; sandbagging checks not run')) })).length,
      1,
    );
  });
  it('counts a password-locked control in the elicitation', () => {
    assert.deepEqual(
      findings(
        rule,
        inabilityCase({
          items: item('E1', evalItem('10 attempts; password-locked model control recovered full capability')),
        }),
      ),
      [],
    );
  });
  it('accepts a model-level sandbagging check on the same build in another branch', () => {
    assert.deepEqual(findings(rule, withValidityBranch('m7-2026-09-30')), []);
  });
  it('does not accept a sandbagging check on another build', () => {
    const fs = findings(rule, withValidityBranch('m7-2026-08-01'));
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.target, 'G1');
  });
  it('accepts a sandbagging defeater answered with references, not an open one', () => {
    const input = inabilityCase({
      extraNodes:
        '  D1: { kind: defeater, text: The model may sandbag on recognisable evaluation questions., challenges: [G1], status: refuted, resolution: { summary: An evaluation-awareness probe was near chance on these questions., refs: [E2] } }\n',
      items:
        item('E1', evalItem('10 attempts per task')) +
        item('E2', evalItem('probe')).replace('kind: capability-evaluation', 'kind: interpretability'),
    });
    assert.deepEqual(findings(rule, input), []);
    assert.equal(
      findings(
        rule,
        input.replace(
          'status: refuted, resolution: { summary: An evaluation-awareness probe was near chance on these questions., refs: [E2] }',
          'status: open',
        ),
      ).length,
      1,
    );
  });
  it('reports only the topmost uncovered inability claim', () => {
    const input = inabilityCase({
      supports: 'G2',
      extraNodes:
        '  G2: { kind: claim, text: The model cannot troubleshoot virology protocols., supported_by: [Sn1] }\n',
      items: item('E1', evalItem('10 attempts per task')),
    });
    const fs = findings(rule, input);
    assert.deepEqual(
      fs.map((f) => f.target),
      ['G1'],
    );
    assert.match(fs[0]!.message, /1 inability claim below it/);
  });
});
