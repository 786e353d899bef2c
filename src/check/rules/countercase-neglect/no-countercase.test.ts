import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { noCountercase as rule } from './no-countercase.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'counts an open defeater as a recorded objection',
      yaml: edit(
        failing,
        'evidence:\n',
        '  D1: { kind: defeater, text: The suite may be too easy., challenges: [G1], status: open }\nevidence:\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'targets the case',
      yaml: failing,
      findings: [{ target: 'example', line: 3, column: 7, messageId: 'noDefeaters' }],
    },
  ],
});
