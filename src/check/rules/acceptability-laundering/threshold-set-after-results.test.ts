import { ruleTester } from '../../../../test/support/rule-tester.js';
import { thresholdRelaxedAfterResults } from './threshold-relaxed-after-results.js';
import { thresholdSetAfterResults as rule } from './threshold-set-after-results.js';

ruleTester(rule, {
  valid: [
    {
      name: 'does not note a later tightening with the results known',
      yaml: thresholdRelaxedAfterResults.meta.examples.passing,
    },
  ],
  invalid: [
    {
      name: 'notes a threshold first set with the results known',
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'crit-injection', line: 26, column: 182, messageId: 'setAfterResults' }],
    },
  ],
});
