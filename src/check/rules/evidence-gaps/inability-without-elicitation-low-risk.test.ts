import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { inabilityCase, item } from './fixtures.js';
import { inabilityWithoutElicitationLowRisk as rule } from './inability-without-elicitation-low-risk.js';

const failing = rule.meta.examples.failing as string;
const noElicitation =
  'measured: { model: m7, build: m7-2026-09-30 }, result: { metric: accuracy, value: 0.21, interval: [0.15, 0.28], sample_size: 180 }';

ruleTester(rule, {
  valid: [
    {
      name: 'uses the worst severity on the branch: a critical risk above moves it to the error rule',
      yaml: edit(failing, 'severity: medium', 'severity: high'),
    },
    {
      name: 'leaves a critical branch to the error rule',
      yaml: inabilityCase({ items: item('E1', noElicitation) }),
    },
  ],
  invalid: [
    {
      name: 'says which severity the branch has',
      yaml: failing,
      findings: [
        { target: 'E1', line: 18, column: 195, messageId: 'noElicitation', message: /medium-severity branch/ },
      ],
    },
    {
      name: 'takes the low- and medium-severity branches the error rule leaves',
      yaml: inabilityCase({ severity: 'medium', items: item('E1', noElicitation) }),
      findings: [{ target: 'E1', line: 18, column: 195, messageId: 'noElicitation' }],
    },
  ],
});
