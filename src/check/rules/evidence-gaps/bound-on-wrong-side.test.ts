import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { boundOnWrongSide as rule } from './bound-on-wrong-side.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;
const criterion =
  'acceptability:\n  standard: Control protocol v2\n  set_by: Safety council\n  criteria:\n    C1: { statement: Exfiltration rate at most 2%., metric: exfiltration rate, threshold: { max: 0.02, on: interval-low } }\n';

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a two-sided interval as well as the lower bound',
      yaml: edit(failing, 'bound:', 'interval: [0.005, 0.019], bound:'),
    },
    {
      name: 'accepts a lower bound against a minimum',
      yaml: edit(failing, 'threshold: { max: 0.02 }', 'threshold: { min: 0.001 }'),
    },
    {
      name: 'does not judge a threshold declared on the point estimate',
      yaml: edit(failing, 'threshold: { max: 0.02 }', 'threshold: { max: 0.02, on: value }'),
    },
    {
      name: 'accepts a ceiling compared with the upper end',
      yaml: edit(passing, 'threshold: { max: 0.02 }', 'threshold: { max: 0.02, on: interval-high }'),
    },
  ],
  invalid: [
    {
      name: 'reports a lower bound quoted against a maximum',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 19,
          column: 94,
          messageId: 'wrongSide',
          message: /quotes a lower bound \(0\.004\) against a maximum \(0\.02\)/,
        },
      ],
    },
    {
      name: 'reports an upper bound quoted against a minimum',
      yaml: edit(passing, 'threshold: { max: 0.02 }', 'threshold: { min: 0.95 }'),
      findings: [
        {
          target: 'E1',
          line: 19,
          column: 94,
          messageId: 'wrongSide',
          message: /upper bound \(0\.019\) against a minimum/,
        },
      ],
    },
    {
      name: 'reports a linked criterion that compares its maximum with the lower end',
      yaml:
        criterion +
        edit(
          passing.replace(', threshold: { max: 0.02 }', ', criterion: C1'),
          'bound: { side: upper, value: 0.019, confidence: 0.95 }',
          'interval: [0.005, 0.019], confidence: 0.9',
        ),
      findings: [
        {
          target: 'E1',
          line: 24,
          column: 13,
          messageId: 'wrongSide',
          message: /criterion C1 .*the criterion compares the maximum 0\.02 with the lower end/,
        },
      ],
    },
  ],
});
