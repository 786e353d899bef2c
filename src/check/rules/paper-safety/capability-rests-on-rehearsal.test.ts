import { ruleTester } from '../../../../test/support/rule-tester.js';
import { capabilityRestsOnRehearsal as rule } from './capability-rests-on-rehearsal.js';

const withItems = (claim: string, e2: string) => `argument:
  G1: { kind: claim, text: ${claim}, supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Response, evidence: [E1, E2] }
evidence:
  E1: { title: Rollback latency in 14 production rollbacks, kind: telemetry, source_type: internal-test, date: 2026-09-01, produced_by: Release engineering, polarity: supports, result: { metric: hours, value: 1.2, sample_size: 14 } }
  E2: { ${e2}, date: 2026-09-02, produced_by: Release engineering, polarity: supports }
`;
const ROLLBACK = 'The deployed model is rolled back within 2 hours of a severity-1 alert.';

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a claim about the deployed system resting on records of it at work',
      yaml: withItems(
        ROLLBACK,
        'title: Post-mortem of the 2026-08 rollback, kind: post-mortem, source_type: post-incident-review',
      ),
    },
    {
      name: 'accepts a claim about the rehearsal itself',
      yaml: withItems(
        'The release team rolled the model back within 2 hours in drill RB-7.',
        'title: Rollback drill RB-7, kind: drill, source_type: internal-test',
      ),
    },
    {
      name: 'accepts an unannounced drill: it tests the deployed process as it is',
      yaml: withItems(
        ROLLBACK,
        'title: Unannounced rollback drill RB-9 on the production fleet, kind: drill, source_type: internal-test, result: { metric: hours, value: 1.4, sample_size: 6 }',
      ),
    },
    {
      name: 'accepts a drill for a claim of ability: a drill shows that the team can',
      yaml: withItems(
        'Northwind can roll the model back within 24 hours.',
        'title: Rollback drill RB-7, kind: drill, source_type: internal-test, environment: Production-mirror cluster',
      ),
    },
    {
      name: 'accepts a drill whose environment is the production system',
      yaml: withItems(
        ROLLBACK,
        'title: Rollback drill RB-8, kind: drill, source_type: internal-test, environment: "Production serving fleet, 3 injected alerts"',
      ),
    },
    {
      name: 'accepts a claim that is not about a deployed capability',
      yaml: withItems(
        'The model does not provide uplift on tier-3 exploit tasks.',
        'title: Rollback drill RB-7, kind: drill, source_type: internal-test',
      ),
    },
    // The same words in another sense.
    {
      name: 'accepts a red-team exercise: "exercise" is not a rehearsal of a response there',
      yaml: withItems(
        ROLLBACK,
        'title: Red-team exercise on the rollback gate, kind: red-team, source_type: internal-test, result: { metric: bypasses, value: 0, sample_size: 300 }',
      ),
    },
    {
      name: 'accepts an evaluation on simulated users: only a simulated incident is a rehearsal',
      yaml: withItems(
        ROLLBACK,
        'title: Alerting accuracy on 5000 simulated users, kind: monitoring-performance, source_type: internal-test, result: { metric: recall, value: 0.97, sample_size: 5000 }',
      ),
    },
    {
      name: 'accepts "contains" in the sense of holds: no response is claimed',
      yaml: withItems(
        'The training corpus contains no synthesis routes for scheduled agents.',
        'title: Corpus filter tabletop review, kind: tabletop-exercise, source_type: internal-test',
      ),
    },
    {
      name: 'leaves a claim resting on plans alone to plan-as-evidence',
      yaml: withItems(ROLLBACK, 'title: Rollback runbook, kind: procedure, source_type: internal-test').replace(
        'evidence: [E1, E2]',
        'evidence: [E2]',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports the tabletop cited beside telemetry and an audit for a containment claim',
      yaml: rule.meta.examples.failing as string,
      findings: [
        {
          target: 'E2',
          line: 14,
          column: 16,
          messageId: 'rehearsal',
          data: {
            item: 'E2',
            why: 'its kind is tabletop-exercise',
            claims: 'G1',
            says: 'claims',
            capability: 'contained',
          },
        },
      ],
    },
    {
      name: 'reports the drill cited beside production data for a rollback-time claim',
      yaml: withItems(ROLLBACK, 'title: Rollback exercise RB-7, kind: drill, source_type: internal-test'),
      findings: [
        {
          target: 'E2',
          line: 13,
          column: 16,
          messageId: 'rehearsal',
          data: { item: 'E2', why: 'its kind is drill', claims: 'G1', says: 'claims', capability: 'rolled back' },
          related: [{ line: 9, column: 3, message: /^G1: / }],
        },
      ],
    },
    {
      name: 'reports a simulated incident by its wording, whatever its kind',
      yaml: withItems(
        'Exfiltration attempts are detected and paged to on-call within 15 minutes.',
        'title: Simulated exfiltration attempt against the weights bucket, kind: security-control, source_type: internal-test, result: { metric: minutes to page, value: 9 }',
      ),
      findings: [
        { target: 'E2', line: 13, column: 16, messageId: 'rehearsal', message: /"Simulated exfiltration attempt"/ },
      ],
    },
    {
      name: 'reports a plan for production as a plan: "in production" makes only a drill live',
      yaml: withItems(
        ROLLBACK,
        'title: Rollback plan for incidents in production, kind: plan, source_type: internal-test',
      ),
      findings: [{ target: 'E2', line: 13, column: 16, messageId: 'rehearsal', message: /kind is plan/ }],
    },
    {
      name: 'reports a drill on a production mirror: a mirror is not the deployed system',
      yaml: withItems(
        ROLLBACK,
        'title: Rollback drill RB-7, kind: drill, source_type: internal-test, environment: Production-mirror cluster',
      ),
      findings: [{ target: 'E2', line: 13, column: 16, messageId: 'rehearsal', message: /kind is drill/ }],
    },
    {
      name: 'reports a tabletop even for a claim of ability: walking through a plan shows no ability',
      yaml: withItems(
        'Northwind can roll the model back within 24 hours.',
        'title: Rollback tabletop, kind: tabletop-exercise, source_type: internal-test',
      ),
      findings: [{ target: 'E2', line: 13, column: 16, messageId: 'rehearsal', message: /tabletop-exercise/ }],
    },
    {
      name: 'reports a plan cited beside a test of the capability',
      yaml: withItems(
        'Monitoring covers every agent tool call in production.',
        'title: Monitoring roadmap for agent tools, kind: plan, source_type: internal-test',
      ),
      findings: [{ target: 'E2', line: 13, column: 16, messageId: 'rehearsal', message: /kind is plan/ }],
    },
    {
      name: 'reports a tabletop reached through a strategy, once, naming every claim',
      yaml: `${withItems(
        ROLLBACK,
        'title: Incident response tabletop, kind: tabletop-exercise, source_type: internal-test',
      )
        .replace(
          'supported_by: [Sn1] }',
          'supported_by: [S1] }\n  S1: { kind: strategy, text: Argue over response., supported_by: [Sn1, G2] }',
        )
        .replace(
          'evidence:\n',
          '  G2: { kind: claim, text: Misuse is contained within a day., supported_by: [Sn2] }\n  Sn2: { kind: evidence, text: Tabletop, evidence: [E1, E2] }\nevidence:\n',
        )}`,
      findings: [
        {
          target: 'E2',
          line: 16,
          column: 16,
          messageId: 'rehearsal',
          data: {
            item: 'E2',
            why: 'its kind is tabletop-exercise',
            claims: 'G1, G2',
            says: 'claim',
            capability: 'rolled back',
          },
        },
      ],
    },
  ],
});
