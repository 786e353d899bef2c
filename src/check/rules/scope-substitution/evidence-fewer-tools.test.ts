import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { evidenceFewerTools as rule } from './evidence-fewer-tools.js';
import { toolsMatch } from './tools.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;
/** The example's justification J1 with another text. */
const justified = (text: string) =>
  edit(
    passing,
    "Web browsing adds no intrusion capability beyond the range's own network access (tool ablation, report CR-7).",
    text,
  );

ruleTester(rule, {
  valid: [
    // Words that argue the tool gap away.
    ...[
      'Web browsing is equivalent to the range network access the model already had (tool ablation, report CR-7).',
      'Web browsing is covered by the bash tool, which could already fetch any public address.',
    ].map((text) => ({ name: `is bridged by "${text}"`, yaml: justified(text) })),
    {
      name: 'skips denial entries',
      yaml: edit(
        failing,
        '    - "web browsing: GET only, public addresses"',
        '    - No web browsing or form submission',
      ),
    },
    {
      name: 'skips monitor components',
      yaml: edit(failing, 'tools: [bash, python]', 'component: monitor, tools: [bash, python]'),
    },
    {
      name: 'is answered by a tool-parity claim framed by the deployed tool list',
      yaml: edit(
        edit(
          failing,
          '  G1:\n',
          '  G0: { kind: claim, text: Launch is acceptably safe., supported_by: [G1, G9] }\n  G9: { kind: claim, text: Every deployed tool was available in the evaluations., in_context_of: [C9], supported_by: [Sn9] }\n  C9: { kind: context, text: Deployed tools., ref: context.tools }\n  Sn9: { kind: evidence, text: Tool parity table, evidence: [E9] }\n  G1:\n',
        ),
        'evidence:\n  E1:',
        'evidence:\n  E9: { title: Tool parity table, kind: formal-argument, source_type: internal-test, date: 2026-10-05, produced_by: Evals team, polarity: supports }\n  E1:',
      ),
    },
  ],
  invalid: [
    // The same words denied: the justification admits the gap rather than arguing it away.
    ...[
      'Web browsing has no equivalent in the cyber range, so its effect on intrusion is untested.',
      'Web browsing is not covered by the bash tool, which had no network egress.',
    ].map((text) => ({
      name: `is not bridged by "${text}"`,
      yaml: justified(text),
      findings: [{ target: 'E1', line: 30, column: 61, messageId: 'fewerTools' as const }],
    })),
    {
      name: 'names the missing tool only',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 26,
          column: 61,
          messageId: 'fewerTools',
          message: /^(?!.*code execution).*without the deployed tool "web browsing"/,
        },
      ],
    },
    {
      name: 'reports an evaluation with no tools at all',
      yaml: edit(failing, 'tools: [bash, python]', 'tools: []'),
      findings: [{ target: 'E1', line: 26, column: 61, messageId: 'fewerTools', message: /2 deployed tools/ }],
    },
    {
      name: 'is not bridged by a justification that only mentions the tool',
      yaml: edit(
        rule.meta.examples.passing as string,
        "Web browsing adds no intrusion capability beyond the range's own network access (tool ablation, report CR-7).",
        'The range reproduces intrusion chains, including steps where web browsing helps.',
      ),
      findings: [{ target: 'E1', line: 30, column: 61, messageId: 'fewerTools' }],
    },
  ],
});

describe(`${rule.meta.id}: tool names`, () => {
  it('matches tools by name words, stems and families', () => {
    assert.ok(toolsMatch('repo-read', 'repository read: monorepo except restricted paths'));
    assert.ok(toolsMatch('pr-create', 'pull request creation: atlas/* branches'));
    assert.ok(toolsMatch('bash', 'hosted code execution: gVisor sandbox'));
    assert.ok(toolsMatch('web-browser-text', 'web search: read-only'));
    assert.ok(!toolsMatch('bash', 'function calling: developer-defined tools'));
    assert.ok(!toolsMatch('bash', 'cluster job submission to the atlas-sandbox queue'));
  });
});
