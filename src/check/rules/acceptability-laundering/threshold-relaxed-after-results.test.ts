import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, ruleExamples } from '../rule-test.js';
import { acceptability, argument, CRITERION, RISKS } from './examples.js';
import { relaxation } from './threshold.js';
import { thresholdRelaxedAfterResults as rule } from './threshold-relaxed-after-results.js';

const entry = (date: string, t: string, known: string) =>
  `        - { date: ${date}, threshold: ${t}, set_by: Safety Review Board, reason: Revised., results_known: ${known} }\n`;
const withHistory = (current: string, ...entries: string[]) =>
  RISKS +
  acceptability({
    criterion: CRITERION.replace('threshold: { max: 0.02, on: interval-high }\n', `threshold: ${current}\n`).replace(
      / {8}- .*\n/,
      entries.join(''),
    ),
  }) +
  argument();

describe(rule.meta.id, () => {
  ruleExamples(rule);
  it('gives the numbers and the reason', () => {
    assert.match(
      findings(rule, rule.meta.examples.failing)[0]!.message,
      /relaxed on 2026-04-26 \(max raised from 0\.02 to 0\.05: max 0\.02, on interval-high to max 0\.05, on interval-high\) with the results known.*"Aligned with competitor launches\."/,
    );
  });
  it('fires when the relaxation is dated after the evidence, whatever results_known says', () => {
    const input = withHistory(
      '{ max: 0.05 }',
      entry('2026-01-15', '{ max: 0.02 }', 'false'),
      entry('2026-05-01', '{ max: 0.05 }', 'false'),
    );
    assert.match(
      findings(rule, input)[0]!.message,
      /after evidence E1 \(2026-04-24\) existed, though the entry says results_known: false/,
    );
  });
  it('is silent for a relaxation before any evidence existed', () => {
    const input = withHistory(
      '{ max: 0.05 }',
      entry('2026-01-15', '{ max: 0.02 }', 'false'),
      entry('2026-02-01', '{ max: 0.05 }', 'false'),
    );
    assert.deepEqual(findings(rule, input), []);
  });
  it('reads the history in date order', () => {
    const input = withHistory(
      '{ max: 0.02 }',
      entry('2026-05-01', '{ max: 0.02 }', 'true'),
      entry('2026-01-15', '{ max: 0.05 }', 'false'),
    );
    assert.deepEqual(findings(rule, input), []);
  });
  it('reports a current threshold looser than the last recorded one', () => {
    const input = withHistory('{ max: 0.03 }', entry('2026-01-15', '{ max: 0.02 }', 'false'));
    assert.match(
      findings(rule, input)[0]!.message,
      /current threshold \(max 0\.03\) is looser than the last one recorded \(max 0\.02, 2026-01-15\)/,
    );
  });
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
