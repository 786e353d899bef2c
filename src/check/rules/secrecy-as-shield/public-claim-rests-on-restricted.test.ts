import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { publicClaimRestsOnRestricted as rule } from './public-claim-rests-on-restricted.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    { name: 'ignores regulator-tier evidence', yaml: edit(failing, 'tier: restricted', 'tier: regulator') },
    {
      name: 'ignores a claim that is not public',
      yaml: edit(failing, 'default_tier: public', 'default_tier: internal'),
    },
  ],
  invalid: [
    {
      name: 'names the item and the evidence node',
      yaml: failing,
      findings: [
        {
          target: 'G1',
          line: 9,
          column: 3,
          messageId: 'restrictedSupport',
          message: /Public claim G1 rests on restricted E1 \(via Sn1\)/,
        },
      ],
    },
    {
      name: 'reports the nearest public claims only, and restricted nodes too',
      yaml: edit(
        failing,
        'G1: { kind: claim, text: The agent cannot reach model weight storage., supported_by: [Sn1] }',
        'G0: { kind: claim, text: Weight exfiltration is controlled., supported_by: [G1, G2] }\n  G1: { kind: claim, text: The agent cannot reach model weight storage., supported_by: [Sn1] }\n  G2: { kind: claim, text: The egress filter blocks weight-shaped payloads., tier: restricted, supported_by: [Sn1] }',
      ),
      findings: [
        {
          target: 'G0',
          line: 9,
          column: 3,
          messageId: 'restrictedSupport',
          message: /G0 rests on restricted G2, E1 \(via Sn1\), and/,
        },
        { target: 'G1', line: 10, column: 3, messageId: 'restrictedSupport' },
      ],
    },
  ],
});
