import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { placeholderSupport as rule } from './placeholder-support.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'leaves an honest undeveloped claim and an off-path defeater alone',
      yaml: `argument:
  G1: { kind: claim, text: Misuse is detected., supported_by: [G2, G3] }
  G2: { kind: claim, text: Further analysis required on account sharing., undeveloped: true }
  G3: { kind: claim, text: Classifier recall is at least 0.9., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Study, evidence: [E1] }
  D1: { kind: defeater, text: Recall on new jailbreaks is to be determined., challenges: [G3], status: open }
evidence:
  E1: { title: Classifier study, kind: monitoring-performance, source_type: internal-test, date: 2026-10-01, produced_by: Team, polarity: supports, result: { metric: recall, value: 0.93 } }
`,
    },
    // Placeholder words in another sense: a standing process, who receives something, a thing named "placeholder".
    ...[
      ['context', 'Access will be provided only to vetted biosecurity researchers under the trusted-access programme.'],
      ['assumption', 'Every checkpoint to be added to the serving fleet passes the same capstone evaluation first.'],
      ['assumption', 'Each future model build will be evaluated on the capstone task before it replaces m7.'],
      [
        'context',
        'The logging layer replaces participant names with placeholder tokens before graders see transcripts.',
      ],
      [
        'context',
        'Participants used a todo-list tool and a browser; requests pending review by the classifier were held.',
      ],
      // What a task asks for, a standing process, a compound.
      ['context', 'Participants worked on tasks to be completed within 4 hours, with and without the model.'],
      ['context', 'The evaluation is ongoing weekly as part of the deployed monitoring.'],
      ['context', 'The task set was checked TBD-free after curation: every task has a graded answer.'],
    ].map(([kind, text]) => ({
      name: `accepts a framing ${kind}: "${text}"`,
      yaml: edit(
        edit(failing, 'Novice uplift study UPL-07, further analysis required', 'Novice uplift study UPL-07'),
        'Preliminary; to be confirmed by the second grading panel.',
        'Treatment arm completed 3 points more capstones than control.',
      )
        .replace('supported_by: [Sn1] }', 'supported_by: [Sn1], in_context_of: [C1] }')
        .replace('evidence:\n', `  C1: { kind: ${kind}, text: ${JSON.stringify(text)} }\nevidence:\n`),
    })),
  ],
  invalid: [
    {
      name: "still reports a placeholder for this case's own result in a framing node",
      yaml: edit(
        edit(failing, 'Novice uplift study UPL-07, further analysis required', 'Novice uplift study UPL-07'),
        'Preliminary; to be confirmed by the second grading panel.',
        'Treatment arm completed 3 points more capstones than control.',
      )
        .replace('supported_by: [Sn1] }', 'supported_by: [Sn1], in_context_of: [C1] }')
        .replace('evidence:\n', '  C1: { kind: assumption, text: The expert baseline will be provided. }\nevidence:\n'),
      findings: [{ target: 'C1', line: 11, column: 33, messageId: 'placeholderNode', message: /"will be provided"/ }],
    },
    {
      name: 'reports the evidence item once, at its title, quoting the word',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 12,
          column: 16,
          messageId: 'placeholderEvidence',
          message: /"further analysis required" in its title/,
        },
      ],
    },
    {
      name: 'reads the result summary when the title is clean',
      yaml: edit(failing, 'Novice uplift study UPL-07, further analysis required', 'Novice uplift study UPL-07'),
      findings: [
        {
          target: 'E1',
          line: 12,
          column: 251,
          messageId: 'placeholderEvidence',
          message: /"to be confirmed" in its result summary/,
        },
      ],
    },
    {
      name: 'reports a placeholder claim and a placeholder assumption framing the path',
      yaml: `argument:
  G1: { kind: claim, text: The model cannot assist with synthesis (TBD)., in_context_of: [A1], supported_by: [Sn1] }
  A1: { kind: assumption, text: Weights security is to be confirmed by the security team. }
  Sn1: { kind: evidence, text: Study, evidence: [E1] }
evidence:
  E1: { title: Study, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Team, polarity: supports, result: { metric: m, value: 0 } }
`,
      findings: [
        { target: 'G1', line: 9, column: 28, messageId: 'placeholderNode' },
        { target: 'A1', line: 10, column: 33, messageId: 'placeholderNode' },
      ],
    },
  ],
});
