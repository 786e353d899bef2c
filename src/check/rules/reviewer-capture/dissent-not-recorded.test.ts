import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { dissentNotRecorded as rule } from './dissent-not-recorded.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [{ name: 'is silent before a decision is taken', yaml: edit(failing, /decision:[\s\S]*/, '') }],
  invalid: [
    {
      name: 'reports an objection the decision does not record',
      yaml: failing,
      findings: [{ target: 'example', line: 9, column: 65, messageId: 'noDissent' }],
    },
    {
      name: 'reports concerns raised with an endorsement',
      yaml: edit(failing, 'verdict: object, ', 'verdict: endorse, '),
      findings: [
        {
          target: 'example',
          line: 9,
          column: 84,
          messageId: 'noDissent',
          message: /Kenji Mori raised concerns, but the decision records no dissent/,
        },
      ],
    },
    {
      name: 'does not accept dissent recorded under another name',
      yaml: edit(rule.meta.examples.passing as string, 'by: Kenji Mori', 'by: Kenji Moriyama'),
      findings: [{ target: 'example', line: 9, column: 65, messageId: 'noDissent' }],
    },
  ],
});
