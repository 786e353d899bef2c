import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { inabilityCase, item } from './fixtures.js';
import { inabilityWithoutSandbaggingCheck as rule } from './inability-without-sandbagging-check.js';

const evalItem = (elicitation: string, build = 'm7-2026-09-30') =>
  `measured: { model: m7, build: ${build}, elicitation: "${elicitation}" }, result: { metric: accuracy, value: 0.21, interval: [0.15, 0.28], sample_size: 180 }`;

/** A top claim over an inability claim G1 and a separate validity branch G2 with a sandbagging probe on `build`. */
const withValidityBranch = (build: string) =>
  edit(
    inabilityCase({
      items:
        item('E1', evalItem('10 attempts per task')) +
        `  E2: { title: Evaluation-awareness probe, kind: interpretability, source_type: internal-test, date: 2026-10-01, produced_by: Alignment team, polarity: supports, measured: { build: ${build} } }\n`,
    }),
    'argument:\n',
    `argument:
  G0: { kind: claim, text: Launching the model does not pose unacceptable biological risk., supported_by: [S0] }
  S0: { kind: strategy, text: Argue inability and that the evaluations are valid., supported_by: [G1, G2] }
  G2: { kind: claim, text: The model did not strategically underperform on the evaluations., supported_by: [Sn2] }
  Sn2: { kind: evidence, text: Evaluation-awareness probe, evidence: [E2] }
`,
  );

const refutedDefeater = inabilityCase({
  extraNodes:
    '  D1: { kind: defeater, text: The model may sandbag on recognisable evaluation questions., challenges: [G1], status: refuted, resolution: { summary: An evaluation-awareness probe was near chance on these questions., refs: [E2] } }\n',
  items:
    item('E1', evalItem('10 attempts per task')) +
    edit(item('E2', evalItem('probe')), 'kind: capability-evaluation', 'kind: interpretability'),
});

ruleTester(rule, {
  valid: [
    {
      name: 'counts a password-locked control in the elicitation',
      yaml: inabilityCase({
        items: item('E1', evalItem('10 attempts; password-locked model control recovered full capability')),
      }),
    },
    {
      name: 'accepts a model-level sandbagging check on the same build in another branch',
      yaml: withValidityBranch('m7-2026-09-30'),
    },
    { name: 'accepts a sandbagging defeater answered with references', yaml: refutedDefeater },
    // A negation that is the check's result, not a check left undone.
    ...[
      '10 attempts; sandbagging not detected by the white-box probe',
      '10 attempts; sandbagging was not observed in a password-locked comparison',
      '10 attempts; strategic underperformance never found across 3 prompt variants',
    ].map((elicitation) => ({
      name: `counts a check whose result is a negation: "${elicitation}"`,
      yaml: inabilityCase({ items: item('E1', evalItem(elicitation)) }),
    })),
  ],
  invalid: [
    {
      name: 'reports an inability claim with no sandbagging check',
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'G1', line: 13, column: 11, messageId: 'noSandbaggingCheck' }],
    },
    {
      name: 'does not count negated fine-tuning',
      yaml: inabilityCase({ items: item('E1', evalItem('prompting only, not fine-tuned')) }),
      findings: [{ target: 'G1', line: 13, column: 11, messageId: 'noSandbaggingCheck' }],
    },
    {
      name: 'does not count a sandbagging check that was not run',
      yaml: inabilityCase({ items: item('E1', evalItem('10 attempts; sandbagging checks not run')) }),
      findings: [{ target: 'G1', line: 13, column: 11, messageId: 'noSandbaggingCheck' }],
    },
    {
      name: 'does not accept a sandbagging check on another build',
      yaml: withValidityBranch('m7-2026-08-01'),
      findings: [{ target: 'G1', line: 17, column: 11, messageId: 'noSandbaggingCheck' }],
    },
    {
      name: 'does not accept an open sandbagging defeater',
      yaml: edit(
        refutedDefeater,
        'status: refuted, resolution: { summary: An evaluation-awareness probe was near chance on these questions., refs: [E2] }',
        'status: open',
      ),
      findings: [{ target: 'G1', line: 13, column: 11, messageId: 'noSandbaggingCheck' }],
    },
    {
      name: 'reports only the topmost uncovered inability claim',
      yaml: inabilityCase({
        supports: 'G2',
        extraNodes:
          '  G2: { kind: claim, text: The model cannot troubleshoot virology protocols., supported_by: [Sn1] }\n',
        items: item('E1', evalItem('10 attempts per task')),
      }),
      findings: [
        { target: 'G1', line: 13, column: 11, messageId: 'noSandbaggingCheck', message: /1 inability claim below it/ },
      ],
    },
  ],
});
