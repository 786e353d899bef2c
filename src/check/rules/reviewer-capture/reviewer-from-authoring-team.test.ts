import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { reviewerFromAuthoringTeam as rule } from './reviewer-from-authoring-team.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;
const REVIEWER = '{ name: Daniel Esposito, team: Safety Review Board, organisation: Northwind Labs }';

ruleTester(rule, {
  valid: [
    {
      name: 'does not match a same-named team at another organisation',
      yaml: edit(
        passing,
        REVIEWER,
        '{ name: Ana Ruiz, team: Frontier Risk Evaluations, organisation: Lanternfish Security Ltd, external: true }',
      ),
    },
  ],
  invalid: [
    {
      name: 'says when the reviewer is an author',
      yaml: failing,
      findings: [
        {
          target: 'example',
          line: 12,
          column: 15,
          messageId: 'reviewerIsAuthor',
          message: /Tomasz Wielgus is also an author/,
        },
      ],
    },
    {
      name: 'matches the team ignoring case and a trailing "team"',
      yaml: edit(passing, REVIEWER, '{ name: Ana Ruiz, team: frontier risk evaluations team }'),
      findings: [
        {
          target: 'example',
          line: 12,
          column: 31,
          messageId: 'reviewerInAuthoringTeam',
          message: /Ana Ruiz is in Frontier Risk Evaluations, an authoring team/,
        },
      ],
    },
  ],
});
