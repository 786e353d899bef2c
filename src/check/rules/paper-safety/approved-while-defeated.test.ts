import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { approvedWhileDefeated as rule } from './approved-while-defeated.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

ruleTester(rule, {
  valid: [{ name: 'is silent when the decision defers', yaml: edit(failing, 'outcome: approve,', 'outcome: defer,') }],
  invalid: [
    {
      name: 'names the defeated node and its challenger',
      yaml: failing,
      findings: [{ target: 'G2', line: 10, column: 118, messageId: 'nodeDefeated', message: /challenged by D1/ }],
    },
    {
      name: 'reports a defeated support link on the path',
      yaml: edit(
        edit(passing, 'supported_by: [Sn1] }', 'supported_by: [Sn1], defeated_relations: [Sn1] }'),
        'challenges: [G2]',
        'challenges: ["G2 -> Sn1"]',
      ),
      findings: [{ target: 'G2', line: 10, column: 150, messageId: 'linkDefeated', message: /G2 -> Sn1/ }],
    },
  ],
});
