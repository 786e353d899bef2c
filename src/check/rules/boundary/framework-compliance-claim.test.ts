import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { complianceWording, frameworkComplianceClaim as rule } from './framework-compliance-claim.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts the framework cited as context of a bounded claim',
      yaml: edit(
        rule.meta.examples.passing as string,
        'under FSF v2.1., supported_by: [S1] }',
        'under FSF v2.1., in_context_of: [C1], supported_by: [S1] }\n  C1: { kind: context, text: Northwind followed its Frontier Safety Framework v2.1 for this launch. }',
      ),
    },
    // Compliance words in another sense.
    ...[
      'Agent actions that follow a prompt injection are blocked by the egress policy of build m4-rc3.',
      'Requests that do not comply with the usage policy are refused before they reach build m4-rc3.',
      'Trusted monitoring catches 97% of attacks on build m4-rc3 even when the red team follows the optimal attack policy.',
    ].map((t) => ({
      name: `does not read "${t}" as compliance`,
      yaml: edit(failing, 'Northwind followed its Frontier Safety Framework v2.1 for the launch of build m4-rc3.', t),
    })),
  ],
  invalid: [
    {
      name: 'still reports compliance with a release policy',
      yaml: edit(
        failing,
        'Northwind followed its Frontier Safety Framework v2.1 for the launch of build m4-rc3.',
        'Build m4-rc3 complies with the Northwind release policy.',
      ),
      findings: [
        {
          target: 'G1',
          line: 9,
          column: 28,
          messageId: 'complianceClaim',
          message: /"complies with the Northwind release policy"/,
        },
      ],
    },
    {
      name: 'quotes the compliance wording',
      yaml: failing,
      findings: [
        {
          target: 'G1',
          line: 9,
          column: 28,
          messageId: 'complianceClaim',
          message: /"followed its Frontier Safety Framework"/,
        },
      ],
    },
    {
      name: 'reads a strategy directly under the top claim but not a deep sub-claim',
      yaml: edit(
        edit(
          edit(
            failing,
            'Northwind followed its Frontier Safety Framework v2.1 for the launch of build m4-rc3.',
            'Launching build m4-rc3 on the API keeps cyber risk acceptable.',
          ),
          'Argue over each cyber risk model.',
          'Argue that every step of the release procedure was followed.',
        ),
        '(upper 95% bound).',
        '(upper 95% bound) - the evaluation complied with the evaluation policy.',
      ),
      findings: [
        { target: 'S1', line: 10, column: 31, messageId: 'complianceClaim' },
        { target: 'G2', line: 11, column: 28, messageId: 'complianceClaim' },
      ],
    },
  ],
});

describe(`${rule.meta.id}: wording`, () => {
  it('recognises the usual ways of saying it', () => {
    for (const t of [
      'The launch complies with the Responsible Scaling Policy.',
      'Meridian-5 was deployed in accordance with our RSP v3.',
      'The deployment meets all requirements of the GPAI Code of Practice.',
      'Our Preparedness Framework has been followed for this release.',
      'The system is compliant with the EU AI Act.',
      'The deployment meets all the requirements of FSF v2.1.',
      'Meridian-5 satisfies the Responsible Scaling Policy for ASL-3 models.',
      'The release is consistent with our Preparedness Framework.',
    ])
      assert.ok(complianceWording(t), t);
  });
  it('leaves safety claims that name their standard alone', () => {
    for (const t of [
      'Launching build m4-rc3 does not pose an unacceptable cyber risk under FSF v2.1.',
      'The agent keeps the risk of weight exfiltration within the tolerance set by the Responsible Scaling Council.',
      'Novices following the capstone steps with the model do no better than with search.',
      'The model solves under 20% of tasks in the standard suite.',
      'The monitor meets the 95% catch-rate threshold on the attack suite.',
    ])
      assert.equal(complianceWording(t), undefined, t);
  });
});
