import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { underminingEvidenceNotInDefeater as rule } from './undermining-evidence-not-in-defeater.js';

const failing = rule.meta.examples.failing as string;
const mixed = edit(failing, 'polarity: undermines', 'polarity: mixed');

ruleTester(rule, {
  valid: [
    {
      name: 'accepts mixed evidence that a defeater cites in its resolution',
      yaml: edit(
        mixed,
        'argument:\n',
        'argument:\n  D1: { kind: defeater, text: Retest leaked context., challenges: [G1], status: mitigated, resolution: { summary: Fixed and retested., refs: [E1, E2] } }\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports undermining evidence no defeater cites',
      yaml: failing,
      findings: [{ target: 'E2', line: 13, column: 182, messageId: 'notInDefeater' }],
    },
    {
      name: 'says when an evidence node cites the item as support',
      yaml: edit(failing, 'evidence: [E1] }', 'evidence: [E1, E2] }'),
      findings: [
        { target: 'E2', line: 13, column: 182, messageId: 'notInDefeater', message: /Sn1 cites it as support/ },
      ],
    },
    {
      name: 'reports mixed evidence too',
      yaml: mixed,
      findings: [{ target: 'E2', line: 13, column: 182, messageId: 'notInDefeater' }],
    },
  ],
});
