// lm-evaluation-harness results files: the two real ones vendored, asserted
// field by field, and the shapes a results file can take.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readEvalLog } from '../read-log.js';
import { parseModelArgs } from './results.js';

const FIX = path.join(import.meta.dirname, '../../../test/fixtures/evals/lm-eval');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-lmeval-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('lm-evaluation-harness results', () => {
  it('0.4 layout (results_2025-01-21...json): every provenance field', async () => {
    const r = await readEvalLog(path.join(FIX, 'results_2025-01-21T00-40-03.356274.json'));
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.equal(r.runs.length, 1);
    const run = r.runs[0]!;
    assert.equal(run.artefact.format, 'lm-eval-results');
    assert.equal(run.artefact.sha256, '76ee6244c0c404ced85820d01fd67e31419defacce8c5ca5fed106f2f454c674');
    assert.equal(run.artefact.bytes, 7685);
    assert.deepEqual(run.framework, { name: 'lm-evaluation-harness', packages: { transformers: '4.48.1' } });
    assert.deepEqual(run.task, {
      name: 'mmlu_abstract_algebra',
      version: 1,
      nShot: 0,
      dataset: { name: 'abstract_algebra', location: 'hails/mmlu_no_train' },
    });
    assert.equal(run.model.requested, '/home/cs29824/matthew/lm-evaluation-harness/examples/dog_steer.csv');
    assert.deepEqual(run.model.args, {
      base_name: 'google/gemma-2-2b',
      csv_path: '/home/cs29824/matthew/lm-evaluation-harness/examples/dog_steer.csv',
    });
    assert.deepEqual(run.model.reported, []);
    assert.deepEqual(run.revision, { type: 'git', commit: 'e16afa2f' });
    assert.deepEqual(run.times, { created: '2025-01-21T00:38:59.488Z', durationSeconds: 70.06234502233565 });
    assert.deepEqual(run.samples, { total: 100, original: 100 });
    assert.deepEqual(run.scores, [
      {
        name: 'none',
        scorer: 'mmlu_abstract_algebra',
        metrics: [{ name: 'acc', value: 0.34, stderr: 0.047609522856952344, higherIsBetter: true }],
      },
    ]);
    assert.deepEqual(run.outcome, { status: 'success' });
    assert.equal(run.config?.model, 'sae_steered_beta');
    assert.equal(run.config?.batch_size, 'auto');
    assert.equal(run.config?.model_source, 'sae_steered_beta');
    assert.equal(run.config?.model_args, undefined);
  });

  it('0.3 layout (llama-7B_gsm8k_8-shot.json): metrics without filters, n-shot from config', async () => {
    const r = await readEvalLog(path.join(FIX, 'llama-7B_gsm8k_8-shot.json'));
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const run = r.runs[0]!;
    assert.equal(run.task.name, 'gsm8k');
    assert.equal(run.task.version, 0);
    assert.equal(run.task.nShot, 8);
    assert.equal(run.model.requested, '/gaueko1/hizkuntza-ereduak/LLaMA/lm/huggingface/7B');
    assert.equal(run.config?.model, 'hf-causal-experimental');
    assert.deepEqual(run.scores, [
      {
        name: 'none',
        scorer: 'gsm8k',
        metrics: [{ name: 'acc', value: 0.0803639120545868, stderr: 0.007488258573239077 }],
      },
    ]);
    assert.equal(run.revision, undefined);
    assert.deepEqual(run.times, {});
  });

  it('several tasks and filters, N/A stderrs, NaN, lm_eval_version', async () => {
    const text = `{"results": {"gsm8k": {"alias": "gsm8k", "exact_match,strict-match": 0.75, "exact_match_stderr,strict-match": 0.01,
      "exact_match,flexible-extract": 0.76, "exact_match_stderr,flexible-extract": "N/A"},
      "arc": {"acc,none": NaN}},
      "versions": {"gsm8k": 3.0, "arc": "1.0"}, "n-shot": {"gsm8k": 5, "arc": 0},
      "config": {"model": "hf", "model_args": "pretrained=meta-llama/Meta-Llama-3-8B,dtype=auto"},
      "model_name": "meta-llama/Meta-Llama-3-8B", "lm_eval_version": "0.4.8", "git_hash": "3196e907", "date": 1713525419.5}`;
    const f = path.join(tmp, 'results_x.json');
    fs.writeFileSync(f, text);
    const r = await readEvalLog(f);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.deepEqual(
      r.runs.map((x) => x.task.name),
      ['gsm8k', 'arc'],
    );
    const [g, a] = r.runs as [(typeof r.runs)[0], (typeof r.runs)[0]];
    assert.equal(g.framework.version, '0.4.8');
    assert.equal(g.model.requested, 'meta-llama/Meta-Llama-3-8B');
    assert.deepEqual(g.scores, [
      { name: 'strict-match', scorer: 'gsm8k', metrics: [{ name: 'exact_match', value: 0.75, stderr: 0.01 }] },
      { name: 'flexible-extract', scorer: 'gsm8k', metrics: [{ name: 'exact_match', value: 0.76, stderr: null }] },
    ]);
    assert.equal(g.task.version, 3);
    assert.equal(a.task.version, '1.0');
    assert.ok(Number.isNaN(a.scores[0]!.metrics[0]!.value));
    assert.ok(a.notes.some((x) => /NaN/.test(x)));
  });

  it('a results file with no tasks, or no model, is refused with E0808', async () => {
    const f = path.join(tmp, 'results_empty.json');
    fs.writeFileSync(f, '{"results": {}, "versions": {}}');
    const r = await readEvalLog(f);
    assert.ok(!r.ok && r.error.code === 'E0808');
    fs.writeFileSync(f, '{"results": {"t": {"acc": 1}}, "versions": {"t": 0}}');
    const r2 = await readEvalLog(f);
    assert.ok(!r2.ok && r2.error.code === 'E0808' && /names no model/.test(r2.error.message));
    fs.writeFileSync(f, '{"results": {"t": {"acc": [1]}}, "versions": {"t": 0}, "model_name": "m"}');
    const r3 = await readEvalLog(f);
    assert.ok(!r3.ok && r3.error.code === 'E0808' && /not a number/.test(r3.error.message));
  });

  it('parseModelArgs splits k=v pairs', () => {
    assert.deepEqual(parseModelArgs('pretrained=a/b,dtype=auto, x = 1,novalue'), {
      pretrained: 'a/b',
      dtype: 'auto',
      x: '1',
    });
  });
});
