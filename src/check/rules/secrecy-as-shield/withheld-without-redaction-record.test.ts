import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { withheldWithoutRedactionRecord as rule } from './withheld-without-redaction-record.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [{ name: 'is silent without a publication section', yaml: edit(failing, /publication:[\s\S]*/, '') }],
  invalid: [
    {
      name: 'names the item and the tiers',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 12,
          column: 98,
          messageId: 'noRedaction',
          message:
            'Evidence item E1 is at tier regulator, above the published tier (public), but no redaction records that it was withheld.',
        },
      ],
    },
    {
      name: 'checks risks too',
      yaml: `risks:\n  risk-x: { title: Vetting fraud, pathway: catastrophic-misuse, severity: high, tier: restricted }\n${edit(failing, 'supported_by: [Sn1] }', 'addresses: [risk-x], supported_by: [Sn1] }')}`,
      findings: [
        { target: 'risk-x', line: 9, column: 87, messageId: 'noRedaction' },
        { target: 'E1', line: 14, column: 98, messageId: 'noRedaction' },
      ],
    },
  ],
});
