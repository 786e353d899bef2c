import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { kindsNamed, caseReusedForOtherDecision as rule } from './case-reused-for-other-decision.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a case with no based_on and a neutral top claim',
      yaml: edit(
        edit(failing, / {2}based_on: .*\n/, ''),
        'Deploying m7 internally on the agent platform',
        'Making m7 available to verified organisations',
      ),
    },
    // Another decision kind named as a baseline or as who tested, not as the decision.
    ...[
      'Making m7 available to verified organisations adds little cyber uplift beyond open-weight models already released',
      'Making m7 available to verified organisations adds less cyber risk than the internal deployment of m6 did',
      'Cyber uplift found by trusted testers stays below the threshold for m7 served to verified organisations',
    ].map((claim) => ({
      name: `does not read "${claim}" as another decision`,
      yaml: edit(
        edit(failing, / {2}based_on: .*\n/, ''),
        'Deploying m7 internally on the agent platform does not pose unacceptable cyber risk.',
        `${claim}.`,
      ),
    })),
  ],
  invalid: [
    {
      name: 'still reads open weights as the decision when the claim releases them (twin of the baseline above)',
      yaml: edit(
        edit(failing, / {2}based_on: .*\n/, ''),
        'Deploying m7 internally on the agent platform does not pose unacceptable cyber risk.',
        'Releasing m7 as open weights adds little cyber uplift beyond models already released.',
      ),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'otherDecision' }],
    },
    {
      name: 'reports both the header and the top claim',
      yaml: failing,
      findings: [
        { target: 'example', line: 8, column: 71, messageId: 'reusedCase' },
        { target: 'G1', line: 10, column: 28, messageId: 'otherDecision' },
      ],
    },
    {
      name: 'reports a based_on decision kind that differs even when the claim was rewritten',
      yaml: edit(failing, 'Deploying m7 internally on the agent platform', 'Launching m7 on the public API'),
      findings: [{ target: 'example', line: 8, column: 71, messageId: 'reusedCase' }],
    },
  ],
});

describe(`${rule.meta.id}: decision kinds`, () => {
  it('ignores negated and historical mentions', () => {
    assert.deepEqual(kindsNamed('Launching m7 on the public API, after six months of internal deployment, is safe.'), [
      'api-launch',
    ]);
    assert.deepEqual(kindsNamed('Serving m7 without releasing the weights is safe.'), []);
    assert.deepEqual(kindsNamed('Releasing the model weights of m7 is safe.'), ['open-weights']);
    assert.deepEqual(kindsNamed('Releasing open weights of m7 gives no uplift beyond the API launch of m6.'), [
      'open-weights',
    ]);
    assert.deepEqual(kindsNamed('Opening m7 to trusted testers is safe.'), ['trusted-access']);
  });
});
