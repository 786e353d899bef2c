import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { noUncertaintyReported as rule } from './no-uncertainty-reported.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    { name: 'is satisfied by a sample size alone', yaml: edit(failing, 'value: 0.03', 'value: 0.03, sample_size: 1') },
    {
      name: 'is satisfied by an interval alone',
      yaml: edit(failing, 'value: 0.03', 'value: 0.03, interval: [0.01, 0.06]'),
    },
    { name: 'does not apply without a threshold', yaml: edit(failing, ', threshold: { max: 0.05 }', '') },
    { name: 'does not apply to a formal argument', yaml: edit(failing, 'kind: red-team', 'kind: formal-argument') },
  ],
  invalid: [
    {
      name: 'reports a value compared with a threshold with neither interval nor sample size',
      yaml: failing,
      findings: [{ target: 'E1', line: 19, column: 13, messageId: 'noUncertainty' }],
    },
  ],
});
