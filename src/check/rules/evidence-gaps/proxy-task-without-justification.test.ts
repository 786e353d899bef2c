import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { inabilityCase, item } from './fixtures.js';
import { proxyTaskWithoutJustification as rule } from './proxy-task-without-justification.js';

const result =
  'measured: { model: m7, build: m7-2026-09-30, elicitation: "10 attempts" }, result: { metric: accuracy, value: 0.21, sample_size: 180 }';
const inContextOfJ1 = (input: string) =>
  edit(input, '    addresses: [R1]\n', '    addresses: [R1]\n    in_context_of: [J1]\n');

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a linking justification on a claim above',
      yaml: inContextOfJ1(
        inabilityCase({
          supports: 'G2',
          extraNodes:
            '  G2: { kind: claim, text: The model scores 21% on troubleshooting tasks., supported_by: [Sn1] }\n  J1: { kind: justification, text: Troubleshooting tasks are the bottleneck step of the threat model. }\n',
          items: item('E1', result),
        }),
      ),
    },
    {
      name: 'does not report claims resting on other kinds of evidence',
      yaml: inabilityCase({ items: edit(item('E1', result), 'capability-evaluation', 'red-team') }),
    },
    {
      name: 'accepts a red-team evaluation: experts probing for the harm are not a proxy task',
      yaml: inabilityCase({
        items: edit(
          item('E1', result),
          'Virology protocol troubleshooting eval',
          'Expert red-team evaluation of m7 for wet-lab uplift',
        ),
      }),
    },
    {
      name: 'accepts a human uplift trial',
      yaml: inabilityCase({
        items: edit(
          item('E1', result),
          'Virology protocol troubleshooting eval',
          'Novice uplift study with model and internet-only arms',
        ),
      }),
    },
    // The words that link a proxy to the risk model, each way a justification may say it.
    {
      name: 'accepts a justification that says what the tasks predict',
      yaml: inContextOfJ1(
        inabilityCase({
          extraNodes:
            '  J1: { kind: justification, text: Scores on these protocol questions predicted expert-rated lab performance in the 2025 calibration study. }\n',
          items: item('E1', result),
        }),
      ),
    },
    {
      name: 'accepts a justification naming both the measure and the harm it stands for',
      yaml: inContextOfJ1(
        inabilityCase({
          extraNodes:
            '  J1: { kind: justification, text: A troubleshooting score under 35% means no meaningful uplift to novices. }\n',
          items: item('E1', result),
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'does not accept a justification that only mentions the evaluation: a measure word alone links nothing',
      yaml: inContextOfJ1(
        inabilityCase({
          extraNodes:
            '  J1: { kind: justification, text: The evaluation was run by the frontier team on the agreed schedule. }\n',
          items: item('E1', result),
        }),
      ),
      findings: [{ target: 'G1', line: 11, column: 3, messageId: 'proxyUnjustified' }],
    },
    {
      name: 'does not accept a justification that only names the harm',
      yaml: inContextOfJ1(
        inabilityCase({
          extraNodes: '  J1: { kind: justification, text: Biological harm is the most severe outcome we consider. }\n',
          items: item('E1', result),
        }),
      ),
      findings: [{ target: 'G1', line: 11, column: 3, messageId: 'proxyUnjustified' }],
    },
    {
      name: 'still reports a red team working through a benchmark: the benchmark is the proxy',
      yaml: inabilityCase({
        items: edit(item('E1', result), 'Virology protocol troubleshooting eval', 'Red-team run of the VCT benchmark'),
      }),
      findings: [{ target: 'G1', line: 11, column: 3, messageId: 'proxyUnjustified' }],
    },
    {
      name: 'reports a claim resting on proxy tasks with no justification',
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'G1', line: 11, column: 3, messageId: 'proxyUnjustified' }],
    },
    {
      name: 'does not accept a justification that says nothing about proxies or risks',
      yaml: inContextOfJ1(
        inabilityCase({
          extraNodes:
            '  J1: { kind: justification, text: The launch date was agreed with the partner organisation. }\n',
          items: item('E1', result),
        }),
      ),
      findings: [{ target: 'G1', line: 11, column: 3, messageId: 'proxyUnjustified' }],
    },
    {
      name: 'reports the claim nearest the evidence, looking through strategies',
      yaml: inabilityCase({
        supports: 'S1',
        extraNodes: '  S1: { kind: strategy, text: Argue from the evaluation., supported_by: [Sn1] }\n',
        items: item('E1', result),
      }),
      findings: [{ target: 'G1', line: 11, column: 3, messageId: 'proxyUnjustified', message: /\(E1\)/ }],
    },
  ],
});
