import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { acceptability, argument, CRITERION, RISKS } from './examples.js';
import { vagueTopClaim as rule } from './vague-top-claim.js';

ruleTester(rule, {
  valid: [
    {
      name: 'ignores a top claim stated in operational terms',
      yaml: RISKS + acceptability() + argument('Injection leaks stay under 2% (upper 95% bound).', '[]'),
    },
    {
      name: 'does not read "acceptance testing" as vague',
      yaml: RISKS + acceptability() + argument('browse-1.0 passed acceptance testing on rc3.', '[]'),
    },
  ],
  invalid: [
    {
      name: 'quotes the vague word',
      yaml: rule.meta.examples.failing,
      findings: [
        {
          target: 'G1',
          line: 28,
          column: 28,
          messageId: 'vagueTopClaim',
          message: /says "unacceptable", but it names no acceptability criteria/,
        },
      ],
    },
    {
      name: 'reports named criteria that have no numeric threshold',
      yaml:
        RISKS +
        acceptability({
          criterion: edit(CRITERION, 'threshold: { max: 0.02, on: interval-high }\n', 'threshold: { text: rare }\n'),
        }) +
        argument('Browsing is safe enough.'),
      findings: [
        {
          target: 'G1',
          line: 28,
          column: 93,
          messageId: 'vagueTopClaim',
          message: /its criteria \(crit-injection\) have no numeric threshold/,
        },
      ],
    },
  ],
});
