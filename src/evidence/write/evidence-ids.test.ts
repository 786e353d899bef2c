import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { securityGuideRun } from '../../../test/support/evidence.js';
import type { EvalRun } from '../eval-run.js';
import { chooseIds } from './evidence-ids.js';

const run = (task: string, created?: string, runId?: string): EvalRun =>
  securityGuideRun({
    task: { name: task },
    times: created ? { created } : {},
    ids: runId ? { run: runId } : {},
  });
const ids = (runs: EvalRun[], given: string[] = [], template?: string) => {
  const r = chooseIds(runs, { given, ...(template !== undefined ? { template } : {}) });
  return 'error' in r ? r.error : r.map((c) => `${c.id} ${c.rule}`);
};

describe('evidence ids for an import', () => {
  it('distinct tasks: ev-<task>', () => {
    assert.deepEqual(ids([run('popularity'), run('security_guide')]), ['ev-popularity task', 'ev-security_guide task']);
  });
  it('a repeated task: the run date tells them apart', () => {
    assert.deepEqual(
      ids([run('popularity', '2024-08-29T15:11:18+00:00'), run('popularity', '2025-02-11T15:18:04-05:00')]),
      ['ev-popularity-2024-08-29 task-date', 'ev-popularity-2025-02-11 task-date'],
    );
  });
  it('same task on the same day: the run id; with neither, the position', () => {
    const day = '2025-05-12T20:28:26-04:00';
    assert.deepEqual(ids([run('p', day, '5EAmX6wjMFqe'), run('p', day, 'mj7khqpMMxyz'), run('q')]), [
      'ev-p-5eamx6wj task-run',
      'ev-p-mj7khqpm task-run',
      'ev-q task',
    ]);
    assert.deepEqual(ids([run('p'), run('p')]), ['ev-p-1 task-n', 'ev-p-2 task-n']);
  });
  it('one --id for several runs is a prefix, told apart the same way; one per run names each', () => {
    assert.deepEqual(ids([run('p', '2024-01-01'), run('p', '2024-02-01')], ['cyber']), [
      'cyber-p-2024-01-01 task-date',
      'cyber-p-2024-02-01 task-date',
    ]);
    assert.deepEqual(ids([run('p'), run('p')], ['a', 'b']), ['a given', 'b given']);
    assert.match(String(ids([run('p'), run('p'), run('p')], ['a', 'b'])), /give one --id per run \(3 runs/);
  });
  it('--id-template writes the fields, and refuses duplicates, unknown fields and bad ids', () => {
    const two = [run('p', '2024-01-01', 'RunA1234'), run('p', '2024-01-01', 'RunB1234')];
    assert.deepEqual(ids(two, [], 'ev-{task}-{run}'), ['ev-p-runa1234 template', 'ev-p-runb1234 template']);
    assert.deepEqual(ids(two, [], '{model}-{n}'), ['gpt-4o-mini-1 template', 'gpt-4o-mini-2 template']);
    assert.match(String(ids(two, [], 'ev-{task}-{date}')), /makes ev-p-2024-01-01 for both .*; add \{run\} or \{n\}/);
    assert.match(String(ids(two, [], 'ev-{tsk}')), /unknown field \{tsk\}/);
    assert.match(String(ids(two, [], '{n}-x')), /"1-x", which is not an id/);
    assert.match(String(ids([run('p')], [], 'ev-{date}')), /records no date/);
    assert.match(String(ids(two, ['x'], 'ev-{n}')), /not both/);
  });
});
