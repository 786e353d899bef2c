import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { selfAttestation as rule } from './self-attestation.js';

ruleTester(rule, {
  valid: [
    {
      name: 'leaves a redaction with no attestation to the redaction rules',
      yaml: edit(rule.meta.examples.failing as string, /\n {6}attestation: .*\n/, '\n'),
    },
  ],
  invalid: [
    {
      name: 'targets the withheld item and names the author',
      yaml: rule.meta.examples.failing,
      findings: [
        { target: 'E1', line: 21, column: 26, messageId: 'selfAttested', message: /by Dr\. Naomi Kagame, an author/ },
      ],
    },
  ],
});
