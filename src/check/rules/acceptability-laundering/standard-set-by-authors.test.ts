import { ruleTester } from '../../../../test/support/rule-tester.js';
import { acceptability, argument, RISKS } from './examples.js';
import { standardSetByAuthors as rule } from './standard-set-by-authors.js';

const AUTHORS = '  authors:\n    - { name: Priya Raman, team: Frontier Risk Evaluations }\n';

ruleTester(rule, {
  valid: [
    {
      name: 'does not treat a body whose name contains a team word as the team',
      yaml:
        AUTHORS + RISKS + acceptability({ setBy: 'Board review of Frontier Risk Evaluations proposals' }) + argument(),
    },
  ],
  invalid: [
    {
      name: 'reports the authoring team named in set_by',
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'example', line: 14, column: 11, messageId: 'setByAuthoringTeam' }],
    },
    {
      name: 'reports an author named in set_by',
      yaml: AUTHORS + RISKS + acceptability({ setBy: 'Priya Raman, 2026-01-10' }) + argument(),
      findings: [
        { target: 'example', line: 14, column: 11, messageId: 'setByAuthor', message: /set by Priya Raman, an author/ },
      ],
    },
  ],
});
