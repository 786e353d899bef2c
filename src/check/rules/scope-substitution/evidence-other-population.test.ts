import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceOtherPopulation as rule } from './evidence-other-population.js';

const failing = rule.meta.examples.failing as string;
const withPopulation = (p: string) => edit(failing, 'Internal staff dogfooding the app, 1,400 employees', p);
/** A justification J1 framing G1 (given as YAML flow fields), with more nodes after it. */
/** The example's evidence with a sample frame on its result and no measured population. */
const withFrame = (frame: string) =>
  edit(
    edit(failing, ', population: "Internal staff dogfooding the app, 1,400 employees"', ''),
    'sample_size: 9800,',
    `sample_size: 9800, frame: ${frame},`,
  );
const framed = (j: string, more = '') =>
  edit(
    edit(failing, 'supported_by: [Sn1] }', 'in_context_of: [J1], supported_by: [Sn1] }'),
    'evidence:\n  E1:',
    `  J1: { kind: justification, ${j} }\n${more}evidence:\n  E1:`,
  );
const transfer =
  'text: Internal dogfooding escalation rates are representative because the crisis classifier sees the same conversation mix (replay study).';
const doubt = (status: string) =>
  `  D1: { kind: defeater, text: Staff rarely raise self-harm topics so the replay mix is not the public one., challenges: [J1], status: ${status}${status === 'open' ? '' : ', resolution: { summary: The replay used public conversations from the pilot countries. }'} }\n`;
const bridge =
  'text: Pilot rates carry over to the public app., bridges: [{ from: Internal staff, to: Consumer app users }]';

/** A 3-week soft launch of 80,000 users (a coverage finding only), framed by a justification with `text`. */
const softLaunch = (text: string) =>
  framed(`text: ${JSON.stringify(text)}`).replace(
    'Internal staff dogfooding the app, 1,400 employees',
    'Consumer app users in the 41 supported countries during a 3-week soft launch, 80,000 users',
  );

ruleTester(rule, {
  valid: [
    // Transfer words that argue the narrower population's results carry over.
    {
      name: 'is bridged by a justification arguing the soft-launch rates scale to the full population',
      yaml: softLaunch(
        'Soft-launch escalation rates scale to the full population: the escalation path is per conversation and load-independent.',
      ),
    },
    {
      name: 'does not report a random sample drawn from the deployed population (twin of users who sampled a feature)',
      yaml: withPopulation('A random sample of 80,000 consumer app users drawn from the 41 supported countries'),
    },
    {
      name: 'does not report a count covering more than half the deployed population',
      yaml: withPopulation(
        'Consumer app users in the 41 supported countries during the staged rollout, 7,500,000 users',
      ),
    },
    {
      name: 'does not report a sample frame covering more than half the deployed population',
      yaml: withFrame('{ population: Consumer app users in 30 of the 41 countries, size: 9000000, unit: users }'),
    },
    {
      name: 'does not compare a frame of prompts with the user population',
      yaml: withFrame('{ population: Crisis prompts written by clinicians, size: 400 }'),
    },
    {
      name: 'does not report a group the frame leaves out when the case excludes it too',
      yaml: withFrame('{ population: Adult consumer app users, share: 0.9, excludes: [users under 18] }').replace(
        'context:',
        `  out_of_scope:
    - { kind: user-group, what: Users under 18, reason: Minors are covered by the youth case., covered_by: youth-case }
context:`,
      ),
    },
    {
      name: 'does not report a sample of the deployed population',
      yaml: withPopulation('Random sample of 80,000 consumer app users in the 41 supported countries'),
    },
    {
      name: 'does not compare samples of tasks',
      yaml: withPopulation('2,400 tasks sampled from internal pilot tickets'),
    },
    // Places and counts that are not the population: who reviewed, where it was hosted.
    ...[
      'All 12M consumer app users in the 41 supported countries over 30 days, graded by 20 staff reviewers',
      'Consumer app users in the 41 supported countries, transcripts graded by US-based raters',
      'All consumer app users in the 41 supported countries, logs held on EU servers',
      'Consumer app users in all 41 approved countries over 30 days',
      'Consumer app users in the 41 supported countries seen through internal telemetry',
    ].map((p) => ({ name: `does not read "${p}" as a narrower population`, yaml: withPopulation(p) })),
    {
      name: 'does not compare study participants',
      yaml: withPopulation('412 adult participants with under one year of security experience'),
    },
    {
      name: 'is bridged by a justification that argues transfer from the narrower class',
      yaml: edit(
        edit(failing, 'supported_by: [Sn1] }', 'in_context_of: [J1], supported_by: [Sn1] }'),
        'evidence:\n  E1:',
        '  J1: { kind: justification, text: Internal dogfooding escalation rates are representative because the crisis classifier sees the same conversation mix (replay study). }\nevidence:\n  E1:',
      ),
    },
    {
      name: 'is bridged by a bridges entry resting on evidence',
      yaml: `${framed(`${bridge}, evidence: [E2]`)}  E2: { title: Replay of public conversations through the crisis classifier, kind: capability-evaluation, source_type: internal-test, date: 2026-10-04, produced_by: Trust and Safety, polarity: supports }\n`,
    },
    {
      name: 'is bridged by a justification whose doubt was answered (mitigated defeater)',
      yaml: framed(transfer, doubt('mitigated')),
    },
  ],
  invalid: [
    // The same words in another sense, which argue nothing about transfer or sampling.
    {
      name: 'is not bridged by a justification that calls the soft launch a scaled-down rollout',
      yaml: softLaunch('The soft launch was a scaled-down rollout of the consumer app in every supported country.'),
      findings: [
        {
          target: 'E1',
          line: 21,
          column: 66,
          messageId: 'otherPopulation',
          message: /covers 80,000 of the 12,000,000/,
        },
      ],
    },
    {
      name: 'does not read users who sampled a new feature as a sample of the deployed population',
      yaml: withPopulation(
        'Consumer app users in the 41 supported countries who sampled the new voice mode, 80,000 users',
      ),
      findings: [
        {
          target: 'E1',
          line: 20,
          column: 66,
          messageId: 'otherPopulation',
          message: /covers 80,000 of the 12,000,000/,
        },
      ],
    },
    {
      name: 'reports a count covering under half the deployed population, with the ratio',
      yaml: withPopulation(
        'Consumer app users in the 41 supported countries during the staged rollout, 3,000,000 users',
      ),
      findings: [
        {
          target: 'E1',
          line: 20,
          column: 66,
          messageId: 'otherPopulation',
          message: /covers 3,000,000 of the 12,000,000 decided on \(25%\)/,
        },
      ],
    },
    {
      name: 'reports a sample frame by size, for evidence of any kind',
      yaml: edit(
        withFrame('{ population: Pilot users in the UK and Ireland, size: 40000, unit: users }'),
        'kind: telemetry',
        'kind: red-team',
      ),
      findings: [
        {
          target: 'E1',
          line: 24,
          column: 161,
          messageId: 'otherPopulation',
          message:
            /population \("Pilot users in the UK and Ireland"\).*its sample frame covers 40,000 of the 12,000,000 decided on \(0\.33%\)/,
        },
      ],
    },
    {
      name: 'reports a sample frame by share',
      yaml: withFrame('{ population: Paid-tier consumer app users, share: 0.08 }'),
      findings: [
        {
          target: 'E1',
          line: 24,
          column: 157,
          messageId: 'otherPopulation',
          message: /covers 8% of the decided population/,
        },
      ],
    },
    {
      name: 'reports a kind of user the frame leaves out',
      yaml: withFrame('{ population: Consumer app users, share: 0.9, excludes: [free tier] }'),
      findings: [
        { target: 'E1', line: 24, column: 163, messageId: 'otherPopulation', message: /leaves out free tier/ },
      ],
    },
    {
      name: 'is not bridged by a justification that is itself challenged by an open defeater',
      yaml: framed(transfer, doubt('open')),
      findings: [
        {
          target: 'E1',
          line: 22,
          column: 66,
          messageId: 'otherPopulation',
          message:
            /cited on the decision path by Sn1\. J1 would bridge it but does not count: it is itself challenged by open defeater D1, so the evidence is still from another population\.$/,
        },
      ],
    },
    {
      name: 'is not bridged by a bridges entry that rests on no evidence',
      yaml: framed(bridge),
      findings: [
        {
          target: 'E1',
          line: 21,
          column: 66,
          messageId: 'otherPopulation',
          message: /J1 would bridge it but does not count: it rests on no evidence/,
        },
      ],
    },
    {
      name: 'says why the population differs',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 20,
          column: 66,
          messageId: 'otherPopulation',
          message: /drawn from internal staff \("Internal"\)/,
        },
      ],
    },
    {
      name: 'reports a much smaller observed population',
      yaml: withPopulation(
        'Consumer app users in the 41 supported countries during a 3-week soft launch, 80,000 users',
      ),
      findings: [
        {
          target: 'E1',
          line: 20,
          column: 66,
          messageId: 'otherPopulation',
          message: /covers 80,000 of the 12,000,000 decided on \(0\.67%\), under the 50% coverage floor/,
        },
      ],
    },
    {
      name: 'still reports a region in the observed population when a grading clause follows',
      yaml: withPopulation('Consumer app users in the US, 5M users, graded by 20 staff reviewers'),
      findings: [{ target: 'E1', line: 20, column: 66, messageId: 'otherPopulation', message: /drawn from US/ }],
    },
    {
      name: 'reports a region the deployment does not name',
      yaml: withPopulation('Consumer app users in the US, 5M users'),
      findings: [{ target: 'E1', line: 20, column: 66, messageId: 'otherPopulation', message: /drawn from US/ }],
    },
  ],
});
