import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { securityGuideRun } from '../../test/support/evidence.js';
import { EvidenceItemSchema } from '../model/schema.js';
import type { EvalRun } from './eval-run.js';
import { defaultEvidenceId, headline, runToEvidence } from './to-evidence.js';

const opts = { artefactUri: 'logs/security-guide.json', polarity: 'supports' as const, producedBy: 'Evals team' };

describe('runToEvidence', () => {
  it('maps a run field by field, in canonical key order, and the item validates', () => {
    const r = runToEvidence(securityGuideRun(), opts);
    assert.ok(r.ok);
    const item = r.item;
    assert.deepEqual(Object.keys(item), [
      'title',
      'kind',
      'source_type',
      'measured',
      'date',
      'produced_by',
      'artefact',
      'result',
      'polarity',
      'provenance',
    ]);
    assert.equal(item.kind, 'capability-evaluation');
    assert.equal(item.source_type, 'internal-test');
    assert.deepEqual(item.measured, { model: 'openai/gpt-4o-mini', build: 'gpt-4o-mini-2024-07-18' });
    assert.equal(item.date, '2025-05-12');
    assert.deepEqual(item.artefact, {
      uri: 'logs/security-guide.json',
      sha256: '44f6203d88252de0c33f76c948ad7c537b412cff628c704e9a5449ffba9d5a34',
    });
    assert.equal(item.result?.value, 0.6);
    assert.deepEqual(item.result?.interval, [0.404004, 0.795996]);
    assert.equal(item.result?.confidence, 0.95);
    assert.equal(item.result?.sample_size, 3);
    assert.equal(item.provenance?.headline, 'model_graded_fact/accuracy');
    assert.equal(item.provenance?.status, 'success');
    assert.deepEqual(item.provenance?.git, {
      origin: 'git@github.com:UKGovernmentBEIS/inspect_ai.git',
      commit: 'e9a9d7161',
    });
    assert.deepEqual(item.provenance?.solver, ['system_message', 'generate']);
    assert.deepEqual(item.provenance?.scores, [
      { scorer: 'model_graded_fact', metrics: { accuracy: 0.6, stderr: 0.1 } },
    ]);
    assert.equal(item.review, undefined);
    assert.equal(EvidenceItemSchema.safeParse(item).success, true);
  });

  it('needs polarity and produced_by for a new item, and keeps them on re-import', () => {
    assert.match(
      (runToEvidence(securityGuideRun(), { ...opts, polarity: undefined }) as { message: string }).message,
      /--polarity/,
    );
    assert.match(
      (runToEvidence(securityGuideRun(), { ...opts, producedBy: undefined }) as { message: string }).message,
      /--produced-by/,
    );
    const first = runToEvidence(securityGuideRun(), { ...opts, polarity: 'undermines' });
    assert.ok(first.ok);
    const existing = {
      ...first.item,
      title: 'My title',
      notes: 'kept',
      result: { ...first.item.result!, threshold: { max: 0.5 } },
    };
    const again = runToEvidence(securityGuideRun(), { artefactUri: 'x.json', existing });
    assert.ok(again.ok);
    assert.equal(again.item.polarity, 'undermines');
    assert.equal(again.item.produced_by, 'Evals team');
    assert.equal(again.item.title, 'My title');
    assert.equal(again.item.notes, 'kept');
    assert.deepEqual(again.item.result?.threshold, { max: 0.5 });
    // Hand-written measured fields stay; tools the log does not record stay too.
    const handMeasured = {
      ...first.item,
      measured: { ...first.item.measured!, tools: ['bash'], elicitation: '10 attempts' },
    };
    const kept = runToEvidence(securityGuideRun(), { artefactUri: 'x.json', existing: handMeasured });
    assert.ok(kept.ok);
    assert.deepEqual(kept.item.measured, {
      model: 'openai/gpt-4o-mini',
      build: 'gpt-4o-mini-2024-07-18',
      tools: ['bash'],
      elicitation: '10 attempts',
    });
  });

  it("keeps the author's subject on re-import, in its place; a new item states none", () => {
    const first = runToEvidence(securityGuideRun(), opts);
    assert.ok(first.ok);
    assert.equal(first.item.subject, undefined);
    const subject = { component: { id: 'grader', kind: 'classifier' as const, version: '2.1' } };
    const again = runToEvidence(securityGuideRun(), { artefactUri: 'x.json', existing: { ...first.item, subject } });
    assert.ok(again.ok);
    assert.deepEqual(again.item.subject, subject);
    assert.deepEqual(Object.keys(again.item).slice(0, 5), ['title', 'kind', 'source_type', 'subject', 'measured']);
  });

  it('flags a run that did not succeed with a review marker, never as a plain result', () => {
    for (const status of ['error', 'cancelled', 'started'] as const) {
      const r = runToEvidence(
        securityGuideRun({
          outcome: {
            status,
            error: status === 'error' ? 'RuntimeError: boom\ntraceback' : undefined,
          } as EvalRun['outcome'],
        }),
        opts,
      );
      assert.ok(r.ok);
      assert.equal(r.item.provenance?.status, status);
      assert.match(r.item.review!.reason, new RegExp(status === 'started' ? 'did not finish' : `status ${status}`));
      assert.equal(r.item.review!.since, '2025-05-12');
      assert.match(r.item.title, new RegExp(`\\(run ${status}\\)`));
    }
    const err = runToEvidence(
      securityGuideRun({ outcome: { status: 'error', error: 'RuntimeError: boom\ntraceback' } }),
      opts,
    );
    assert.ok(err.ok);
    assert.match(err.item.review!.reason, /RuntimeError: boom\. /);
    const inval = runToEvidence(securityGuideRun({ outcome: { status: 'success', invalidated: true } }), opts);
    assert.ok(inval.ok);
    assert.match(inval.item.review!.reason, /invalidated/);
  });

  it('a run without a reported snapshot measures the requested name, with a warning', () => {
    const r = runToEvidence(securityGuideRun({ model: { requested: 'mockllm/model', reported: [] } }), opts);
    assert.ok(r.ok);
    assert.equal(r.item.measured?.build, 'mockllm/model');
    assert.match(r.warnings.join('\n'), /reports no model snapshot/);
  });

  it('no scores: no result, said in a warning; NaN becomes null in provenance', () => {
    const none = runToEvidence(securityGuideRun({ scores: [] }), opts);
    assert.ok(none.ok);
    assert.equal(none.item.result, undefined);
    assert.match(none.warnings.join(), /no scores/);
    const nan = runToEvidence(
      securityGuideRun({
        scores: [{ name: 'match', scorer: 'match', metrics: [{ name: 'accuracy', value: Number.NaN }] }],
      }),
      opts,
    );
    assert.ok(nan.ok);
    assert.equal(nan.item.result?.value, undefined);
    assert.deepEqual(nan.item.provenance?.scores, [{ scorer: 'match', metrics: { accuracy: null } }]);
    assert.equal(EvidenceItemSchema.safeParse(nan.item).success, true);
  });

  it('--metric picks the headline; an unknown one is an error naming what exists', () => {
    const run = securityGuideRun({
      scores: [
        { name: 'a', scorer: 'a', metrics: [{ name: 'accuracy', value: 0.5 }] },
        { name: 'b', scorer: 'b', metrics: [{ name: 'mean', value: 2 }] },
      ],
    });
    const h = headline(run, 'b/mean');
    assert.ok('metric' in h && h.metric.value === 2);
    const r = runToEvidence(run, { ...opts, metric: 'nope' });
    assert.equal(r.ok, false);
    assert.match((r as { message: string }).message, /has a\/accuracy, b\/mean/);
  });

  it('records the registry package version and task arguments when the log has them', () => {
    const r = runToEvidence(
      securityGuideRun({
        framework: { name: 'inspect_ai', version: '0.3.154', packages: { inspect_evals: '0.2.1' } },
        task: { name: 'mmlu_0_shot', registryName: 'inspect_evals/mmlu_0_shot', args: { cot: false, subjects: [] } },
      }),
      opts,
    );
    assert.ok(r.ok);
    assert.equal(r.item.provenance?.registry_version, '0.2.1');
    assert.deepEqual(r.item.provenance?.task_args, { cot: false, subjects: [] });
  });

  it('derives the default id from the task name', () => {
    assert.equal(defaultEvidenceId(securityGuideRun()), 'ev-security_guide');
    assert.equal(
      defaultEvidenceId(securityGuideRun({ task: { name: 'mmlu_0_shot', registryName: 'inspect_evals/mmlu_0_shot' } })),
      'ev-mmlu_0_shot',
    );
    assert.equal(defaultEvidenceId(securityGuideRun({ task: { name: 'Cyber Range: 2' } })), 'ev-cyber-range-2');
  });
});
