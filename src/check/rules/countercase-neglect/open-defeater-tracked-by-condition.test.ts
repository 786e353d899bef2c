import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { openDefeaterTrackedByCondition as rule } from './open-defeater-tracked-by-condition.js';

const failing = rule.meta.examples.failing as string;

/** Tracking declared on the defeater; the condition does not name D1 and gives the owner and the due date. */
const declared = edit(
  edit(failing, 'owner: Priya Raman, due: 2026-12-31 }\n', 'tracked_by: cond-suite }\n'),
  'text: "D1 is resolved by 2026-12-31 with a rerun on new techniques, or the tool is disabled."',
  'text: "The suite is rerun on new techniques by 2026-12-31, or the tool is disabled."',
);

ruleTester(rule, {
  valid: [
    {
      name: 'is silent when the decision does not approve',
      yaml: edit(failing, 'outcome: approve-with-conditions', 'outcome: defer'),
    },
    {
      name: 'is silent for a declared tracking past its due date (the error reports it)',
      yaml: declared,
      asOf: '2027-01-15',
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
    {
      name: "reports a defeater whose tracking is declared on it (tracked_by), with the condition's owner and due date",
      yaml: declared,
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
