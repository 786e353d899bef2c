import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { CheckReport } from './report.js';
import { exitCodeFor, limitOutput, omittedTotal, summarise, summariseCase } from './report.js';

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

test('--quiet keeps the errors only, counts the rest, and keeps the suppressed findings', () => {
  const r = report('warning', ['error', 'warning', 'info', 'warning'], ['info']);
  const suppressed = [{ finding: d('warning', 9), suppression: { rule: 'r', target: 't', reason: 'why', by: 'who' } }];
  r.cases[0]!.suppressed = suppressed;
  const q = limitOutput(r, { quiet: true });
  assert.deepEqual(
    q.cases.map((c) => c.diagnostics.map((x) => x.severity)),
    [['error'], []],
  );
  assert.deepEqual(
    q.cases.map((c) => c.omitted),
    [
      { warnings: 2, infos: 1 },
      { warnings: 0, infos: 1 },
    ],
  );
  assert.equal(q.cases[0]!.suppressed, suppressed);
  assert.deepEqual(omittedTotal(q), { warnings: 2, infos: 2 });
  assert.equal(omittedTotal(r), undefined);
  assert.equal(r.cases[0]!.diagnostics.length, 4, 'the original report is left as it was');
});

test('--quiet: warnings do not count towards the exit code, even at --fail-on warning', () => {
  assert.equal(exitCodeFor(report('warning', ['warning', 'info'])), 1);
  assert.equal(exitCodeFor(limitOutput(report('warning', ['warning', 'info']), { quiet: true })), 0);
  assert.equal(exitCodeFor(limitOutput(report('warning', ['warning', 'error']), { quiet: true })), 1);
});

test('--max-warnings fails the run on more warnings than it allows, not on as many', () => {
  const two = report('error', ['warning', 'info'], ['warning']);
  assert.equal(exitCodeFor(two), 0);
  assert.equal(exitCodeFor(limitOutput(two, { maxWarnings: 2 })), 0);
  assert.equal(exitCodeFor(limitOutput(two, { maxWarnings: 1 })), 1);
  assert.equal(summarise(limitOutput(two, { maxWarnings: 1 })).failed, true);
  // Each case alone is still judged by --fail-on: the warning count is over the whole run.
  assert.equal(summariseCase(limitOutput(two, { maxWarnings: 1 }).cases[0]!, 'error').failed, false);
  // --quiet leaves no warnings to count.
  assert.equal(exitCodeFor(limitOutput(two, { maxWarnings: 0, quiet: true })), 0);
});
