// Format detection and the errors for files that are not (usable) evaluation
// logs: missing, empty, not JSON, JSON of another shape, truncated, missing
// the fields that matter. Nothing here ever throws.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { EvalLogErrorCode, EvalLogResult } from './eval-run.js';
import { DEFAULT_LIMITS } from './eval-run.js';
import { readEvalLog, resolveLimits, sameFileState } from './read-log.js';

const FIX = path.join(import.meta.dirname, '../../test/fixtures/evals');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-read-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
function write(content: string | Buffer, ext = '.json'): string {
  const f = path.join(tmp, `t${n++}${ext}`);
  fs.writeFileSync(f, content);
  return f;
}
function expectError(r: EvalLogResult, code: EvalLogErrorCode, pattern?: RegExp): void {
  if (r.ok) assert.fail(`expected ${code}, got a result`);
  assert.equal(r.error.code, code, `${r.error.code}: ${r.error.message}`);
  if (pattern) assert.match(r.error.message, pattern);
  assert.ok(r.error.file.length > 0);
}

const minimal = {
  version: 2,
  status: 'success',
  eval: { task: 't', model: 'm/x' },
  results: {
    total_samples: 1,
    completed_samples: 1,
    scores: [{ name: 's', scorer: 's', metrics: { accuracy: { name: 'accuracy', value: 1 } } }],
  },
};

describe('readEvalLog: unusable input', () => {
  it('a missing file or a directory: E0801', async () => {
    expectError(await readEvalLog(path.join(tmp, 'nope.json')), 'E0801', /cannot read/);
    expectError(await readEvalLog(tmp), 'E0801', /not a regular file/);
  });

  it('empty, binary, a JSON array, plain text: E0802', async () => {
    expectError(await readEvalLog(write('')), 'E0802', /empty/);
    expectError(await readEvalLog(write(Buffer.from([0, 1, 2, 3, 4, 5]))), 'E0802', /neither a zip archive/);
    expectError(await readEvalLog(write('[1, 2, 3]')), 'E0802', /JSON array/);
    expectError(await readEvalLog(write('hello')), 'E0802');
  });

  it('JSON of another shape: E0802', async () => {
    expectError(await readEvalLog(write('{"name": "package", "version": "1.0.0"}')), 'E0802', /not an evaluation log/);
    expectError(await readEvalLog(write('{"eval": 3}')), 'E0802');
    expectError(await readEvalLog(write(fs.readFileSync(path.join(FIX, 'SOURCES.md')))), 'E0802');
  });

  it('invalid or truncated JSON: E0803, naming the offset', async () => {
    expectError(await readEvalLog(write('{"version": 2, "eval": {"task": }')), 'E0803', /not valid JSON.*byte \d+/);
    const full = fs.readFileSync(path.join(FIX, 'inspect/2025-05-12T20-28-26-04-00_security-guide.json'));
    expectError(
      await readEvalLog(write(full.subarray(0, Math.floor(full.length * 0.7)))),
      'E0803',
      /not complete JSON|truncated/,
    );
    expectError(await readEvalLog(write(full.subarray(0, 200))), 'E0803');
    expectError(await readEvalLog(write(Buffer.concat([full, Buffer.from('}')]))), 'E0803');
  });

  it('an Inspect log missing what matters: E0808', async () => {
    const noModel = { ...minimal, eval: { task: 't' } };
    expectError(await readEvalLog(write(JSON.stringify(noModel))), 'E0808', /eval\.model/);
    const noTask = { ...minimal, eval: { model: 'm/x' } };
    expectError(await readEvalLog(write(JSON.stringify(noTask))), 'E0808', /eval\.task/);
    expectError(await readEvalLog(write(JSON.stringify({ ...minimal, status: 'weird' }))), 'E0808', /status/);
    expectError(await readEvalLog(write(JSON.stringify({ ...minimal, status: undefined }))), 'E0808', /status/);
    const badMetric = JSON.parse(JSON.stringify(minimal)) as {
      results: { scores: Array<{ metrics: Record<string, { value: unknown }> }> };
    };
    badMetric.results.scores[0]!.metrics.accuracy!.value = 'high';
    expectError(await readEvalLog(write(JSON.stringify(badMetric))), 'E0808', /not a number/);
    expectError(
      await readEvalLog(write(JSON.stringify({ ...minimal, results: { scores: 'x' } }))),
      'E0808',
      /not an array/,
    );
    expectError(await readEvalLog(write(JSON.stringify({ ...minimal, version: 'two' }))), 'E0808', /version/);
  });

  it('a value above limits.maxJsonValueBytes: E0806', async () => {
    const big = { ...minimal, plan: { steps: [{ solver: 'x', params: { blob: 'y'.repeat(5000) } }] } };
    expectError(
      await readEvalLog(write(JSON.stringify(big)), { limits: { maxJsonValueBytes: 1000 } }),
      'E0806',
      /maxJsonValueBytes/,
    );
  });
});

describe('readEvalLog: detection and tolerance', () => {
  it('detects by content, not by name, and tolerates a BOM and bare NaN / Infinity outside strings', async () => {
    const text = JSON.stringify({ ...minimal, samples: [{ output: { model: 'x-2025' }, error: null }] })
      .replace('"value":1', '"value":-Infinity')
      .replace('"task":"t"', '"task":"NaN and Infinity"');
    const r = await readEvalLog(write(`\ufeff${text}`, '.log'));
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const run = r.runs[0]!;
    assert.equal(run.artefact.format, 'inspect-json');
    assert.equal(run.task.name, 'NaN and Infinity');
    assert.equal(run.scores[0]!.metrics[0]!.value, -Infinity);
    assert.deepEqual(run.model.reported, ['x-2025']);
    assert.deepEqual(run.samples, { total: 1, completed: 1, errored: 0 });
  });

  it('counts samples with errors', async () => {
    const text = JSON.stringify({ ...minimal, samples: [{ error: { message: 'boom' } }, { error: null }, {}] });
    const r = await readEvalLog(write(text));
    assert.ok(r.ok);
    assert.equal(r.runs[0]!.samples.errored, 1);
  });

  it('forcing a format that does not match the content is an error, not a guess', async () => {
    const f = path.join(FIX, 'inspect/log_formats.json');
    expectError(await readEvalLog(f, { format: 'lm-eval-results' }), 'E0802', /lm-evaluation-harness/);
    expectError(
      await readEvalLog(path.join(FIX, 'lm-eval/llama-7B_gsm8k_8-shot.json'), { format: 'inspect-json' }),
      'E0802',
      /not an Inspect log/,
    );
  });

  it('a file that changes while it is read is detected by its size, modification time or inode', () => {
    const st = { size: 10, mtimeMs: 1000, ino: 7 };
    assert.equal(sameFileState(st, { ...st }), true);
    assert.equal(sameFileState(st, { ...st, size: 11 }), false);
    assert.equal(sameFileState(st, { ...st, mtimeMs: 1001 }), false);
    assert.equal(sameFileState(st, { ...st, ino: 8 }), false);
  });

  it('resolveLimits keeps defaults and ignores nonsense', () => {
    assert.deepEqual(resolveLimits(), { ...DEFAULT_LIMITS });
    assert.equal(resolveLimits({ limits: { maxRatio: 50, maxEntries: -1 } }).maxRatio, 50);
    assert.equal(resolveLimits({ limits: { maxEntries: -1 } }).maxEntries, DEFAULT_LIMITS.maxEntries);
  });
});
