import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { claimRestsOnNonArgumentArtefact as rule } from './claim-rests-on-non-argument-artefact.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts an artefact cited beside a developed sub-claim',
      yaml: edit(
        failing,
        'supported_by: [Sn3] }',
        'supported_by: [Sn3, G4] }\n  G4: { kind: claim, text: Recall holds on held-out requests., supported_by: [Sn2] }',
      ),
    },
    {
      name: 'leaves a claim resting on a framework to plan-as-evidence',
      yaml: edit(failing, 'kind: benchmark-score', 'kind: framework'),
    },
    {
      name: 'leaves the whole case to the top-claim rule when everything below the top is an artefact',
      yaml: `argument:
  G1: { kind: claim, text: Launching on the API keeps cyber risk acceptable., supported_by: [Sn1, G2] }
  G2: { kind: claim, text: The model is below the cyber threshold., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Model card, evidence: [E1] }
evidence:
  E1: { title: Model card, kind: model-card, source_type: system-card, date: 2026-10-01, produced_by: Evals team, polarity: supports }
`,
    },
  ],
  invalid: [
    {
      name: 'names the claim and the artefact',
      yaml: failing,
      findings: [
        { target: 'G3', line: 13, column: 109, messageId: 'onlyArtefacts', message: /E3 \(benchmark-score\)/ },
      ],
    },
    {
      name: 'reports a claim about a framework that rests on it',
      yaml: edit(
        edit(failing, 'kind: benchmark-score', 'kind: framework'),
        'The refusal classifier blocks at least 95% of synthesis requests.',
        'Northwind has adopted a refusal policy for synthesis requests.',
      ),
      findings: [{ target: 'G3', line: 13, column: 106, messageId: 'onlyArtefacts' }],
    },
  ],
});
