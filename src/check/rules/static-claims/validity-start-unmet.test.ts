import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { validityStartUnmet as rule } from './validity-start-unmet.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    { name: 'is silent without valid_from', yaml: edit(failing, '  valid_from: 2026-04-21\n', '') },
    {
      name: 'evidence that counts through the start day is fine',
      yaml: edit(failing, 'valid_from: 2026-04-21', 'valid_from: 2026-04-20'),
    },
    {
      name: 'evidence with no validity window is left to its own rule',
      yaml: edit(failing, 'valid_for_days: 90, ', ''),
    },
  ],
  invalid: [
    {
      name: 'reports evidence that lapses before the case becomes valid, at its validity field',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 13,
          column: 131,
          messageId: 'evidenceLapses',
          data: {
            item: 'E1',
            citing: 'Sn1',
            validFrom: '2026-04-21',
            how: 'dated 2026-01-20, valid for 90 days, so until 2026-04-20',
          },
        },
      ],
    },
    {
      name: 'reports a case that expires before it becomes valid, and an item that expires by date',
      yaml: edit(
        edit(failing, 'expires: 2026-10-21', 'expires: 2026-04-01'),
        'valid_for_days: 90,',
        'expires: 2026-03-31,',
      ),
      findings: [
        { target: 'E1', line: 13, column: 124, messageId: 'evidenceLapses', message: /\(expires 2026-03-31\)/ },
        {
          target: 'example',
          line: 15,
          column: 12,
          messageId: 'expiresFirst',
          message: 'Case example expires on 2026-04-01, 20 days before it becomes valid on 2026-04-21.',
        },
      ],
    },
  ],
});
