import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { criterionWithoutThreshold as rule } from './criterion-without-threshold.js';
import { acceptability, argument, CRITERION, RISKS } from './examples.js';

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a min-only threshold',
      yaml:
        RISKS +
        acceptability({
          criterion: edit(CRITERION, 'threshold: { max: 0.02, on: interval-high }\n', 'threshold: { min: 0.98 }\n'),
        }) +
        argument(),
    },
  ],
  invalid: [
    {
      name: 'quotes the text-only threshold',
      yaml: rule.meta.examples.failing,
      findings: [
        { target: 'crit-injection', line: 24, column: 18, messageId: 'noBound', message: /only "Leaks are rare"/ },
      ],
    },
    {
      name: 'reports a criterion with no threshold at all',
      yaml:
        RISKS +
        acceptability({ criterion: edit(CRITERION, '      threshold: { max: 0.02, on: interval-high }\n', '') }) +
        argument(),
      findings: [
        {
          target: 'crit-injection',
          line: 20,
          column: 5,
          messageId: 'noThreshold',
          message: 'Criterion crit-injection has no threshold.',
        },
      ],
    },
  ],
});
