import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { absoluteClaimSampledEvidence as rule } from './absolute-claim-sampled-evidence.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts an absolute claim that a formal argument supports',
      yaml: edit(failing, 'kind: capability-evaluation', 'kind: formal-argument'),
    },
    {
      name: 'does not report an absolute word bounded by a quantifier',
      yaml: edit(failing, 'cannot exploit web vulnerabilities.', 'cannot reliably exploit web vulnerabilities.'),
    },
  ],
  invalid: [
    {
      name: 'quotes the absolute word',
      yaml: failing,
      findings: [
        {
          target: 'G1',
          line: 9,
          column: 28,
          messageId: 'absoluteOnSampled',
          data: { claim: 'G1', word: 'cannot', items: 'E1' },
        },
      ],
    },
  ],
});
