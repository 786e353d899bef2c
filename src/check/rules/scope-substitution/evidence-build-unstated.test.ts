import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceBuildUnstated as rule } from './evidence-build-unstated.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'does not ask a build of a red team whose subject is a process',
      yaml: edit(
        failing,
        '    date: 2026-10-05',
        '    subject: { process: security incident escalation }\n    date: 2026-10-05',
      ),
    },
    {
      name: 'does not ask a build of a component evaluation, whose subject states its version',
      yaml: edit(
        failing,
        '    date: 2026-10-05',
        '    subject: { component: { kind: classifier, version: tier3-cls-4.1 } }\n    date: 2026-10-05',
      ),
    },
    {
      name: 'does not ask security controls or formal arguments for a build',
      yaml: edit(failing, 'kind: red-team', 'kind: security-control'),
    },
    {
      name: 'does nothing in a case with no context (no build to compare with)',
      yaml: failing.slice(failing.indexOf('argument:')),
    },
  ],
  invalid: [
    {
      name: 'still reports a model evaluation whose stated subject is the model (innocent twin of the above)',
      yaml: edit(failing, '    date: 2026-10-05', '    subject: { model: m7 }\n    date: 2026-10-05'),
      findings: [{ target: 'E1', line: 16, column: 3, messageId: 'buildUnstated' }],
    },
    {
      name: 'reports a model evaluation that does not say which build it measured',
      yaml: failing,
      findings: [{ target: 'E1', line: 16, column: 3, messageId: 'buildUnstated' }],
    },
  ],
});
