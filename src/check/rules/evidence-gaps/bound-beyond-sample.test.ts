import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { boundBeyondSample as rule } from './bound-beyond-sample.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts the Jeffreys bound itself (about 1.92 / n at 95%)',
      yaml: edit(failing, 'value: 0.004, confidence', 'value: 0.0127, confidence'),
    },
    {
      name: 'does not judge a mean score, which is not a proportion',
      yaml: edit(
        failing,
        'metric: replication success rate, statistic: proportion',
        'metric: replication progress score, statistic: mean',
      ),
    },
    {
      name: 'does not judge a rate above 1 (events per hour)',
      yaml: edit(
        edit(failing, 'statistic: proportion, ', ''),
        'value: 0, bound: { side: upper, value: 0.004, confidence: 0.95 }',
        'value: 3.2, interval: [2.9, 3.5], confidence: 0.95',
      ),
    },
    {
      name: 'accepts a threshold the sample can show when no bound is given',
      yaml: edit(passing, ', bound: { side: upper, value: 0.0066, confidence: 0.95, method: Clopper-Pearson }', ''),
    },
  ],
  invalid: [
    {
      name: 'reports an upper bound below what 150 trials can give',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 19,
          column: 89,
          messageId: 'impossibleBound',
          message:
            /95% one-sided upper bound of 0\.004 from 150 trials, but 150 trials cannot bound the rate below 0\.013/,
        },
      ],
    },
    {
      name: 'reports the upper end of a two-sided interval, at (1 + c) / 2',
      yaml: edit(
        failing,
        'bound: { side: upper, value: 0.004, confidence: 0.95 }',
        'interval: [0, 0.005], confidence: 0.9',
      ),
      findings: [{ target: 'E1', line: 19, column: 92, messageId: 'impossibleBound' }],
    },
    {
      name: 'reports a lower bound near 1 beyond the sample',
      yaml: edit(
        edit(failing, 'value: 0, bound: { side: upper, value: 0.004', 'value: 1, bound: { side: lower, value: 0.999'),
        'threshold: { max: 0.01, on: interval-high }',
        'threshold: { min: 0.9, on: interval-low }',
      ),
      findings: [
        { target: 'E1', line: 19, column: 89, messageId: 'impossibleBound', message: /lower bound .* above 0\.99/ },
      ],
    },
    {
      name: 'reports a threshold no result of this sample size can show',
      yaml: edit(
        failing,
        ', bound: { side: upper, value: 0.004, confidence: 0.95 }, sample_size: 150',
        ', sample_size: 150',
      ),
      findings: [{ target: 'E1', line: 19, column: 95, messageId: 'cannotShow', message: /needs at least 19\d/ }],
    },
  ],
});
