// What the evidence measured decides what evidence-other-build compares
// (format 2 `subject`): a process has no build, a component has its own version.
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceOtherBuild as rule } from './evidence-other-build.js';

const monitorCase = (subject: string) => `context:
  model:
    id: m7
    build: m7-2026-10-02-rc4
    components:
      - { id: cot-monitor, role: monitor, build: m4-mini-2026-02-20, version: cot-monitor-2.3 }
  deployment_channel: Internal agent platform
  user_population: { description: Research engineering staff }
  scaffold_version: atlas-scaffold-2.8.1
argument:
  G1: { kind: claim, text: The chain-of-thought monitor flags at least 90% of sabotage attempts., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Monitor evaluation, evidence: [E1] }
evidence:
  E1:
    title: CoT monitor recall on the sabotage set
    kind: monitoring-performance
    source_type: internal-test
    subject: ${subject}
    date: 2026-10-05
    produced_by: Monitoring team
    polarity: supports
    result: { metric: recall, value: 0.93, interval: [0.9, 0.95], sample_size: 800, threshold: { min: 0.9 } }
`;

const older = monitorCase('{ component: { id: cot-monitor, kind: monitor, version: "2.2" } }');
const bridge = (from: string, evidence = ', evidence: [E2]') =>
  edit(
    edit(older, 'supported_by: [Sn1] }', 'supported_by: [Sn1], in_context_of: [J1] }'),
    'evidence:\n',
    `  J1: { kind: justification, text: Rule set 2.3 only adds two patterns; a rerun on 200 samples matched., bridges: [{ from: "${from}", to: cot-monitor-2.3 }]${evidence} }\nevidence:\n  E2: { title: CoT monitor 2.2 against 2.3 on 200 samples, kind: monitoring-performance, source_type: internal-test, subject: { component: { id: cot-monitor, kind: monitor, version: "2.3" } }, date: 2026-10-06, produced_by: Monitoring team, polarity: supports, result: { metric: flag agreement, value: 0.99, sample_size: 200 } }\n`,
  );
const drill = (extra: string) =>
  edit(
    edit(monitorCase('{ process: on-call incident response }'), 'kind: monitoring-performance', 'kind: drill'),
    '    subject: { process: on-call incident response }\n',
    extra,
  );

ruleTester(rule, {
  valid: [
    { name: 'accepts a component measured on the deployed version', yaml: edit(older, '"2.2"', '"2.3"') },
    {
      name: 'accepts the deployed version written with its name',
      yaml: edit(older, 'version: "2.2"', 'version: cot-monitor-2.3'),
    },
    {
      name: 'accepts a bridge, resting on a bridging run, from the measured version to the deployed one',
      yaml: bridge('2.2'),
    },
    {
      name: 'skips a drill, whose subject is a process, even when it names an older model build',
      yaml: drill('    measured: { model: m7, build: m7-2026-09-11-rc2 }\n'),
    },
    {
      name: 'skips any kind whose stated subject is a process',
      yaml: edit(
        monitorCase('{ process: on-call incident response }'),
        '    date: 2026-10-05',
        '    measured: { model: m7, build: m7-2026-09-11-rc2 }\n    date: 2026-10-05',
      ),
    },
    {
      name: 'does not compare a component whose version the context does not state',
      yaml: monitorCase('{ component: { kind: classifier, version: "0.9" } }'),
    },
    {
      name: 'reads a component by role the same way as by id (innocent twin)',
      yaml: monitorCase('{ component: { kind: monitor, version: "2.3" } }'),
    },
  ],
  invalid: [
    {
      name: 'reports its failing example (model evidence, no subject) as before',
      yaml: rule.meta.examples.failing as string,
      findings: [{ target: 'E1', line: 23, column: 35, messageId: 'otherBuild' }],
    },
    {
      name: 'reports a component measured on an older version',
      yaml: older,
      findings: [
        {
          target: 'E1',
          line: 25,
          column: 70,
          messageId: 'otherComponentVersion',
          message: /measured monitor version 2\.2, not the deployed cot-monitor-2\.3/,
        },
      ],
    },
    {
      name: 'finds the deployed component by role when the item names no id',
      yaml: monitorCase('{ component: { kind: monitor, version: cot-monitor-2.1 } }'),
      findings: [{ target: 'E1', line: 25, column: 53, messageId: 'otherComponentVersion' }],
    },
    {
      name: "compares a scaffold with the context's scaffold version",
      yaml: monitorCase('{ component: { kind: scaffold, version: atlas-scaffold-2.7.0 } }'),
      findings: [
        {
          target: 'E1',
          line: 25,
          column: 54,
          messageId: 'otherComponentVersion',
          message: /scaffold version atlas-scaffold-2\.7\.0, not the deployed atlas-scaffold-2\.8\.1/,
        },
      ],
    },
    {
      name: 'is not bridged by a bridge that rests on no evidence, and says why',
      yaml: bridge('2.2', ''),
      findings: [
        {
          target: 'E1',
          line: 27,
          column: 70,
          messageId: 'otherComponentVersion',
          message: /J1 would bridge it but does not count: it rests on no evidence .*another version\.$/,
        },
      ],
    },
    {
      name: 'is not bridged by a bridge from another version',
      yaml: bridge('2.1'),
      findings: [{ target: 'E1', line: 27, column: 70, messageId: 'otherComponentVersion' }],
    },
    {
      name: 'judges evidence whose stated subject is the model by its build, as before',
      yaml: edit(
        monitorCase('{ model: m7 }'),
        '    date: 2026-10-05',
        '    measured: { model: m7, build: m7-2026-09-11-rc2 }\n    date: 2026-10-05',
      ),
      findings: [{ target: 'E1', line: 26, column: 35, messageId: 'otherBuild' }],
    },
  ],
});
