import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { approvedWithUndevelopedClaims as rule } from './approved-with-undeveloped-claims.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

ruleTester(rule, {
  valid: [{ name: 'is silent when the decision rejects', yaml: edit(failing, 'approve-with-conditions', 'reject') }],
  invalid: [
    {
      name: 'names the node and says no condition names it',
      yaml: failing,
      findings: [
        {
          target: 'G3',
          line: 13,
          column: 102,
          messageId: 'undevelopedOnPath',
          message: /no decision condition names it/,
        },
      ],
    },
    {
      name: 'reports a naming condition once its due date has passed',
      yaml: passing,
      asOf: '2027-01-15',
      findings: [
        {
          target: 'G3',
          line: 13,
          column: 102,
          messageId: 'undevelopedOnPath',
          message: /condition 1 was due 2026-12-31/,
        },
      ],
    },
    {
      name: 'does not match an id that is only part of a longer token',
      yaml: edit(passing, 'G3 is developed', 'G3b is developed'),
      findings: [{ target: 'G3', line: 13, column: 102, messageId: 'undevelopedOnPath' }],
    },
    {
      name: 'reports an undeveloped strategy too',
      yaml: edit(
        failing,
        'G3: { kind: claim, text: Sabotage of research judgement does not change conclusions., undeveloped: true }',
        'G3: { kind: claim, text: Sabotage of research judgement does not change conclusions., supported_by: [S3] }\n  S3: { kind: strategy, text: Argue over each research output type., undeveloped: true }',
      ),
      findings: [{ target: 'S3', line: 14, column: 83, messageId: 'undevelopedOnPath' }],
    },
  ],
});
