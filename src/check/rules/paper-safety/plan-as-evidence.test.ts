import { ruleTester } from '../../../../test/support/rule-tester.js';
import { planAsEvidence as rule } from './plan-as-evidence.js';

const failing = rule.meta.examples.failing as string;

const withItem = (item: string) => `argument:
  G1: { kind: claim, text: The model can be rolled back within 2 hours., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Rollback, evidence: [E1] }
evidence:
  E1: { ${item}, date: 2026-09-01, produced_by: Release engineering, polarity: supports }
`;

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a drill kind: it reports what happened',
      yaml: withItem(
        'title: Rollback exercise RB-7 in staging, kind: drill, source_type: internal-test, result: { metric: time to rollback (hours), value: 1.6, sample_size: 3 }',
      ),
    },
    {
      name: 'accepts a post-mortem of a real rollback',
      yaml: withItem(
        'title: Post-mortem of the 2026-08 rollback, kind: post-mortem, source_type: post-incident-review',
      ),
    },
    {
      name: 'accepts a live drill of the runbook',
      yaml: withItem(
        'title: Live drill of rollback runbook RB-7, kind: security-control, source_type: internal-test, result: { metric: time to rollback (hours), value: 1.6, sample_size: 3 }',
      ),
    },
    {
      name: 'accepts a plan cited beside a test',
      yaml:
        failing.replace('evidence: [E1]', 'evidence: [E1, E2]') +
        `  E2: { title: Incident drill DR-3, kind: incident-record, source_type: internal-test, date: 2026-09-20, produced_by: Trust and Safety, polarity: supports, result: { metric: hours to containment, value: 6, sample_size: 4 } }\n`,
    },
    // Plan words in another sense: the item is a measurement, not a plan.
    {
      name: 'accepts a control evaluation run with attack policies ("policy" is the model that acts)',
      yaml: withItem(
        'title: Control evaluation of the rollback gate with five attack policies, kind: control-evaluation, source_type: internal-test',
      ),
    },
    {
      name: 'accepts an evaluation of the policy model',
      yaml: withItem(
        'title: Rollback-trigger accuracy of the policy model on held-out incidents, kind: capability-evaluation, source_type: internal-test',
      ),
    },
    {
      name: 'accepts an untrusted policy monitored by a trusted model',
      yaml: withItem(
        'title: Trusted monitoring of the untrusted policy in the deployment-like harness, kind: control-evaluation, source_type: internal-test',
      ),
    },
    {
      name: 'accepts a red-team evaluation scored against the incident response plan',
      yaml: withItem(
        'title: Red-team evaluation of the on-call response against the incident response plan, kind: red-team, source_type: internal-test',
      ),
    },
    {
      name: 'accepts transcripts sampled under a retention policy',
      yaml: withItem(
        'title: Rollback latency in 400 incidents sampled under the log retention policy, kind: incident-record, source_type: internal-test',
      ),
    },
    {
      name: 'accepts telemetry of users who commit to the main branch: code committed, not a promise',
      yaml: withItem(
        'title: How often users commit to the main branch through the agent before rollback, kind: telemetry, source_type: internal-test',
      ),
    },
    {
      name: 'accepts a compound with a plan word ("procedure-following tasks")',
      yaml: withItem(
        'title: Rollback success on procedure-following tasks from the release suite, kind: capability-evaluation, source_type: internal-test',
      ),
    },
    {
      name: 'accepts a plan executed in a live drill',
      yaml: withItem(
        'title: The rollback plan was executed in a live drill on 2026-08-30, kind: incident-record, source_type: internal-test',
      ),
    },
  ],
  invalid: [
    {
      name: 'counts the governance kinds that say what is meant to happen as plans',
      yaml: withItem('title: Rollback RB-7, kind: procedure, source_type: internal-test'),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'planOnly', message: /kind is procedure/ }],
    },
    {
      name: 'counts a tabletop-exercise kind as a plan',
      yaml: withItem('title: Rollback walk-through, kind: tabletop-exercise, source_type: internal-test'),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'planOnly', message: /kind is tabletop-exercise/ }],
    },
    {
      name: 'says why the item is a plan',
      yaml: failing,
      findings: [
        {
          target: 'G1',
          line: 9,
          column: 28,
          messageId: 'planOnly',
          message: /kind is framework/,
          related: [{ line: 12, column: 3, message: /^E1: / }],
        },
      ],
    },
    {
      name: 'treats a tabletop exercise as a plan, whatever its kind',
      yaml: withItem(
        'title: Rollback tabletop exercise, kind: incident-record, source_type: internal-test, result: { metric: steps walked through, value: 14 }',
      ),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'planOnly', message: /tabletop/ }],
    },
    {
      name: 'treats a runbook with no measured result as a plan',
      yaml: withItem('title: Rollback runbook RB-7, kind: security-control, source_type: internal-test'),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'planOnly' }],
    },
    {
      name: 'treats a red-team plan as a plan: "red-team" names what is planned, not what happened',
      yaml: withItem('title: Red-team plan for the rollback path, kind: red-team, source_type: internal-test'),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'planOnly' }],
    },
    {
      name: 'treats an item whose plan word heads it as a plan, even when a model policy is also named',
      yaml: withItem(
        'title: Incident response policy for the attack policies seen in deployment, kind: security-control, source_type: internal-test',
      ),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'planOnly', message: /"policy"/ }],
    },
    {
      name: 'treats a procedure that a test follows as a plan when the item is the procedure itself',
      yaml: withItem(
        'title: Rollback procedure RP-2 per the release policy, kind: security-control, source_type: internal-test',
      ),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'planOnly', message: /"procedure"/ }],
    },
    {
      name: 'looks through a strategy between the claim and the plan',
      yaml: failing.replace(
        'supported_by: [Sn1] }',
        'supported_by: [S1] }\n  S1: { kind: strategy, text: Argue from the response arrangements., supported_by: [Sn1] }',
      ),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'planOnly' }],
    },
  ],
});
