import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceUnderReview as rule } from './evidence-under-review.js';

const passing = rule.meta.examples.passing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a finished run whose log is not invalidated',
      yaml: edit(passing, 'status: success }', 'status: success, invalidated: false }'),
    },
  ],
  invalid: [
    {
      name: 'names the claims and the changes in the marker',
      yaml: rule.meta.examples.failing,
      findings: [
        {
          target: 'E1',
          line: 27,
          column: 7,
          messageId: 'underReview',
          message:
            /is marked for review since 2026-10-12: .* Claims resting on it: G1\. Changes: snapshot \(measured\.build\): m7-2026-09-11-rc2 -> m7-2026-10-02-rc4; result value: 0\.09 -> 0\.14\./,
        },
      ],
    },
    {
      name: 'reports an imported run that did not finish',
      yaml: edit(passing, 'status: success }', 'status: error, error: "RuntimeError: sandbox died" }'),
      findings: [
        {
          target: 'E1',
          line: 26,
          column: 86,
          messageId: 'notCompleted',
          message:
            /comes from a run that ended with status error \(RuntimeError: sandbox died\); its scores are not a completed result\./,
        },
      ],
    },
    {
      name: 'reports a cancelled run',
      yaml: edit(passing, 'status: success }', 'status: cancelled }'),
      findings: [{ target: 'E1', line: 26, column: 86, messageId: 'notCompleted' }],
    },
    {
      name: 'reports an invalidated log',
      yaml: edit(passing, 'status: success }', 'status: success, invalidated: true }'),
      findings: [{ target: 'E1', line: 26, column: 108, messageId: 'notCompleted', message: /marked invalidated/ }],
    },
  ],
});
