import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { boundThresholdWithoutInterval as rule } from './bound-threshold-without-interval.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    { name: 'does not apply to a threshold on the point estimate', yaml: edit(failing, ', on: interval-high', '') },
    {
      name: 'leaves a result with no sample size either to no-uncertainty-reported',
      yaml: edit(failing, ', sample_size: 300', ''),
    },
  ],
  invalid: [
    {
      name: 'reports a bound threshold on a result with no interval',
      yaml: failing,
      findings: [{ target: 'E1', line: 19, column: 110, messageId: 'noInterval', message: /upper end/ }],
    },
  ],
});
