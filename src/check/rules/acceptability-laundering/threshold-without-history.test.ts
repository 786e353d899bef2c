import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { criterionWithoutThreshold } from './criterion-without-threshold.js';
import { thresholdWithoutHistory as rule } from './threshold-without-history.js';

ruleTester(rule, {
  valid: [
    {
      name: 'leaves a criterion without a numeric threshold to criterion-without-threshold',
      yaml: edit(criterionWithoutThreshold.meta.examples.failing as string, / {6}history:\n.*\n/, ''),
    },
  ],
  invalid: [
    {
      name: 'notes a threshold with no history',
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'crit-injection', line: 24, column: 18, messageId: 'noHistory' }],
    },
  ],
});
