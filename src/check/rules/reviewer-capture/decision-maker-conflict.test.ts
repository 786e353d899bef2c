import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { decisionMakerConflict as rule } from './decision-maker-conflict.js';

ruleTester(rule, {
  valid: [
    {
      name: 'treats a missing conflicts list like an empty one',
      yaml: edit(rule.meta.examples.passing as string, ', conflicts: []', ''),
    },
  ],
  invalid: [
    {
      name: 'reports a decision maker who declares a conflict',
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'example', line: 14, column: 94, messageId: 'conflict' }],
    },
    {
      name: 'quotes the conflict and counts the rest',
      yaml: edit(rule.meta.examples.failing as string, 'targets."]', 'targets.", Holds equity.]'),
      findings: [
        {
          target: 'example',
          line: 14,
          column: 94,
          messageId: 'conflict',
          message: /"Annual bonus partly tied to API revenue targets" \(and 1 more\)/,
        },
      ],
    },
  ],
});
