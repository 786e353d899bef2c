import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { MIN_SAMPLE, smallSample as rule } from './small-sample.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    { name: 'accepts exactly the minimum', yaml: edit(failing, 'sample_size: 12', `sample_size: ${MIN_SAMPLE}`) },
    {
      name: 'leaves a value with a threshold and no uncertainty at all to no-uncertainty-reported',
      yaml: edit(failing, ', interval: [0.74, 1.0], confidence: 0.95, sample_size: 12', ''),
    },
    {
      name: 'does not ask counts or durations for a sample size',
      yaml: edit(edit(failing, 'value: 1.0', 'value: 23'), ', sample_size: 12', ''),
    },
    {
      name: 'ignores formal arguments',
      yaml: edit(failing, 'kind: control-evaluation', 'kind: formal-argument'),
    },
    {
      name: 'ignores evidence off the decision path',
      yaml: edit(
        edit(
          failing,
          'supported_by: [Sn1] }',
          'undeveloped: true }\n  D1: { kind: defeater, text: A small drill missed one attack., challenges: [G1], evidence: [E1], status: open }',
        ),
        '  Sn1: { kind: evidence, text: Sabotage detection evaluation, evidence: [E1] }\n',
        '',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports a sample below the minimum',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 19,
          column: 105,
          messageId: 'smallSample',
          data: { subject: 'Evidence E1', size: 12, s: 's', metric: 'detection rate', minimum: MIN_SAMPLE },
        },
      ],
    },
    {
      name: 'reports one below the minimum',
      yaml: edit(failing, 'sample_size: 12', `sample_size: ${MIN_SAMPLE - 1}`),
      findings: [{ target: 'E1', line: 19, column: 105, messageId: 'smallSample' }],
    },
    {
      name: 'reports a proportion with an interval but no sample size',
      yaml: edit(failing, ', sample_size: 12', ''),
      findings: [{ target: 'E1', line: 19, column: 13, messageId: 'noSampleSize', message: /without a sample size/ }],
    },
  ],
});
