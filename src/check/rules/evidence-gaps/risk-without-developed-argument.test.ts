import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { riskWithoutDevelopedArgument as rule } from './risk-without-developed-argument.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'does not report when one of several addressing claims has evidence',
      yaml: edit(
        failing,
        'text: The service meets availability targets., supported_by',
        'text: Phishing volume stays below the abuse threshold., addresses: [R1], supported_by',
      ),
    },
    {
      name: 'counts a module that develops the undeveloped claim',
      yaml: {
        'warrant.yaml': edit(failing, 'argument:', 'includes: [dev.yaml]\nargument:'),
        'dev.yaml': `module:\n  id: dev\n  extends:\n    - module: main\n      develops: { G2: [Sn2] }\nargument:\n  Sn2: { kind: evidence, text: Phishing red team, evidence: [E2] }\nevidence:\n  E2: { title: Phishing red team, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Red team, polarity: supports }\n`,
      },
    },
    {
      name: 'ignores a risk the case excludes, though a placeholder claim names it',
      yaml: `  out_of_scope:\n    - { kind: risk, what: Scaled phishing, risk: R1, reason: Abuse at scale is argued in the trust-and-safety case., covered_by: ts-2026 }\n${failing}`,
    },
  ],
  invalid: [
    {
      name: 'names the undeveloped claim and the risk',
      yaml: failing,
      findings: [{ target: 'R1', line: 9, column: 3, messageId: 'undevelopedRisk', message: /G2 \(undeveloped\)/ }],
    },
    {
      name: 'reports a risk whose claim rests only on an undeveloped strategy',
      yaml: edit(
        edit(
          passing,
          'G2: { kind: claim, text: Phishing uplift is within the accepted residual harm., addresses: [R1], supported_by: [Sn1] }',
          'G2: { kind: claim, text: Phishing uplift is within the accepted residual harm., addresses: [R1], supported_by: [S2] }\n  S2: { kind: strategy, text: Argue from a phishing red team., undeveloped: true }\n  G3: { kind: claim, text: Load is fine., supported_by: [Sn1] }',
        ),
        'supported_by: [G2] }',
        'supported_by: [G2, G3] }',
      ),
      findings: [{ target: 'R1', line: 9, column: 3, messageId: 'undevelopedRisk' }],
    },
  ],
});
