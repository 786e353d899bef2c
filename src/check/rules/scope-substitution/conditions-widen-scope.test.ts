import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { conditionsWidenScope as rule, widening } from './conditions-widen-scope.js';

// The structured path: a condition's `extends`, read field by field before its words.
const CASE = (extendsYaml: string, text = 'Usage is reported to the risk committee monthly.') => `context:
  model: { id: atlas-2, build: a2-2026-09-14 }
  deployment_channel: Partner API
  user_population: { description: Vetted biosecurity researchers, access_tier: trusted }
  tools: ["code-interpreter: sandboxed"]
  max_steps: 20
acceptability:
  standard: Board risk appetite
  set_by: Board
  criteria:
    crit-uplift: { statement: Expert uplift stays below the line., metric: uplift score, threshold: { max: 0.1 } }
argument:
  G1: { kind: claim, text: Trusted access gives no meaningful bio uplift., criteria: [crit-uplift], undeveloped: true }
decision:
  outcome: approve-with-conditions
  date: 2026-10-10
  makers: [{ name: Dana Ito, role: Chief Risk Officer }]
  residual_risk: Vetted users may get modest help with routine protocols.
  scope: { build: a2-2026-09-14, tools: ["code-interpreter: sandboxed"], population: Vetted biosecurity researchers, access_tier: trusted, max_steps: 20, deployment_channel: Partner API }
  conditions:
    - id: cond-growth
      text: ${text}
${extendsYaml}`;

const INSIDE = `      extends: { tools: [code-interpreter], user_groups: [vetted biosecurity researchers], max_steps: 20, thresholds: [{ criterion: crit-uplift, max: 0.08 }] }\n`;

ruleTester(rule, {
  valid: [
    { name: 'is silent when extends stays inside the decided scope and tightens the threshold', yaml: CASE(INSIDE) },
    { name: 'is silent for a structured condition without extends', yaml: CASE('') },
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
      name: 'reports each field that reaches beyond the decided scope, at the field',
      yaml: CASE(
        '      extends: { tools: [web-browser], deployment_channel: Consumer app, access_tier: standard, user_groups: [university students], max_steps: 50 }\n',
      ),
      findings: [
        { target: 'cond-growth', line: 30, column: 26, messageId: 'extendsScope', message: /tool "web-browser"/ },
        { target: 'cond-growth', line: 30, column: 60, messageId: 'extendsScope', message: /channel "Consumer app"/ },
        { target: 'cond-growth', line: 30, column: 87, messageId: 'extendsScope', message: /access tier "standard"/ },
        {
          target: 'cond-growth',
          line: 30,
          column: 111,
          messageId: 'extendsScope',
          message: /user group "university students"/,
        },
        {
          target: 'cond-growth',
          line: 30,
          column: 144,
          messageId: 'extendsScope',
          message: /50 steps, beyond what was decided \(20 steps\)/,
        },
      ],
    },
    {
      name: 'reports a threshold the condition loosens, and reads no words once a field is found',
      yaml: CASE(edit(INSIDE, 'max: 0.08', 'max: 0.2'), 'After 90 days, access may be extended to other regions.'),
      findings: [
        {
          target: 'cond-growth',
          line: 30,
          column: 120,
          messageId: 'relaxesThreshold',
          data: { condition: 'cond-growth', criterion: 'crit-uplift', change: 'max 0.1 to max 0.2' },
        },
      ],
    },
    {
      name: 'reports a threshold for a criterion the case does not define',
      yaml: CASE(edit(INSIDE, 'criterion: crit-uplift', 'criterion: crit-upflit')),
      findings: [{ target: 'cond-growth', line: 30, column: 120, messageId: 'unknownCriterion' }],
    },
    {
      name: 'falls back to the words when extends names nothing beyond the scope',
      yaml: CASE(INSIDE, 'After 90 days, access may be extended to other regions.'),
      findings: [{ target: 'cond-growth', line: 29, column: 13, messageId: 'widensScope' }],
    },
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

  it('reads a threshold loosened in words, and not the same words used otherwise', () => {
    assert.equal(widening('After 90 days the range threshold may be relaxed to 8%.'), 'threshold may be relaxed');
    assert.equal(
      widening('The board may relax the acceptance threshold for the pilot.'),
      'relax the acceptance threshold',
    );
    assert.equal(widening('The criterion will be waived for the pilot cohort.'), 'criterion will be waived');
    // Restricted, negated, or the same verbs about something else.
    for (const innocent of [
      'No threshold is relaxed without a new decision.',
      'The threshold cannot be relaxed.',
      'Relaxing any criterion requires a new decision on an updated case.',
      'The relaxed refusal policy applies only to vetted firms.',
      'The relaxation study reports whether the threshold holds.',
      'Suspend access if the threshold is crossed.',
      'The criterion is tightened to 2% after the first quarter.',
    ])
      assert.equal(widening(innocent), undefined, innocent);
  });
});
