import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { decisionMakerNotIndependent as rule } from './decision-maker-not-independent.js';

ruleTester(rule, {
  valid: [
    {
      name: 'is silent without a decision',
      yaml: edit(rule.meta.examples.failing as string, /decision:[\s\S]*/, ''),
    },
  ],
  invalid: [
    {
      name: 'reports a decision maker from an authoring team',
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'example', line: 18, column: 67, messageId: 'makerInAuthoringTeam' }],
    },
    {
      name: 'reports an author deciding, whatever their title',
      yaml: edit(rule.meta.examples.passing as string, 'name: Elena Vasquez', 'name: Naomi Kagame'),
      findings: [
        {
          target: 'example',
          line: 18,
          column: 15,
          messageId: 'makerIsAuthor',
          message: /Naomi Kagame is also an author/,
        },
      ],
    },
  ],
});
