import { EXAMPLE_HEADER } from '../../../../src/check/examples.js';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { internalEvidenceOnlyHighSeverity as rule } from './internal-evidence-only-high-severity.js';

const failing = rule.meta.examples.failing as string;
const reviewer = (extra: string) =>
  `  reviewers:\n    - { name: Ruth Kessler, organisation: Greyhaven Assurance LLP, external: true${extra} }\n`;
const withCyberRisk = edit(
  failing,
  'risks:\n',
  'risks:\n  risk-cyber: { title: Cyber uplift to novices, pathway: cyber, severity: high }\n',
);
const twoItems = `${edit(failing, 'evidence: [E1] }', 'evidence: [E1, E2] }')}  E2: { title: IAM policy review, kind: security-control, source_type: internal-test, date: 2026-10-02, produced_by: Security Engineering, polarity: supports }\n`;
const V1 = EXAMPLE_HEADER.replace('warrant: 2', 'warrant: 1');

ruleTester(rule, {
  valid: [
    {
      name: 'is silent when an independent reviewer reviewed the whole case',
      yaml: reviewer(', reviewed: whole-case') + failing,
    },
    {
      name: 'is silent when an independent reviewer reviewed the risk the claim addresses',
      yaml: reviewer(', reviewed: { risks: [risk-exfil] }') + failing,
    },
    {
      name: 'is silent when an independent reviewer reviewed the claim',
      yaml: reviewer(', reviewed: { claims: [G1] }') + failing,
    },
    {
      name: 'is silent when an independent reviewer reviewed every evidence item below the claim',
      yaml: reviewer(', reviewed: { evidence: [E1, E2] }') + twoItems,
    },
    {
      name: 'reads a format-1 external reviewer who states no scope as reviewing the whole case',
      yaml: reviewer('') + failing,
      header: V1,
    },
    {
      name: 'counts a reviewer independent of the model developer without external: true',
      yaml: `  reviewers:\n    - { name: Ruth Kessler, independent_of: [authors, model-developer], reviewed: whole-case }\n${failing}`,
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
    {
      name: 'reports a branch the independent reviewer did not review, though they reviewed another risk',
      yaml: reviewer(', reviewed: { risks: [risk-cyber] }') + withCyberRisk,
      findings: [
        {
          target: 'G1',
          line: 14,
          column: 3,
          messageId: 'notCovered',
          data: {
            claim: 'G1',
            severity: 'critical',
            shown: 'E1',
            reviewers: 'Ruth Kessler (risks risk-cyber)',
          },
        },
      ],
    },
    {
      name: 'reports a format-2 independent reviewer who states no scope as covering nothing in particular',
      yaml: reviewer('') + failing,
      findings: [
        { target: 'G1', line: 13, column: 3, messageId: 'notCovered', message: /Ruth Kessler \(no scope stated\)/ },
      ],
    },
    {
      name: 'does not count an external reviewer whose independent_of leaves out the model developer',
      yaml: reviewer(', independent_of: [authors], reviewed: whole-case') + failing,
      findings: [{ target: 'G1', line: 13, column: 3, messageId: 'internalOnly' }],
    },
    {
      name: 'does not count a review of some of the evidence below the claim',
      yaml: reviewer(', reviewed: { evidence: [E1] }') + twoItems,
      findings: [
        {
          target: 'G1',
          line: 13,
          column: 3,
          messageId: 'notCovered',
          message: /\(E1, E2\), but no independent reviewer covered it: Ruth Kessler \(evidence E1\)\./,
        },
      ],
    },
  ],
});
