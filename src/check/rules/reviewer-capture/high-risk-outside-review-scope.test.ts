import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { highRiskOutsideReviewScope as rule } from './high-risk-outside-review-scope.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a reviewer who reviewed the whole case',
      yaml: edit(failing, 'reviewed: { risks: [risk-exfil] }', 'reviewed: whole-case'),
    },
    {
      name: 'accepts a reviewer who reviewed the claim rather than the risk',
      yaml: edit(failing, 'reviewed: { risks: [risk-exfil] }', 'reviewed: { claims: [G1, G2] }'),
    },
    {
      name: 'leaves an all-internal branch to internal-evidence-only-high-severity',
      yaml: edit(failing, 'evidence: [E2, E3]', 'evidence: [E2]'),
    },
    {
      name: 'accepts an all-external branch: the third parties checked it',
      yaml: edit(failing, 'evidence: [E2, E3]', 'evidence: [E3]'),
    },
    {
      name: 'accepts a medium-severity branch outside the scope',
      yaml: edit(failing, 'pathway: sabotage, severity: critical', 'pathway: sabotage, severity: medium'),
    },
    {
      name: 'says nothing when no independent reviewer states a scope',
      yaml: edit(failing, ', reviewed: { risks: [risk-exfil] }', ''),
    },
    {
      name: 'accepts a risk the case excludes',
      yaml: edit(
        failing,
        '  reviewers:',
        '  out_of_scope:\n    - { kind: risk, what: Sabotage, reason: Covered by the research-agent case., risk: risk-sabotage }\n  reviewers:',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports the critical risk whose mixed evidence no independent reviewer covered',
      yaml: failing,
      findings: [
        {
          target: 'risk-sabotage',
          line: 12,
          column: 3,
          messageId: 'outside',
          data: {
            risk: 'risk-sabotage',
            severity: 'critical',
            claims: 'G2',
            internal: 'E2',
            reviewers: 'Ruth Kessler (risks risk-exfil)',
          },
        },
      ],
    },
  ],
});
