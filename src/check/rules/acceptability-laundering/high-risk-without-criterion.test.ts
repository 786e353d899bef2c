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
  ],
  invalid: [
    {
      name: 'targets the risk',
      yaml: failing,
      findings: [{ target: 'risk-scan', line: 10, column: 99, messageId: 'noCriterion' }],
    },
  ],
});
