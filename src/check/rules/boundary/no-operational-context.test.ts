import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { noOperationalContext as rule } from './no-operational-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'asks only that a context is given: what it says is for other rules to judge',
      yaml: edit(
        rule.meta.examples.passing as string,
        'user_population: { description: Verified developer organisations }',
        'user_population: { description: Internal staff }',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports once, on the case, at the header',
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'example', line: 2, column: 1, messageId: 'noContext' }],
    },
  ],
});
