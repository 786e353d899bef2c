import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { acceptability, argument, CRITERION, RISKS } from './examples.js';
import { relaxation } from './threshold.js';
import { thresholdRelaxedAfterResults as rule } from './threshold-relaxed-after-results.js';

const entry = (date: string, t: string, known: string) =>
  `        - { date: ${date}, threshold: ${t}, set_by: Safety Review Board, reason: Revised., results_known: ${known} }\n`;
const withHistory = (current: string, ...entries: string[]) =>
  RISKS +
  acceptability({
    criterion: edit(
      edit(CRITERION, 'threshold: { max: 0.02, on: interval-high }\n', `threshold: ${current}\n`),
      / {8}- .*\n/,
      entries.join(''),
    ),
  }) +
  argument();

ruleTester(rule, {
  valid: [
    {
      name: 'is silent for a relaxation before any evidence existed',
      yaml: withHistory(
        '{ max: 0.05 }',
        entry('2026-01-15', '{ max: 0.02 }', 'false'),
        entry('2026-02-01', '{ max: 0.05 }', 'false'),
      ),
    },
    {
      name: 'reads the history in date order',
      yaml: withHistory(
        '{ max: 0.02 }',
        entry('2026-05-01', '{ max: 0.02 }', 'true'),
        entry('2026-01-15', '{ max: 0.05 }', 'false'),
      ),
    },
  ],
  invalid: [
    {
      name: 'gives the numbers and the reason',
      yaml: rule.meta.examples.failing,
      findings: [
        {
          target: 'crit-injection',
          line: 27,
          column: 42,
          messageId: 'relaxedAfterResults',
          message:
            /relaxed on 2026-04-26 \(max raised from 0\.02 to 0\.05: max 0\.02, on interval-high to max 0\.05, on interval-high\) with the results known.*"Aligned with competitor launches\."/,
        },
      ],
    },
    {
      name: 'fires when the relaxation is dated after the evidence, whatever results_known says',
      yaml: withHistory(
        '{ max: 0.05 }',
        entry('2026-01-15', '{ max: 0.02 }', 'false'),
        entry('2026-05-01', '{ max: 0.05 }', 'false'),
      ),
      findings: [
        {
          target: 'crit-injection',
          line: 27,
          column: 42,
          messageId: 'relaxedAfterResults',
          message: /after evidence E1 \(2026-04-24\) existed, though the entry says results_known: false/,
        },
      ],
    },
    {
      name: 'reports a current threshold looser than the last recorded one',
      yaml: withHistory('{ max: 0.03 }', entry('2026-01-15', '{ max: 0.02 }', 'false')),
      findings: [
        {
          target: 'crit-injection',
          line: 24,
          column: 18,
          messageId: 'relaxedWithoutHistory',
          message: /current threshold \(max 0\.03\) is looser than the last one recorded \(max 0\.02, 2026-01-15\)/,
        },
      ],
    },
  ],
});

describe(`${rule.meta.id}: relaxation`, () => {
  it('knows the kinds of relaxation', () => {
    assert.equal(relaxation({ min: 0.95 }, { min: 0.9 }), 'min lowered from 0.95 to 0.9');
    assert.equal(
      relaxation({ max: 0.1, on: 'interval-high' }, { max: 0.1 }),
      'max now compared with value instead of interval-high',
    );
    assert.equal(relaxation({ min: 0.9, on: 'interval-low' }, { min: 0.9, on: 'interval-low' }), undefined);
    assert.equal(relaxation({ max: 0.1 }, { min: 0 }), 'the upper bound (max 0.1) was dropped');
    assert.equal(relaxation({ max: 0.1, unit: 'rate' }, { max: 10, unit: '%' }), undefined);
    assert.equal(relaxation({ max: 0.1 }, { max: 0.05 }), undefined);
  });
});
