import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { conditionsWidenScope as rule, widening } from './conditions-widen-scope.js';

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('quotes the widening phrase and targets the case', () => {
    const [f] = findings(rule, rule.meta.examples.failing);
    assert.match(f!.message, /"may be extended"/);
    assert.equal(f!.target, 'example');
  });
  it('targets a structured condition by its id', () => {
    const input = (rule.meta.examples.failing as string).replace(
      '    - "After',
      '    - id: cond-regions\n      text: "After',
    );
    assert.equal(findings(rule, input)[0]!.target, 'cond-regions');
  });
  it('tells widening from restricting sentences', () => {
    assert.equal(
      widening('Subsequent builds may be deployed without review if the evaluation suite passes.'),
      'Subsequent builds',
    );
    assert.equal(widening('Additional tools may be enabled by the product lead.'), 'Additional tools');
    assert.equal(widening('The approval covers future checkpoints of the m7 family.'), 'future checkpoints');
    assert.equal(
      widening('Expansion to EU users is pre-approved once 30 days of telemetry are clean.'),
      'pre-approved',
    );
    assert.equal(widening('The approval also covers the Wren-5-mini distillation.'), 'also covers');
    assert.equal(widening('No fine-tuning endpoint or weight access without a new decision.'), undefined);
    assert.equal(widening('The task cap is enforced; no extension without a new decision.'), undefined);
    assert.equal(widening('No additional tools may be enabled during the term.'), undefined);
    assert.equal(
      widening('VulnHunt is re-run monthly on the served build; a working exploit reopens this case.'),
      undefined,
    );
  });
});
