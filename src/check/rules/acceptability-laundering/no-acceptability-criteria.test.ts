import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { acceptability } from './examples.js';
import { noAcceptabilityCriteria as rule } from './no-acceptability-criteria.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    { name: 'is silent on a draft with no decision', yaml: edit(failing, /decision:[\s\S]*/, '') },
    { name: 'is silent when the decision rejects', yaml: edit(failing, 'outcome: approve', 'outcome: reject') },
  ],
  invalid: [
    {
      name: 'reports an approved case with no acceptability criteria',
      yaml: failing,
      findings: [{ target: 'example', line: 16, column: 12, messageId: 'noCriteria' }],
    },
    {
      name: 'reports an acceptability section with no criteria',
      yaml: edit(failing, 'risks:\n', `${acceptability({ criterion: '' })}risks:\n`),
      findings: [
        {
          target: 'example',
          line: 9,
          column: 3,
          messageId: 'noCriteria',
          message: /an acceptability section but no criteria, yet the decision approves \(approve\)/,
        },
      ],
    },
  ],
});
