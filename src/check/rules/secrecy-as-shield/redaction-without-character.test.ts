import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { redactionWithoutCharacter as rule } from './redaction-without-character.js';

const failing = rule.meta.examples.failing as string;
const described = (d: string) => edit(failing, 'Confidential security information.', d);

ruleTester(rule, {
  valid: [
    { name: 'accepts six specific words', yaml: described('Describes the testbed configuration and task list.') },
  ],
  invalid: [
    {
      name: 'says the description is generic',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 18,
          column: 20,
          messageId: 'noCharacter',
          message: /\("Confidential security information\."\) says only that it is secret/,
        },
      ],
    },
    {
      name: 'reports a long description made only of generic words',
      yaml: described('Confidential and proprietary information, withheld for security reasons under NDA.'),
      findings: [
        { target: 'E1', line: 18, column: 20, messageId: 'noCharacter', message: /says only that it is secret/ },
      ],
    },
    {
      name: 'reports a short specific description as too short',
      yaml: described('Exploit payload.'),
      findings: [{ target: 'E1', line: 18, column: 20, messageId: 'noCharacter', message: /has 2 words/ }],
    },
  ],
});
