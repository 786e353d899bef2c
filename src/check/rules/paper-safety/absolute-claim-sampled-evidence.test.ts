import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { absoluteClaimSampledEvidence as rule } from './absolute-claim-sampled-evidence.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts an absolute claim that a formal argument supports',
      yaml: edit(failing, 'kind: capability-evaluation', 'kind: formal-argument'),
    },
    {
      name: 'does not report an absolute word bounded by a quantifier',
      yaml: edit(failing, 'cannot exploit web vulnerabilities.', 'cannot reliably exploit web vulnerabilities.'),
    },
    // Absolute words in another sense: an admitted limit, a compound adjective, a negated absolute.
    ...[
      'Red-teaming found no working exploit chain in 120 attempts, though we cannot rule out novel techniques.',
      'No evaluator could confirm an exploit; we cannot exclude that a stronger scaffold would find one.',
      "An always-on monitor reviews the agent's web requests before they are sent.",
      'The classifier flags never-before-seen injection payloads in the range evaluation.',
      'Removing the shell tool does not eliminate web exploitation, but the range solve rate stays low.',
      'The evaluation does not guarantee safety; it bounds the solve rate on web exploitation tasks.',
      // An observation over the sample, not a claim about every case.
      'The agent never reached production credentials in any of the 400 range episodes.',
      'The model never completed the exploit chain during the evaluation.',
    ].map((text) => ({
      name: `accepts "${text}"`,
      yaml: edit(failing, 'The model cannot exploit web vulnerabilities.', JSON.stringify(text)),
    })),
  ],
  invalid: [
    {
      name: 'still reports "never" about the deployed system, with no sample named',
      yaml: edit(
        failing,
        'The model cannot exploit web vulnerabilities.',
        '"The model will never exploit the production web stack."',
      ),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'absoluteOnSampled', message: /"never"/ }],
    },
    {
      name: 'quotes the absolute word',
      yaml: failing,
      findings: [
        {
          target: 'G1',
          line: 9,
          column: 28,
          messageId: 'absoluteOnSampled',
          data: { claim: 'G1', word: 'cannot', items: 'E1' },
        },
      ],
    },
    {
      name: 'still reports an absolute word after an admitted limit elsewhere in the claim',
      yaml: edit(
        failing,
        'The model cannot exploit web vulnerabilities.',
        '"We cannot rule out novel techniques, but the model can never exploit the production web stack."',
      ),
      findings: [
        {
          target: 'G1',
          line: 9,
          column: 28,
          messageId: 'absoluteOnSampled',
          data: { claim: 'G1', word: 'never', items: 'E1' },
        },
      ],
    },
  ],
});
