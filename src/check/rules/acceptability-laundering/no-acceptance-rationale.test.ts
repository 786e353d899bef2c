import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { acceptability, argument, RISKS } from './examples.js';
import { noAcceptanceRationale as rule } from './no-acceptance-rationale.js';

ruleTester(rule, {
  valid: [
    {
      name: 'is silent without an acceptability section (no-acceptability-criteria judges that)',
      yaml: RISKS + edit(argument(), 'criteria: [crit-injection], ', ''),
    },
  ],
  invalid: [
    {
      name: 'names both missing parts',
      yaml: rule.meta.examples.failing,
      findings: [
        {
          target: 'example',
          line: 10,
          column: 1,
          messageId: 'noRationale',
          message: /a rationale .* or the residual harms/,
        },
      ],
    },
    {
      name: 'names only the residual harms when the rationale is there',
      yaml: RISKS + acceptability({ harms: null }) + argument(),
      findings: [
        {
          target: 'example',
          line: 10,
          column: 1,
          messageId: 'noRationale',
          message: 'The acceptability criteria do not state the residual harms.',
        },
      ],
    },
  ],
});
