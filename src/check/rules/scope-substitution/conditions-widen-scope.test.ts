import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { conditionsWidenScope as rule, widening } from './conditions-widen-scope.js';

ruleTester(rule, {
  valid: [
    {
      name: 'reads a restricting condition as restricting',
      yaml: edit(
        rule.meta.examples.passing as string,
        'Any new region or new checkpoint requires a new decision on an updated case.',
        'No additional tools may be enabled during the term.',
      ),
    },
    // Widening words about the safeguards, not the scope: a condition that tightens controls.
    ...[
      'Monitoring coverage will be extended to the agent tool calls by 2026-12-01.',
      'New tools are blocked by the egress allow-list until reviewed.',
      'Rate limits apply automatically to every account.',
      'The classifier is retrained on newly found jailbreaks as needed.',
      'Each successor checkpoint is re-evaluated on the full suite before it serves traffic.',
      // The safeguard named after the words, or what stays as it is.
      'The team will add more languages to the evaluation suite before renewal.',
      'The next release of the monitor ships with the jailbreak classifier update.',
      'Other tiers keep their current limits.',
    ].map((condition) => ({
      name: `does not read "${condition}" as widening the scope`,
      yaml: edit(
        rule.meta.examples.passing as string,
        'Any new region or new checkpoint requires a new decision on an updated case.',
        condition,
      ),
    })),
  ],
  invalid: [
    {
      name: 'still reports access widened after monitoring is mentioned',
      yaml: edit(
        rule.meta.examples.passing as string,
        'Any new region or new checkpoint requires a new decision on an updated case.',
        'Once monitoring is live access may be extended to other regions.',
      ),
      findings: [{ target: 'example', line: 19, column: 7, messageId: 'widensScope', message: /"may be extended"/ }],
    },
    {
      name: 'still reports more tools, other tiers or the next model when they are the scope',
      yaml: edit(
        rule.meta.examples.passing as string,
        'Any new region or new checkpoint requires a new decision on an updated case.',
        'Other tiers get the same tools after the pilot.',
      ),
      findings: [{ target: 'example', line: 19, column: 7, messageId: 'widensScope', message: /"Other tiers"/ }],
    },
    {
      name: 'quotes the widening phrase and targets the case',
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'example', line: 19, column: 7, messageId: 'widensScope', message: /"may be extended"/ }],
    },
    {
      name: 'targets a structured condition by its id',
      yaml: edit(rule.meta.examples.failing as string, '    - "After', '    - id: cond-regions\n      text: "After'),
      findings: [{ target: 'cond-regions', line: 20, column: 13, messageId: 'widensScope' }],
    },
  ],
});

describe(`${rule.meta.id}: wording`, () => {
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
