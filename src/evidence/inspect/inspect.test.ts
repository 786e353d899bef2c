// Every vendored Inspect log imports, with its provenance asserted field by
// field for several of them; the .json and .eval copies of one run agree.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { EvalRun } from '../eval-run.js';
import { isIncomplete } from '../eval-run.js';
import { readEvalLog } from '../read-log.js';

const DIR = path.join(import.meta.dirname, '../../../test/fixtures/evals/inspect');
const fx = (name: string): string => path.join(DIR, name);

async function one(name: string): Promise<EvalRun> {
  const r = await readEvalLog(fx(name));
  if (!r.ok) assert.fail(`${name}: ${r.error.code} ${r.error.message}`);
  assert.equal(r.runs.length, 1);
  return r.runs[0]!;
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('Inspect logs: every vendored fixture imports', () => {
  for (const name of fs.readdirSync(DIR).sort()) {
    it(name, async () => {
      const run = await one(name);
      assert.equal(run.artefact.sha256, sha256(fx(name)));
      assert.equal(run.artefact.bytes, fs.statSync(fx(name)).size);
      assert.equal(run.artefact.format, name.endsWith('.eval') ? 'inspect-eval' : 'inspect-json');
      assert.equal(run.framework.name, 'inspect_ai');
      assert.ok(run.task.name.length > 0);
      assert.ok(run.model.requested.length > 0);
      // Deterministic: a second read gives the same record.
      assert.deepEqual(await one(name), run);
    });
  }
});

describe('Inspect provenance, field by field', () => {
  it('ais-decoder.eval: zstd, agent scaffold, reported snapshot, dirty revision, sandbox', async () => {
    const run = await one('ais-decoder.eval');
    assert.equal(run.artefact.sha256, 'e7ac9e8a6d983645eacbc3162bf7b7f09d509cf61281d34ca3a8377e243ed9df');
    assert.equal(run.artefact.formatVersion, 2);
    assert.deepEqual(run.framework, { name: 'inspect_ai', version: '0.3.239.dev13+gc3505409f.d20260610' });
    assert.deepEqual(run.ids, { run: '4RWjxw95B3LzGCoKjQyFo9', eval: 'ADiQnZpkmYKEmk8AGpYKPu' });
    assert.equal(run.task.name, 'cp_ctf');
    assert.equal(run.task.registryName, 'cp_ctf');
    assert.equal(run.task.version, 0);
    assert.equal(run.task.file, 'examples/checkpoint_ctf.py');
    assert.equal(run.model.requested, 'openai/gpt-5.4');
    assert.deepEqual(run.model.reported, ['gpt-5.4-2026-03-05']);
    assert.equal(run.model.reportedFrom, 'sample-output');
    assert.equal(run.plan.steps.length, 1);
    assert.equal(run.plan.steps[0]!.solver, 'inspect_swe/codex_cli');
    assert.equal(run.plan.steps[0]!.params?.web_search, 'live');
    assert.deepEqual(run.tools, { sandbox: { type: 'docker' } });
    assert.deepEqual(run.revision, {
      type: 'git',
      origin: 'git@github.com:UKGovernmentBEIS/inspect_ai.git',
      commit: 'c3505409f',
      dirty: true,
    });
    assert.deepEqual(run.times, {
      created: '2026-06-10T18:23:49+00:00',
      started: '2026-06-10T18:23:49+00:00',
      completed: '2026-06-10T18:26:27+00:00',
    });
    assert.deepEqual(run.samples, { total: 1, completed: 1, errored: 0, epochs: 1 });
    assert.deepEqual(run.scores, [
      {
        name: 'model_graded_qa',
        scorer: 'model_graded_qa',
        scoredSamples: 1,
        unscoredSamples: 0,
        metrics: [
          { name: 'accuracy', value: 0 },
          { name: 'stderr', value: 0 },
        ],
      },
    ]);
    assert.deepEqual(run.outcome, { status: 'success' });
    assert.equal(isIncomplete(run), false);
    // The members read (header, summaries, the probed sample) were checked; the others are named as not verified.
    assert.equal(
      run.unverified,
      'Not verified: 3 of 6 archive members were not read, so their CRC-32 was not checked ' +
        '(_journal/start.json, _journal/summaries/1.json, reductions.json). The reader reads only what the summary needs.',
    );
    assert.deepEqual(run.notes, [run.unverified]);
  });

  it('mmlu-summary-choices.eval: registry name, task args, dirty flag, generate config', async () => {
    const run = await one('mmlu-summary-choices.eval');
    assert.equal(run.task.name, 'inspect_evals/mmlu_0_shot');
    assert.equal(run.task.registryName, 'inspect_evals/mmlu_0_shot');
    assert.deepEqual(run.task.args, { language: 'EN_US', subjects: [], cot: false });
    assert.deepEqual(run.task.dataset, { name: 'cais/mmlu', location: 'cais/mmlu', samples: 14042, shuffled: false });
    assert.equal(run.model.requested, 'openai/gpt-4o');
    assert.deepEqual(run.model.reported, ['gpt-4o-2024-08-06']);
    assert.deepEqual(run.model.generateConfig, { temperature: 0 });
    assert.deepEqual(run.plan.steps, [{ solver: 'multiple_choice', params: { cot: false, max_tokens: 5 } }]);
    assert.equal(run.revision?.dirty, true);
    assert.equal(run.revision?.commit, 'de1d065be');
    assert.equal(run.framework.version, '0.3.154.dev44+g32a84c8fe.d20251213');
    assert.deepEqual(run.scores[0]!.metrics, [
      { name: 'accuracy', value: 0 },
      { name: 'stderr', value: 0 },
    ]);
    assert.equal(run.config?.limit, 1);
  });

  it('log_message_deduplication.eval: version 3, tools granted by use_tools, eval set id, model args', async () => {
    const run = await one('log_message_deduplication.eval');
    assert.equal(run.artefact.formatVersion, 3);
    assert.equal(run.ids.evalSet, 'eLdurCNhVzAVG9EJNXf7Em');
    assert.equal(run.task.name, 'inspect_test_utils/guess_number');
    assert.deepEqual(run.task.args, { sample_count: 1, target: '42.7' });
    assert.deepEqual(run.model.args, { tool_calls: 'ls', repetitions: 5 });
    assert.deepEqual(run.model.reported, ['hardcoded']);
    assert.deepEqual(run.tools, { sandbox: { type: 'docker' }, granted: ['bash', 'python'] });
    assert.equal(run.plan.steps[0]!.solver, 'use_tools');
    assert.equal(run.revision?.origin, 'git@github.com:rasmusfaber/inspect_test_utils.git');
  });

  it('log_streaming.eval: chunked sample layout, zstd, 2 epochs', async () => {
    const run = await one('log_streaming.eval');
    assert.equal(run.model.requested, 'azureai/Meta-Llama-3-1-405B-Instruct-jqf');
    assert.deepEqual(run.model.reported, ['Meta-Llama-3-405B-Instruct']);
    assert.deepEqual(run.samples, { total: 4, completed: 4, errored: 0, epochs: 2 });
    assert.deepEqual(run.scores[0]!.metrics, [
      { name: 'accuracy', value: 0.75 },
      { name: 'stderr', value: 0.25 },
    ]);
  });

  it('log_with_nan.txt: version 1 results layout and a bare NaN metric', async () => {
    const run = await one('log_with_nan.txt');
    assert.equal(run.artefact.format, 'inspect-json');
    assert.equal(run.artefact.formatVersion, 1);
    assert.equal(run.scores.length, 1);
    const s = run.scores[0]!;
    assert.equal(s.scorer, 'model_graded_fact');
    assert.equal(s.metrics[0]!.name, 'accuracy');
    assert.ok(Number.isNaN(s.metrics[0]!.value));
    assert.deepEqual(s.metrics[1], { name: 'bootstrap_std', value: 0 });
    assert.equal(run.times.created, '2024-05-05T07:59:35');
    assert.equal(run.framework.version, undefined);
    assert.ok(run.notes.some((n) => /version 1 results layout/.test(n)));
    assert.ok(run.notes.some((n) => /NaN/.test(n)));
  });

  it('no-samples.json: a cancelled run is flagged, never counted as complete', async () => {
    const run = await one('2025-05-12T20-28-13-04-00_no-samples.json');
    assert.equal(run.outcome.status, 'cancelled');
    assert.equal(isIncomplete(run), true);
    assert.deepEqual(run.samples, { total: 3, completed: 3, errored: 0, epochs: 1 });
  });

  it('popularity 2024 .json: status error without an error object is flagged and noted', async () => {
    const run = await one('2024-08-29T15-11-18+00-00_popularity_5EAmX6wjMFqea6WY7XHzZp.json');
    assert.equal(run.outcome.status, 'error');
    assert.equal(run.outcome.error, undefined);
    assert.equal(isIncomplete(run), true);
    assert.equal(run.model.requested, 'mockllm/model');
    assert.equal(run.revision, undefined);
    assert.equal(run.framework.version, undefined);
    assert.ok(run.notes.some((n) => /no error message/.test(n)));
    assert.ok(run.notes.some((n) => /no samples/.test(n)));
  });

  it('security-guide.json: provider snapshot read from the inline samples', async () => {
    const run = await one('2025-05-12T20-28-26-04-00_security-guide.json');
    assert.deepEqual(run.model.reported, ['gpt-4o-mini-2024-07-18']);
    assert.equal(run.scores[0]!.scorer, 'model_graded_fact');
    assert.deepEqual(run.samples, { total: 3, completed: 3, errored: 0, epochs: 1 });
  });

  it('the .json and .eval copies of one run agree (log_formats)', async () => {
    const a = await one('log_formats.json');
    const b = await one('log_formats.eval');
    const strip = ({ artefact: _a, unverified: _u, notes, ...rest }: EvalRun) => ({
      ...rest,
      notes: notes.filter((n) => !n.startsWith('Not verified:')),
    });
    assert.deepEqual(strip(a), strip(b));
    assert.equal(a.unverified, undefined);
    assert.match(b.unverified ?? '', /^Not verified: 3 of 6 archive members/);
    assert.equal(a.model.baseUrl, 'http://localhost:11434/v1');
    assert.deepEqual(a.model.reported, ['llama3.1']);
  });

  it('probeSamples: false reads no sample data', async () => {
    const r = await readEvalLog(fx('ais-decoder.eval'), { probeSamples: false });
    assert.ok(r.ok);
    assert.deepEqual(r.runs[0]!.model.reported, []);
  });
});
