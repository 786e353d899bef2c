import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { internalEvidenceOnlyHighSeverity as rule } from './internal-evidence-only-high-severity.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'is silent when an external reviewer examined the case',
      yaml: `  reviewers:\n    - { name: Ruth Kessler, organisation: Greyhaven Assurance LLP, external: true }\n${failing}`,
    },
    {
      name: 'counts third-party evaluations as external',
      yaml: edit(failing, 'source_type: internal-test', 'source_type: third-party-evaluation'),
    },
    { name: 'ignores medium risks', yaml: edit(failing, 'severity: critical', 'severity: medium') },
  ],
  invalid: [
    {
      name: 'reports a high-severity claim resting on internal evidence only',
      yaml: failing,
      findings: [{ target: 'G1', line: 11, column: 3, messageId: 'internalOnly' }],
    },
    {
      name: 'reports the topmost claim only, with inherited severity',
      yaml: edit(
        edit(failing, 'addresses: [risk-exfil], supported_by: [Sn1]', 'addresses: [risk-exfil], supported_by: [G2]'),
        '  Sn1:',
        '  G2: { kind: claim, text: Weight buckets deny agent principals., supported_by: [Sn1] }\n  Sn1:',
      ),
      findings: [
        { target: 'G1', line: 11, column: 3, messageId: 'internalOnly', message: /critical-severity branch.*\(E1\)/ },
      ],
    },
  ],
});
