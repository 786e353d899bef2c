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
    {
      name: 'accepts every task passing its own threshold',
      yaml: edit(
        failing,
        'result: { metric: recall, value: 0.86, sample_size: 1200, threshold: { min: 0.90 } }',
        `results:
      - { task: chemistry, metric: recall, value: 0.95, sample_size: 600, threshold: { min: 0.90 } }
      - { task: biology, metric: recall, value: 0.91, sample_size: 600, threshold: { min: 0.90 } }`,
      ),
    },
  ],
  invalid: [
    {
      name: 'reports a task that fails its own threshold while the aggregate passes',
      yaml: edit(
        failing,
        'result: { metric: recall, value: 0.86, sample_size: 1200, threshold: { min: 0.90 } }',
        `result: { task: overall, metric: recall, value: 0.93, sample_size: 1200, threshold: { min: 0.90 } }
    results:
      - { task: chemistry, metric: recall, value: 0.95, sample_size: 600, threshold: { min: 0.90 } }
      - { task: biology, metric: recall, value: 0.86, sample_size: 600, threshold: { min: 0.90 } }`,
      ),
      findings: [
        {
          target: 'E1',
          line: 22,
          column: 49,
          messageId: 'subResultFails',
          message:
            /result "overall" passes, but its result "biology" is 0\.86, below the minimum 0\.9 of its own threshold/,
        },
      ],
    },
    {
      name: 'judges a result against the criterion it links to',
      yaml:
        'acceptability:\n  standard: Safeguards policy\n  set_by: Safety council\n  criteria:\n    C1: { statement: Recall at least 90%., threshold: { min: 0.9 } }\n' +
        edit(failing, ', threshold: { min: 0.90 } }', ', criterion: C1 }'),
      findings: [
        { target: 'E1', line: 24, column: 38, messageId: 'pointFails', message: /of the threshold of criterion C1/ },
      ],
    },
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
