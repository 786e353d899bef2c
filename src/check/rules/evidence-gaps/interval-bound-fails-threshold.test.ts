import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { intervalBoundFailsThreshold as rule } from './interval-bound-fails-threshold.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;

const inWords =
  `acceptability:\n  standard: FSF v3\n  set_by: Safety council\n  criteria:\n    C1: { statement: Solve rate at most 20%., metric: solve rate (point estimate), threshold: { max: 0.20 } }\n` +
  edit(failing, 'supported_by: [Sn1] }', 'criteria: [C1], supported_by: [Sn1] }');
const withCriterion = (result: string) =>
  `acceptability:\n  standard: FSF v3\n  set_by: Safety council\n  criteria:\n    C1: { statement: Upper 95% bound at most 20%., threshold: { max: 0.20 } }\n` +
  edit(
    edit(result, 'supported_by: [Sn1] }', 'criteria: [C1], supported_by: [Sn1] }'),
    ', threshold: { max: 0.20 }',
    '',
  );
const two = (metric: string) =>
  `acceptability:\n  standard: FSF v3\n  set_by: Safety council\n  criteria:\n    C1: { statement: Upper 95% bound at most 20%., metric: pass@10 solve rate on the professional tier, threshold: { max: 0.20 } }\n` +
  edit(
    edit(
      edit(
        failing,
        'supported_by: [Sn1] }',
        'criteria: [C1], supported_by: [Sn1, Sn2] }\n  Sn2: { kind: evidence, text: Expert tier, evidence: [E2] }',
      ),
      ', threshold: { max: 0.20 }',
      '',
    ),
    'metric: pass@10 solve rate,',
    `metric: ${metric},`,
  ) +
  `  E2: { title: Expert tier, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Frontier evals team, polarity: supports, result: { metric: expert-tier solves, value: 0, sample_size: 28 } }\n`;

ruleTester(rule, {
  valid: [
    {
      name: 'respects a threshold declared on the point estimate',
      yaml: edit(failing, 'threshold: { max: 0.20 }', 'threshold: { max: 0.20, on: value }'),
    },
    { name: 'respects a criterion that says, in words, it is on the point estimate', yaml: inWords },
    {
      name: 'reads "interval" as a span of time, not a confidence interval, in a point-estimate criterion',
      yaml: edit(
        inWords,
        'metric: solve rate (point estimate)',
        'metric: solve rate (point estimate) over a 30-day interval',
      ),
    },
    {
      name: 'reads a sampling interval as a span of time too',
      yaml: edit(
        inWords,
        'metric: solve rate (point estimate)',
        'metric: solve rate (point estimate) at the weekly sampling interval',
      ),
    },
    {
      name: 'compares the declared end of the interval: the lower end passes',
      yaml: edit(failing, 'threshold: { max: 0.20 }', 'threshold: { max: 0.20, on: interval-low }'),
    },
    {
      name: 'leaves a failing point estimate to the point-estimate rule',
      yaml: edit(failing, 'value: 0.15', 'value: 0.22'),
    },
    { name: 'ignores non-supporting evidence', yaml: edit(failing, 'polarity: supports', 'polarity: mixed') },
    { name: 'passes a result whose criterion bound the interval clears', yaml: withCriterion(passing) },
    {
      name: 'does not apply a criterion to one of several items when the metrics differ',
      yaml: two('unguided solve rate on public CTF tasks'),
    },
  ],
  invalid: [
    {
      name: 'gives the numbers',
      yaml: failing,
      findings: [
        {
          target: 'E1',
          line: 19,
          column: 66,
          messageId: 'boundFails',
          message: /point estimate 0\.15 passes .* upper end of its 95% interval, 0\.26, is above the maximum 0\.2/,
        },
      ],
    },
    {
      name: 'respects a criterion on the point estimate only when it says so',
      yaml: edit(inWords, '(point estimate)', '(upper 95% bound)'),
      findings: [{ target: 'E1', line: 24, column: 66, messageId: 'boundFails' }],
    },
    {
      name: 'compares the declared end of the interval: the upper end fails',
      yaml: edit(failing, 'threshold: { max: 0.20 }', 'threshold: { max: 0.20, on: interval-high }'),
      findings: [{ target: 'E1', line: 19, column: 66, messageId: 'boundFails' }],
    },
    {
      name: 'checks the lower end against a minimum',
      yaml: edit(
        edit(failing, 'value: 0.15, interval: [0.08, 0.26]', 'value: 0.93, interval: [0.89, 0.96]'),
        'threshold: { max: 0.20 }',
        'threshold: { min: 0.90 }',
      ),
      findings: [
        {
          target: 'E1',
          line: 19,
          column: 66,
          messageId: 'boundFails',
          message: /lower end .* 0\.89, is below the minimum 0\.9/,
        },
      ],
    },
    {
      name: 'uses the criterion of the claim resting on the evidence when the result has no threshold',
      yaml: withCriterion(failing),
      findings: [{ target: 'E1', line: 24, column: 66, messageId: 'boundFails', message: /criterion C1/ }],
    },
    {
      name: 'applies a criterion to one of several items when the metrics agree',
      yaml: two('pass@10 solve rate'),
      findings: [{ target: 'E1', line: 25, column: 66, messageId: 'boundFails' }],
    },
  ],
});
