import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { CheckReport } from './report.js';
import { exitCodeFor, summarise, summariseCase } from './report.js';

const d = (severity: Severity, line = 1): Diagnostic => ({
  code: 'L05',
  severity,
  message: 'm',
  file: 'a.yaml',
  line,
  col: 1,
});

function report(failOn: Severity, ...cases: Severity[][]): CheckReport {
  return {
    tool: { name: 'warrant', version: '0.1.0' },
    failOn,
    cases: cases.map((sevs, i) => ({ root: `case${i}`, diagnostics: sevs.map((s, j) => d(s, j + 1)) })),
  };
}

test('summarise counts every severity over every case', () => {
  assert.deepEqual(summarise(report('error', ['error', 'warning'], ['info', 'info', 'error'])), {
    errors: 2,
    warnings: 1,
    infos: 2,
    failed: true,
  });
  assert.deepEqual(summarise(report('error')), { errors: 0, warnings: 0, infos: 0, failed: false });
});

test('failed means some diagnostic is at or above failOn', () => {
  assert.equal(summarise(report('error', ['warning', 'info'])).failed, false);
  assert.equal(summarise(report('warning', ['warning'])).failed, true);
  assert.equal(summarise(report('warning', ['info'])).failed, false);
  assert.equal(summarise(report('info', ['info'])).failed, true);
  assert.equal(summarise(report('info', [])).failed, false);
});

test('summariseCase and exitCodeFor', () => {
  const r = report('error', ['warning'], ['error']);
  assert.deepEqual(summariseCase(r.cases[0]!, 'error'), { errors: 0, warnings: 1, infos: 0, failed: false });
  assert.deepEqual(summariseCase(r.cases[1]!, 'error'), { errors: 1, warnings: 0, infos: 0, failed: true });
  assert.equal(exitCodeFor(r), 1);
  assert.equal(exitCodeFor(report('error', ['warning'])), 0);
  assert.equal(exitCodeFor(report('warning', ['warning'])), 1);
});
