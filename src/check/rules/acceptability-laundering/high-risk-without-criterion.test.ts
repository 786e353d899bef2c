import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { highRiskWithoutCriterion as rule } from './high-risk-without-criterion.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'ignores medium risks',
      yaml: edit(failing, 'pathway: cyber, severity: critical', 'pathway: cyber, severity: medium'),
    },
    {
      name: 'counts a criterion named by a claim addressing the risk',
      yaml: edit(
        failing,
        'addresses: [risk-scan], undeveloped: true',
        'addresses: [risk-scan], criteria: [crit-injection], undeveloped: true',
      ),
    },
    {
      name: 'ignores a risk the case excludes',
      yaml: `  out_of_scope:\n    - { kind: risk, what: Scanning third-party sites, risk: risk-scan, reason: The browsing tool's network policy is argued in the platform case., covered_by: browse-platform }\n${failing}`,
    },
  ],
  invalid: [
    {
      name: 'targets the risk',
      yaml: failing,
      findings: [{ target: 'risk-scan', line: 10, column: 99, messageId: 'noCriterion' }],
    },
  ],
});
