import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { openDefeaterTrackedByCondition as rule } from './open-defeater-tracked-by-condition.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'is silent when the decision does not approve',
      yaml: edit(failing, 'outcome: approve-with-conditions', 'outcome: defer'),
    },
  ],
  invalid: [
    {
      name: 'reports an open defeater that a decision condition tracks',
      yaml: failing,
      findings: [{ target: 'D1', line: 11, column: 111, messageId: 'trackedByCondition' }],
    },
    {
      name: 'takes the due date from the condition when the defeater has none',
      yaml: edit(failing, ', due: 2026-12-31 }\n', ' }\n'),
      findings: [
        {
          target: 'D1',
          line: 11,
          column: 111,
          messageId: 'trackedByCondition',
          message: /condition 1 tracks it \(owner Priya Raman, due 2026-12-31\)/,
        },
      ],
    },
  ],
});
