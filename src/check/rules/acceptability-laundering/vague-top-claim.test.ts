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
    // Acceptability words in another sense, or tied to a number in the claim itself.
    ...[
      'Operating browse-1.0 under the acceptable use policy keeps injection leaks under 2% (upper 95% bound).',
      'The fault-tolerance layer of browse-1.0 keeps injection leaks under 2% (upper 95% bound).',
      'Enabling browse-1.0 keeps injection leaks at an acceptable rate of at most 2% (upper 95% bound).',
      'A reasonably resourced attacker using browse-1.0 leaks data in under 2% of injection attempts (upper 95% bound).',
      'Enabling browse-1.0 keeps cyber uplift within the Cyber-2 tolerance of FSF v2.1.',
    ].map((t) => ({
      name: `does not read the claim as vague: ${t}`,
      yaml: RISKS + acceptability() + argument(t, '[]'),
    })),
  ],
  invalid: [
    {
      name: 'still reports an unnamed tolerance and a reasonable level',
      yaml:
        RISKS + acceptability() + argument('Enabling browse-1.0 keeps risk within tolerance and reasonably low.', '[]'),
      findings: [{ target: 'G1', line: 28, column: 28, messageId: 'vagueTopClaim', message: /"tolerance"/ }],
    },
    {
      name: 'still reports "acceptable" with the number far from it, in another sentence',
      yaml:
        RISKS +
        acceptability() +
        argument('Enabling browse-1.0 is acceptable. Leaks were measured on 250 pages.', '[]'),
      findings: [{ target: 'G1', line: 28, column: 28, messageId: 'vagueTopClaim', message: /says "acceptable"/ }],
    },
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
