import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { pointEstimateFailsThreshold as rule } from './point-estimate-fails-threshold.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts undermining evidence that fails',
      yaml: edit(failing, 'polarity: supports', 'polarity: undermines'),
    },
    { name: 'accepts mixed evidence that fails', yaml: edit(failing, 'polarity: supports', 'polarity: mixed') },
    { name: 'treats the bound as inclusive', yaml: edit(failing, 'value: 0.86', 'value: 0.9') },
  ],
  invalid: [
    {
      name: 'quotes the value and the bound',
      yaml: failing,
      findings: [
        { target: 'E1', line: 19, column: 38, messageId: 'pointFails', message: /0\.86 is below the minimum 0\.9/ },
      ],
    },
    {
      name: 'reports a failing maximum too',
      yaml: edit(failing, 'threshold: { min: 0.90 }', 'threshold: { max: 0.80 }'),
      findings: [{ target: 'E1', line: 19, column: 38, messageId: 'pointFails', message: /above the maximum 0\.8/ }],
    },
  ],
});
