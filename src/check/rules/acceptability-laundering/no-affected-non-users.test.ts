import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { acceptability, argument, RISKS } from './examples.js';
import { noAffectedNonUsers as rule } from './no-affected-non-users.js';

ruleTester(rule, {
  valid: [
    {
      name: 'is silent without an acceptability section',
      yaml: RISKS + edit(argument(), 'criteria: [crit-injection], ', ''),
    },
  ],
  invalid: [
    {
      name: 'names the user groups it found',
      yaml: rule.meta.examples.failing,
      findings: [
        {
          target: 'example',
          line: 15,
          column: 5,
          messageId: 'onlyUsers',
          message: /all users \(Developer organisations enabling the tool\)/,
        },
      ],
    },
    {
      name: 'reports an empty party list',
      yaml:
        RISKS + edit(acceptability({ parties: '' }), '  affected_parties:\n', '  affected_parties: []\n') + argument(),
      findings: [
        { target: 'example', line: 10, column: 1, messageId: 'noParties', message: /name no affected parties/ },
      ],
    },
  ],
});
