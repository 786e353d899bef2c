import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceOtherBuild as rule } from './evidence-other-build.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;
/** The passing example's bridge J1, challenged by a defeater with the given status. */
const challengedBridge = (status: string) =>
  edit(
    passing,
    'evidence:\n  E1:',
    `  D2: { kind: defeater, text: The 60-task subset leaves out the hardest tasks where rc4's extra RL shows., challenges: [J1], status: ${status}${status === 'open' ? '' : ', resolution: { summary: A rerun with the hardest tasks matched too., refs: [E2] }'} }\nevidence:\n  E1:`,
  );
const refutedDefeater = edit(
  failing,
  'evidence:\n  E1:',
  '  D1: { kind: defeater, form: counter-evidence, text: The CTF runs were made on m7-2026-09-11-rc2., challenges: [G1], evidence: [E1], status: refuted, resolution: { summary: A bridging run on rc4 matched., refs: [Sn1] } }\nevidence:\n  E1:',
);

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a decision scope build',
      yaml: edit(
        edit(
          failing,
          'user_population: { description: Verified developer organisations }',
          'user_population: { description: Verified developer organisations }\n  notes: none',
        ),
        'evidence:\n  E1:',
        'decision: { outcome: approve, date: 2026-10-10, makers: [{ name: Dana Ito }], residual_risk: Small., scope: { build: m7-2026-09-11-rc2 } }\nevidence:\n  E1:',
      ),
    },
    { name: 'accepts a resolved defeater that raised the build gap for this item', yaml: refutedDefeater },
    { name: 'does nothing without a context or decision scope', yaml: failing.slice(failing.indexOf('argument:')) },
    { name: 'accepts a bridge resting on evidence whose defeater is resolved', yaml: challengedBridge('mitigated') },
  ],
  invalid: [
    {
      // More cases of what was measured (process, component, model): evidence-other-build-subject.test.ts.
      name: 'compares a component measured on its own by its version',
      yaml: edit(
        edit(
          failing,
          'model: { id: m7, build: m7-2026-10-02-rc4 }',
          'model: { id: m7, build: m7-2026-10-02-rc4, components: [{ role: classifier, build: cls-2026-09, version: "4.2" }] }',
        ),
        '    measured: { model: m7, build: m7-2026-09-11-rc2, elicitation: 10 attempts per task }',
        '    subject: { component: { kind: classifier, version: "4.1" } }',
      ),
      findings: [{ target: 'E1', line: 23, column: 56, messageId: 'otherComponentVersion' }],
    },
    {
      name: 'is not bridged by a justification that is itself challenged by an open defeater',
      yaml: challengedBridge('open'),
      findings: [
        {
          target: 'E1',
          line: 30,
          column: 35,
          messageId: 'otherBuild',
          message:
            /no justification bridges m7-2026-09-11-rc2 to a decided build\. J1 would bridge it but does not count: it is itself challenged by open defeater D2, so the evidence is still from another build\.$/,
        },
      ],
    },
    {
      name: 'is not bridged by a justification that rests on no evidence',
      yaml: edit(passing, '    evidence: [E2]\n', ''),
      findings: [
        {
          target: 'E1',
          line: 28,
          column: 35,
          messageId: 'otherBuild',
          message:
            /J1 would bridge it but does not count: it rests on no evidence \(its `evidence:` lists no registered item, such as the bridging run\), so the evidence is still from another build\.$/,
        },
      ],
    },
    {
      name: 'names both builds',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 23,
          column: 35,
          messageId: 'otherBuild',
          message: /measured build m7-2026-09-11-rc2, not the build decided on \(m7-2026-10-02-rc4\)/,
        },
      ],
    },
    {
      name: 'is not bridged by a justification whose bridge names other builds',
      yaml: edit(passing, 'from: m7-2026-09-11-rc2', 'from: m7-2026-08-01-rc1'),
      findings: [{ target: 'E1', line: 29, column: 35, messageId: 'otherBuild' }],
    },
    {
      name: 'is not bridged by a justification that does not frame the evidence',
      yaml: edit(
        edit(edit(passing, '\n    in_context_of: [J1]', ''), 'supported_by: [Sn1]', 'supported_by: [Sn1, S9]'),
        'evidence:\n',
        '  S9: { kind: strategy, text: Argue from the bridge., in_context_of: [J1], undeveloped: true }\nevidence:\n',
      ),
      findings: [{ target: 'E1', line: 29, column: 35, messageId: 'otherBuild' }],
    },
    {
      name: "checks a component's evidence against that component's build",
      yaml: edit(
        edit(
          failing,
          'model: { id: m7, build: m7-2026-10-02-rc4 }',
          'model: { id: m7, build: m7-2026-10-02-rc4, components: [{ role: agent, build: m7-2026-10-02-rc4 }, { role: monitor, build: m4-mini-2026-02-20 }] }',
        ),
        'build: m7-2026-09-11-rc2,',
        'build: m7-2026-10-02-rc4, component: monitor,',
      ),
      findings: [
        {
          target: 'E1',
          line: 23,
          column: 35,
          messageId: 'otherBuild',
          message: /not the monitor build decided on \(m4-mini-2026-02-20\)/,
        },
      ],
    },
    {
      name: 'does not accept an open defeater about the build gap',
      yaml: edit(refutedDefeater, 'status: refuted', 'status: open'),
      findings: [{ target: 'E1', line: 24, column: 35, messageId: 'otherBuild' }],
    },
  ],
});
