import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { recordsElicitation } from './elicitation.js';
import { inabilityCase, item } from './fixtures.js';
import { inabilityWithoutElicitation as rule } from './inability-without-elicitation.js';

const noElicitation =
  'measured: { model: m7, build: m7-2026-09-30 }, result: { metric: accuracy, value: 0.21, interval: [0.15, 0.28], sample_size: 180 }';
const elicited = (e: string) =>
  inabilityCase({
    items: item(
      'E1',
      `measured: { model: m7, build: m7-2026-09-30, elicitation: ${e} }, result: { metric: accuracy, value: 0.21, sample_size: 180 }`,
    ),
  });

/** A case whose claim addresses no risk, so only its words can make it an inability claim. */
const noRisk = (claim: string) =>
  edit(
    edit(inabilityCase({ claim, items: item('E1', noElicitation) }), '    addresses: [R1]\n', ''),
    'risks:\n  R1: { title: Uplift to biological weapons acquisition, pathway: cbrn, severity: critical }\n',
    '',
  );

ruleTester(rule, {
  valid: [
    {
      name: 'leaves low- and medium-severity branches to the low-risk rule',
      yaml: inabilityCase({ severity: 'medium', items: item('E1', noElicitation) }),
    },
    {
      name: "does not treat a claim about a monitor as inability, nor a monitor's evaluation",
      yaml: inabilityCase({
        items: item(
          'E1',
          'measured: { model: guard, build: guard-2.1, component: classifier }, result: { metric: recall, value: 0.97, sample_size: 400 }',
        ),
      }),
    },
    {
      name: 'accepts an elicitation that records real effort',
      yaml: elicited('default prompting plus 40 hours of prompt search'),
    },
    // No-effort words inside a record of real effort.
    ...[
      'No-refusal fine-tune, then 20 attempts per task',
      'Default prompting plus best-of-20 sampling and a tuned agent scaffold',
      'None of the tasks were run zero-shot: 30 attempts each with expert-written hints',
    ].map((e) => ({ name: `accepts "${e}" as real effort`, yaml: elicited(JSON.stringify(e)) })),
    {
      name: 'does not check evidence with no measured block (a baseline that measured no model)',
      yaml: inabilityCase({ items: item('E1', 'result: { metric: accuracy, value: 0.2, sample_size: 100 }') }),
    },
    {
      name: 'ignores capability evaluations that only a defeater cites',
      yaml: inabilityCase({
        extraNodes:
          '  D1: { kind: defeater, text: An external eval found higher scores., challenges: [G1], evidence: [E2], status: refuted, resolution: { summary: Contaminated tasks., refs: [Sn1] } }\n',
        items:
          item('E1', 'measured: { model: m7, build: m7-2026-09-30, elicitation: 10 attempts }') +
          item('E2', noElicitation),
      }),
    },
    // Inability words in another sense: an admitted limit, a control that stops the model, someone else unable.
    ...[
      'We cannot rule out that m7 helps trained virologists; the troubleshooting evaluation bounds novice accuracy.',
      'The agent cannot send lab protocols outside the sandbox without being flagged by the egress monitor.',
      'Anonymous users cannot reach the protocol-troubleshooting endpoint; only vetted researchers can.',
    ].map((claim) => ({ name: `does not read "${claim}" as an inability claim`, yaml: noRisk(JSON.stringify(claim)) })),
  ],
  invalid: [
    {
      name: 'reports the evidence item and names the inability claim',
      yaml: rule.meta.examples.failing,
      findings: [
        {
          target: 'E1',
          line: 18,
          column: 195,
          messageId: 'noElicitation',
          message: /inability claim G1 on a critical-severity branch/,
        },
      ],
    },
    {
      name: 'finds an inability claim by its words even when it addresses no risk',
      yaml: edit(
        edit(inabilityCase({ items: item('E1', noElicitation) }), '    addresses: [R1]\n', ''),
        'risks:\n  R1: { title: Uplift to biological weapons acquisition, pathway: cbrn, severity: critical }\n',
        '',
      ),
      findings: [{ target: 'E1', line: 15, column: 195, messageId: 'noElicitation' }],
    },
    {
      name: 'still reads a claim that the model cannot do it as an inability claim after an admitted limit',
      yaml: noRisk(
        '"We cannot rule out expert uplift, but the model cannot troubleshoot wet-lab protocols for novices."',
      ),
      findings: [{ target: 'E1', line: 15, column: 195, messageId: 'noElicitation' }],
    },
    ...[
      'none',
      'N/A',
      'default prompting only',
      'TBD',
      'None beyond default prompting',
      'No special elicitation; default settings.',
      'Single zero-shot attempt, default prompt',
    ].map((e) => ({
      name: `treats an elicitation that records no effort as missing: ${e}`,
      yaml: elicited(JSON.stringify(e)),
      findings: [
        {
          target: 'E1',
          line: 18,
          column: 195,
          messageId: 'noElicitation' as const,
          message: new RegExp(`says "${e}"`),
        },
      ],
    })),
  ],
});

describe(`${rule.meta.id}: no-effort phrases`, () => {
  it('reads a text as no effort only when every phrase in it records none', () => {
    assert.ok(!recordsElicitation('None beyond default prompting; single attempt.'));
    assert.ok(recordsElicitation('None beyond default prompting; 40 hours of red-teaming.'));
    // Long runs that are nearly no-effort text answer at once rather than backtracking.
    assert.ok(recordsElicitation(`${'-'.repeat(5000)}x`));
    assert.ok(recordsElicitation(`${'na '.repeat(5000)}x`));
  });
});
