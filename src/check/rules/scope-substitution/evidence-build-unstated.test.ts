import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceBuildUnstated as rule } from './evidence-build-unstated.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
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
      name: 'reports a model evaluation that does not say which build it measured',
      yaml: failing,
      findings: [{ target: 'E1', line: 16, column: 3, messageId: 'buildUnstated' }],
    },
  ],
});
