import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { nameAndVersion, evidenceOtherScaffold as rule } from './evidence-other-scaffold.js';

const failing = rule.meta.examples.failing as string;
const capability = edit(failing, 'kind: control-evaluation', 'kind: capability-evaluation');

ruleTester(rule, {
  valid: [
    {
      name: 'leaves a scaffold measured on its own to evidence-other-build, which compares its version',
      yaml: edit(
        failing,
        '    date: 2026-10-05',
        '    subject: { component: { kind: scaffold, version: atlas-scaffold-2.7.0 } }\n    date: 2026-10-05',
      ),
    },
    {
      name: 'skips a drill, whose subject is a process',
      yaml: edit(failing, 'kind: control-evaluation', 'kind: drill'),
    },
    {
      name: 'does not report a different elicitation scaffold of a capability evaluation',
      yaml: edit(capability, 'scaffold: atlas-scaffold-2.7.0', 'scaffold: ReAct-Pentest 1.4'),
    },
    {
      name: 'ignores monitor components, whose prompts are their own',
      yaml: edit(failing, 'component: agent', 'component: monitor'),
    },
  ],
  invalid: [
    {
      name: 'still reports evidence whose stated subject is the model',
      yaml: edit(failing, '    date: 2026-10-05', '    subject: { model: m7 }\n    date: 2026-10-05'),
      findings: [{ target: 'E1', line: 22, column: 82, messageId: 'otherScaffold' }],
    },
    {
      name: 'names the versions',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 22,
          column: 82,
          messageId: 'otherScaffold',
          message: /version 2\.7\.0 of atlas scaffold, not the deployed 2\.8\.1/,
        },
      ],
    },
    {
      name: 'reports another scaffold version of a capability evaluation',
      yaml: capability,
      findings: [{ target: 'E1', line: 22, column: 82, messageId: 'otherScaffold' }],
    },
    {
      name: 'reports a different scaffold of a control evaluation',
      yaml: edit(failing, 'scaffold: atlas-scaffold-2.7.0', 'scaffold: ReAct-Pentest 1.4'),
      findings: [{ target: 'E1', line: 22, column: 82, messageId: 'otherScaffold' }],
    },
    {
      name: 'reports another prompt version of a capability evaluation',
      yaml: edit(
        edit(capability, 'scaffold: atlas-scaffold-2.7.0', 'scaffold: atlas-scaffold-2.8.1'),
        ', prompt_version: atlas-sp-3.4',
        ', prompt_version: atlas-sp-3.2',
      ),
      findings: [{ target: 'E1', line: 22, column: 120, messageId: 'otherScaffold', message: /prompt "atlas-sp-3.2"/ }],
    },
  ],
});

describe(`${rule.meta.id}: versions`, () => {
  it('splits names from versions', () => {
    assert.deepEqual(nameAndVersion('platform-safety-preamble-v7.2'), {
      name: 'platform safety preamble',
      version: 'v7.2',
    });
    assert.deepEqual(nameAndVersion('atlas-scaffold-2.8.1 (protocol CP-ATLAS-3)'), {
      name: 'atlas scaffold',
      version: '2.8.1',
    });
  });
});
