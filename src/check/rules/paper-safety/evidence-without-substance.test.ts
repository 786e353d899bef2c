import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceWithoutSubstance as rule } from './evidence-without-substance.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts an artefact alone',
      yaml: edit(failing, 'polarity: supports', 'polarity: supports, artefact: { uri: s3://evals/bioguard.pdf }'),
    },
    {
      name: 'ignores counter-evidence cited only by a defeater',
      yaml: `argument:
  G1: { kind: claim, text: The classifier blocks most synthesis requests., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Classifier evaluation, evidence: [E1] }
  D1: { kind: defeater, form: counter-evidence, text: Jailbreaks get through., challenges: [G1], status: open, evidence: [E2] }
evidence:
  E1: { title: BioGuard evaluation, kind: monitoring-performance, source_type: internal-test, date: 2026-10-01, produced_by: Safeguards team, polarity: supports, artefact: { uri: s3://evals/bioguard.eval } }
  E2: { title: Jailbreak report, kind: red-team, source_type: third-party-evaluation, date: 2026-10-02, produced_by: Outside team, polarity: undermines }
`,
    },
  ],
  invalid: [
    {
      name: 'reports the item the path cites, at its key',
      yaml: failing,
      findings: [{ target: 'E1', line: 12, column: 3, messageId: 'nothingToInspect' }],
    },
  ],
});
