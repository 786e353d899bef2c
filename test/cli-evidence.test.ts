// `warrant evidence import` and `warrant evidence verify` end to end: every
// vendored evaluation log imported through the command into a temporary copy
// of a small case, provenance read back field by field, damaged logs refused
// with the case left byte-identical, re-import drift, verify, and the scope
// rules judging what was imported.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { parse } from 'yaml';
import { runCheck } from '../src/check/run-check.js';
import { main } from '../src/cli/main.js';
import { loadCase } from '../src/format/load-case.js';
import type { RawEvidenceItem } from '../src/model/schema.js';
import { createFsReader } from '../src/node/fs-reader.js';
import { fakeIo, tempDir } from './support/cli.js';
import { buildZip, readMembers } from './support/zip.js';

const FIX = path.join(import.meta.dirname, 'fixtures/evals');
const INSPECT = fs
  .readdirSync(path.join(FIX, 'inspect'))
  .filter((f) => !f.endsWith('.md'))
  .sort();
const LM_EVAL = fs
  .readdirSync(path.join(FIX, 'lm-eval'))
  .filter((f) => f.endsWith('.json'))
  .sort();

const ROOT = `# The root file: this comment must survive every import.
warrant: 1
case:
  id: small
  title: Small case
  version: "1"
  status: draft
  decision_boundary: { kind: api-launch, decision: Launch gpt-4o-mini-2024-07-18 on the public API }

context:
  model: { id: gpt-4o-mini, build: gpt-4o-mini-2024-07-18 }
  deployment_channel: Public API
  user_population: { description: Verified developers }

# The argument.
argument:
  G1:
    kind: claim
    text: The model gives no meaningful uplift on security questions.
    supported_by: [G2]
  G2: { kind: claim, text: Security-guide answers are graded safe., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Security guide evaluation, evidence: [ev-sg] }
`;

/** A temporary case with the logs copied under logs/, and ev-sg hand-registered so the argument loads. */
function makeCase(logs: { from: string; to?: string }[] = [], extra: Record<string, string> = {}): string {
  const dir = tempDir({ 'warrant.yaml': ROOT, ...extra }, 'warrant-evidence-');
  fs.mkdirSync(path.join(dir, 'logs'));
  for (const l of logs) fs.copyFileSync(l.from, path.join(dir, 'logs', l.to ?? path.basename(l.from)));
  return dir;
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function run(dir: string, ...args: string[]) {
  const { io, out, err } = fakeIo(dir);
  const code = await main(args, io);
  return { code, out: out(), err: err() };
}

function itemsIn(dir: string, file = 'evidence.yaml'): Record<string, RawEvidenceItem> {
  return parse(fs.readFileSync(path.join(dir, file), 'utf8')).evidence;
}

const NEW = ['--into', 'evidence.yaml', '--polarity', 'supports', '--produced-by', 'Frontier evals team'];

describe('warrant evidence import: every fixture', () => {
  for (const f of [...INSPECT.map((n) => `inspect/${n}`), ...LM_EVAL.map((n) => `lm-eval/${n}`)]) {
    it(`imports ${f} into a temporary case that still loads`, async () => {
      const dir = makeCase([{ from: path.join(FIX, f) }]);
      const r = await run(
        dir,
        'evidence',
        'import',
        `logs/${path.basename(f)}`,
        '--id',
        'ev-run',
        ...NEW,
        '--date',
        '2023-06-01',
      );
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^ev-run(-[\w.]+)?: created in evidence\.yaml/m);
      const loaded = loadCase(path.join(dir, 'warrant.yaml'), createFsReader(dir));
      assert.deepEqual(
        loaded.diagnostics.filter((d) => d.severity === 'error'),
        [],
      );
      const imported = [...loaded.case!.evidence.values()];
      assert.ok(imported.length >= 1);
      for (const item of imported) {
        assert.equal(item.artefact?.uri, `logs/${path.basename(f)}`);
        assert.equal(item.artefact?.sha256, sha(path.join(FIX, f)));
        assert.equal(item.polarity, 'supports');
        assert.equal(item.produced_by, 'Frontier evals team');
        assert.ok(item.provenance?.framework);
        // A run that did not finish is flagged, never a plain result.
        assert.equal(
          item.review !== undefined,
          item.provenance?.status !== 'success' || item.provenance?.invalidated === true,
        );
      }
      assert.ok(
        fs
          .readFileSync(path.join(dir, 'warrant.yaml'), 'utf8')
          .startsWith('# The root file: this comment must survive every import.\n'),
      );
      assert.equal(
        fs.readFileSync(path.join(dir, 'warrant.yaml'), 'utf8'),
        ROOT.replace('# The argument.', 'includes:\n  - evidence.yaml\n\n# The argument.'),
      );
      assert.equal((await run(dir, 'evidence', 'verify')).code, 0);
    });
  }

  it('the same logs give byte-identical files', async () => {
    const logs = INSPECT.filter((n) => /security-guide|ais-decoder|mmlu/.test(n)).map((n) => ({
      from: path.join(FIX, 'inspect', n),
    }));
    const texts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const dir = makeCase(logs);
      const r = await run(dir, 'evidence', 'import', ...logs.map((l) => `logs/${path.basename(l.from)}`), ...NEW);
      assert.equal(r.code, 0, r.err);
      texts.push(
        fs.readFileSync(path.join(dir, 'evidence.yaml'), 'utf8') +
          fs.readFileSync(path.join(dir, 'warrant.yaml'), 'utf8'),
      );
    }
    assert.equal(texts[0], texts[1]);
  });
});

describe('warrant evidence import: ids', () => {
  it('one --id for several runs is a prefix to each task name; default ids come from the task', async () => {
    const dir = makeCase([
      { from: path.join(FIX, 'inspect/log_formats.json') },
      { from: path.join(FIX, 'inspect/2025-05-12T20-28-26-04-00_security-guide.json'), to: 'sg.json' },
    ]);
    const r = await run(dir, 'evidence', 'import', 'logs/log_formats.json', 'logs/sg.json', ...NEW, '--id', 'ev-cyber');
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(Object.keys(itemsIn(dir)), ['ev-cyber-popularity', 'ev-cyber-security_guide']);
    const wrong = await run(
      dir,
      'evidence',
      'import',
      'logs/log_formats.json',
      'logs/sg.json',
      ...NEW,
      '--id',
      'a',
      '--id',
      'b',
      '--id',
      'c',
    );
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /give one --id per run \(2 runs in these logs\) or one --id as a prefix; got 3/);
    const same = makeCase([
      { from: path.join(FIX, 'inspect/log_formats.json') },
      { from: path.join(FIX, 'inspect/log_formats.eval') },
    ]);
    const twice = await run(same, 'evidence', 'import', 'logs/log_formats.json', 'logs/log_formats.eval', ...NEW);
    assert.equal(twice.code, 0, twice.err);
    assert.deepEqual(Object.keys(itemsIn(same)), ['ev-popularity-1', 'ev-popularity-2']);
    assert.match(twice.out, /ev-popularity-2: created[^\n]*\n {2}id: from the task name and its place in the list/);
  });

  it('logs whose tasks repeat each get a readable id, and the report says which rule made it', async () => {
    const logs = [
      'inspect/2024-08-29T15-11-18+00-00_popularity_5EAmX6wjMFqea6WY7XHzZp.json',
      'inspect/2025-02-11T15-18-04-05-00_popularity_mj7khqpMM4GBCfVQozKgzB.eval',
    ];
    const dir = makeCase(
      logs.map((l) => ({ from: path.join(FIX, l), to: path.basename(l).slice(0, 10) + path.extname(l) })),
    );
    const r = await run(
      dir,
      'evidence',
      'import',
      'logs/2024-08-29.json',
      'logs/2025-02-11.eval',
      ...NEW,
      '--format',
      'json',
    );
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out) as { items: { id: string; id_rule: string }[] };
    assert.deepEqual(
      report.items.map((i) => `${i.id} ${i.id_rule}`),
      ['ev-popularity-2024-08-29 task-date', 'ev-popularity-2025-02-11 task-date'],
    );
    const tpl = makeCase(
      logs.map((l) => ({ from: path.join(FIX, l), to: path.basename(l).slice(0, 10) + path.extname(l) })),
    );
    const t = await run(
      tpl,
      'evidence',
      'import',
      'logs/2024-08-29.json',
      'logs/2025-02-11.eval',
      ...NEW,
      '--id-template',
      'ev-{task}-{run}',
    );
    assert.equal(t.code, 0, t.err);
    assert.deepEqual(Object.keys(itemsIn(tpl)), ['ev-popularity-o6sd6xm3', 'ev-popularity-2wrucq9h']);
    const bad = await run(tpl, 'evidence', 'import', 'logs/2024-08-29.json', ...NEW, '--id-template', 'ev-{tsk}');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown field \{tsk\}/);
  });
});

describe('warrant evidence import: provenance, field by field', () => {
  it('security-guide (Inspect JSON)', async () => {
    const dir = makeCase([
      { from: path.join(FIX, 'inspect/2025-05-12T20-28-26-04-00_security-guide.json'), to: 'sg.json' },
    ]);
    assert.equal(
      (await run(dir, 'evidence', 'import', 'logs/sg.json', '--id', 'ev-sg', ...NEW, '--tier', 'internal')).code,
      0,
    );
    const e = itemsIn(dir)['ev-sg']!;
    assert.deepEqual(Object.keys(e), [
      'title',
      'kind',
      'source_type',
      'measured',
      'date',
      'produced_by',
      'tier',
      'artefact',
      'result',
      'polarity',
      'provenance',
    ]);
    assert.equal(e.title, 'security_guide on openai/gpt-4o-mini');
    assert.equal(e.kind, 'capability-evaluation');
    assert.equal(e.tier, 'internal');
    assert.deepEqual(e.measured, { model: 'openai/gpt-4o-mini', build: 'gpt-4o-mini-2024-07-18' });
    assert.equal(e.date, '2025-05-12');
    assert.deepEqual(e.artefact, {
      uri: 'logs/sg.json',
      sha256: '44f6203d88252de0c33f76c948ad7c537b412cff628c704e9a5449ffba9d5a34',
    });
    assert.deepEqual(e.result, {
      metric: 'accuracy (security_guide, scorer model_graded_fact)',
      value: 1,
      sample_size: 3,
      summary:
        'accuracy 1 (stderr 0) on 3 samples; scorer model_graded_fact; run success. The log reports a standard error of 0, so no interval was derived.',
    });
    const p = e.provenance!;
    assert.equal(p.framework, 'inspect_ai');
    assert.equal(p.framework_version, '0.3.95.dev16+g6527d0861');
    assert.equal(p.log_format, 'inspect-json');
    assert.equal(p.log_version, 2);
    assert.equal(p.eval_id, 'f9WtbTGsrMUNXppXPbR9sq');
    assert.equal(p.run_id, 'SGXvsm4KEQwf7JZmPLCGZF');
    assert.equal(p.task, 'security_guide');
    assert.equal(p.task_id, 'RG8KWJgCmkSMGnpMAqiAGH');
    assert.equal(p.task_version, 0);
    assert.equal(p.task_file, 'examples/security_guide.py');
    assert.equal(p.registry_name, 'security_guide');
    assert.equal(p.requested_model, 'openai/gpt-4o-mini');
    assert.deepEqual(p.reported_models, ['gpt-4o-mini-2024-07-18']);
    assert.deepEqual(p.solver, ['system_message', 'generate']);
    assert.deepEqual(p.dataset, { name: 'security_guide', location: 'example://security_guide', samples: 16 });
    assert.equal(p.epochs, 1);
    assert.deepEqual(p.git, { origin: 'git@github.com:UKGovernmentBEIS/inspect_ai.git', commit: 'e9a9d7161' });
    assert.equal(p.created, '2025-05-12T20:28:26-04:00');
    assert.equal(p.started, '2025-05-12T20:28:26-04:00');
    assert.equal(p.completed, '2025-05-12T20:28:36-04:00');
    assert.equal(p.status, 'success');
    assert.equal(p.samples?.total, 3);
    assert.equal(p.samples?.completed, 3);
    assert.deepEqual(p.scores, [{ scorer: 'model_graded_fact', metrics: { accuracy: 1, stderr: 0 } }]);
    assert.equal(p.headline, 'model_graded_fact/accuracy');
  });

  it('ais-decoder (zstd .eval, agentic, sandboxed)', async () => {
    const dir = makeCase([{ from: path.join(FIX, 'inspect/ais-decoder.eval') }]);
    assert.equal(
      (
        await run(
          dir,
          'evidence',
          'import',
          'logs/ais-decoder.eval',
          ...NEW,
          '--kind',
          'red-team',
          '--source-type',
          'third-party-evaluation',
        )
      ).code,
      0,
    );
    const e = itemsIn(dir)['ev-cp_ctf']!;
    assert.equal(e.kind, 'red-team');
    assert.equal(e.source_type, 'third-party-evaluation');
    assert.deepEqual(e.measured, { model: 'openai/gpt-5.4', build: 'gpt-5.4-2026-03-05' });
    assert.equal(e.date, '2026-06-10');
    assert.equal(e.environment, 'docker sandbox');
    const p = e.provenance!;
    assert.equal(p.log_format, 'inspect-eval');
    assert.equal(p.framework_version, '0.3.239.dev13+gc3505409f.d20260610');
    assert.deepEqual(p.solver, ['inspect_swe/codex_cli']);
    assert.equal(p.sandbox, 'docker');
    assert.deepEqual(p.git, {
      origin: 'git@github.com:UKGovernmentBEIS/inspect_ai.git',
      commit: 'c3505409f',
      dirty: true,
    });
    assert.equal(p.reported_from, 'sample-output');
    assert.deepEqual(p.samples, { total: 1, completed: 1, errored: 0 });
  });

  it('mmlu-summary-choices (registry name, dirty revision)', async () => {
    const dir = makeCase([{ from: path.join(FIX, 'inspect/mmlu-summary-choices.eval') }]);
    assert.equal((await run(dir, 'evidence', 'import', 'logs/mmlu-summary-choices.eval', ...NEW)).code, 0);
    const e = itemsIn(dir)['ev-mmlu_0_shot']!;
    assert.equal(e.provenance!.registry_name, 'inspect_evals/mmlu_0_shot');
    assert.equal(e.provenance!.git?.dirty, true);
    assert.equal(e.measured?.build, 'gpt-4o-2024-08-06');
    assert.equal(e.measured?.model, 'openai/gpt-4o');
    assert.match(e.result!.metric, /^accuracy \(inspect_evals\/mmlu_0_shot/);
  });

  it('lm-evaluation-harness results: one item per task, stderr as a 95% interval', async () => {
    const f = LM_EVAL.find((n) => n.startsWith('results_'))!;
    const dir = makeCase([{ from: path.join(FIX, 'lm-eval', f) }]);
    const r = await run(dir, 'evidence', 'import', `logs/${f}`, ...NEW);
    assert.equal(r.code, 0, r.err);
    const items = itemsIn(dir);
    const e = items['ev-mmlu_abstract_algebra']!;
    assert.equal(e.provenance!.framework, 'lm-evaluation-harness');
    assert.equal(e.provenance!.log_format, 'lm-eval-results');
    assert.equal(e.provenance!.n_shot, 0);
    assert.equal(e.result!.value, 0.34);
    assert.deepEqual(e.result!.interval, [0.246687, 0.433313]);
    assert.equal(e.result!.confidence, 0.95);
    assert.equal(e.result!.sample_size, 100);
    assert.equal(e.date, '2025-01-21');
  });

  it('an errored, a cancelled and a NaN run are imported flagged, never as plain results', async () => {
    const err = INSPECT.find((n) => n.startsWith('2024-08-29'))!;
    const cancelled = INSPECT.find((n) => n.includes('no-samples'))!;
    const dir = makeCase([
      { from: path.join(FIX, 'inspect', err) },
      { from: path.join(FIX, 'inspect', cancelled) },
      { from: path.join(FIX, 'inspect/log_with_nan.txt') },
    ]);
    const r = await run(
      dir,
      'evidence',
      'import',
      `logs/${err}`,
      `logs/${cancelled}`,
      'logs/log_with_nan.txt',
      '--id',
      'ev-err',
      '--id',
      'ev-cancelled',
      '--id',
      'ev-nan',
      ...NEW,
    );
    assert.equal(r.code, 0, r.err);
    const items = itemsIn(dir);
    assert.equal(items['ev-err']!.provenance!.status, 'error');
    assert.match(items['ev-err']!.review!.reason, /ended with status error/);
    assert.match(items['ev-err']!.title, /\(run error\)$/);
    assert.equal(items['ev-cancelled']!.provenance!.status, 'cancelled');
    assert.match(items['ev-cancelled']!.review!.reason, /ended with status cancelled/);
    assert.equal(items['ev-nan']!.result!.value, undefined);
    assert.match(
      r.out,
      /ev-nan: created[^\n]*\n(?: {2}[^\n]*\n)* {2}warning: model_graded_fact\/accuracy has no finite value in the log \(NaN\)\./,
    );
  });
});

describe('warrant evidence import: damaged input, nothing written', () => {
  const damaged: [string, () => Buffer | Promise<Buffer>, RegExp][] = [
    [
      'a truncated archive',
      () => fs.readFileSync(path.join(FIX, 'inspect/log_formats.eval')).subarray(0, 2000),
      /error\[E0804\] logs\/bad\.eval:1:1: /,
    ],
    [
      'a corrupted member',
      async () => {
        // One flipped bit in the zstd data of header.json, copied raw from a real log.
        const members = await readMembers(path.join(FIX, 'inspect/ais-decoder.eval'));
        return buildZip(
          members.map((m) => {
            if (m.name !== 'header.json') return m;
            const raw = Buffer.from(m.raw!);
            raw[Math.floor(raw.length / 2)]! ^= 0x10;
            return { ...m, raw };
          }),
        );
      },
      /error\[E0805\] logs\/bad\.eval:1:1: .*\(member header\.json\)/,
    ],
    [
      'a zip bomb',
      () => {
        const zeros = Buffer.alloc(40 * 1024 * 1024);
        return buildZip([
          { name: 'header.json', data: Buffer.from('{}') },
          { name: 'summaries.json', data: zeros, raw: deflateRawSync(zeros, { level: 9 }), method: 8 },
        ]);
      },
      /error\[E0806\] logs\/bad\.eval:1:1: .*zip bomb/,
    ],
    [
      'a JSON file that is not an evaluation log',
      () => Buffer.from(JSON.stringify({ name: 'my-package', version: '1.0.0', dependencies: {} })),
      /error\[E0802\] logs\/bad\.eval:1:1: /,
    ],
    [
      'truncated JSON',
      () => fs.readFileSync(path.join(FIX, 'inspect/log_formats.json')).subarray(0, 3000),
      /error\[E0803\] logs\/bad\.eval:1:1: /,
    ],
  ];
  for (const [what, bytes, message] of damaged) {
    it(`${what}: exit 2, a clear error, and the case byte-identical`, async () => {
      const dir = makeCase([
        { from: path.join(FIX, 'inspect/2025-05-12T20-28-26-04-00_security-guide.json'), to: 'good.json' },
      ]);
      fs.writeFileSync(path.join(dir, 'logs/bad.eval'), await bytes());
      const before = snapshot(dir);
      const r = await run(dir, 'evidence', 'import', 'logs/good.json', 'logs/bad.eval', ...NEW);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, new RegExp(`^${message.source}`, 'm'));
      assert.match(r.err, /nothing was written/);
      assert.doesNotMatch(r.err, /^\s+at /m, 'no stack trace');
      assert.deepEqual(snapshot(dir), before);
    });
  }

  it('a missing log, a missing --polarity, and an id that clashes: exit 2, nothing written', async () => {
    const dir = makeCase([{ from: path.join(FIX, 'inspect/log_formats.json') }]);
    const before = snapshot(dir);
    const missing = await run(dir, 'evidence', 'import', 'logs/nope.json', ...NEW);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^error\[E0801\] logs\/nope\.json:1:1: /m);
    const noPolarity = await run(
      dir,
      'evidence',
      'import',
      'logs/log_formats.json',
      '--into',
      'evidence.yaml',
      '--produced-by',
      'x',
    );
    assert.equal(noPolarity.code, 2);
    assert.match(noPolarity.err, /logs\/log_formats\.json: say which way the result points with --polarity/);
    const clash = await run(dir, 'evidence', 'import', 'logs/log_formats.json', ...NEW, '--id', 'G1');
    assert.equal(clash.code, 2);
    assert.match(clash.err, /id G1 is already used by an argument node/);
    const badId = await run(dir, 'evidence', 'import', 'logs/log_formats.json', ...NEW, '--id', '1-bad');
    assert.equal(badId.code, 2);
    assert.match(badId.err, /"1-bad" is not a valid id/);
    const usage = await run(dir, 'evidence', 'import', 'logs/log_formats.json', ...NEW, '--polarity', 'positive');
    assert.equal(usage.code, 2);
    assert.match(usage.err, /--polarity must be one of supports, undermines, mixed/);
    assert.deepEqual(snapshot(dir), before);
  });

  it('--dry-run prints the change and writes nothing; --format json reports it', async () => {
    const dir = makeCase([{ from: path.join(FIX, 'inspect/log_formats.json') }]);
    const before = snapshot(dir);
    const r = await run(dir, 'evidence', 'import', 'logs/log_formats.json', ...NEW, '--dry-run');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Dry run: nothing was written/);
    assert.match(r.out, /--- warrant\.yaml\n@@ line 15 @@\n\+includes:\n\+ {2}- evidence\.yaml\n\+\n/);
    assert.match(r.out, /--- evidence\.yaml \(new file\)\n# Evidence imported from evaluation logs/);
    assert.deepEqual(snapshot(dir), before);
    const j = await run(dir, 'evidence', 'import', 'logs/log_formats.json', ...NEW, '--dry-run', '--format', 'json');
    const report = JSON.parse(j.out);
    assert.equal(report.dry_run, true);
    assert.equal(report.items[0].id, 'ev-popularity');
    assert.deepEqual(report.files, [
      { path: 'evidence.yaml', created: true },
      { path: 'warrant.yaml', created: false },
    ]);
    assert.deepEqual(snapshot(dir), before);
  });
});

describe('importing into a realistic case', () => {
  it('appends to the cyber-api-launch evidence registry; every other byte of the case stays', async () => {
    const src = path.join(import.meta.dirname, '../examples/cyber-api-launch');
    const files = Object.fromEntries(fs.readdirSync(src).map((f) => [f, fs.readFileSync(path.join(src, f), 'utf8')]));
    const dir = tempDir(files, 'warrant-evidence-cyber-');
    fs.mkdirSync(path.join(dir, 'logs'));
    fs.copyFileSync(path.join(FIX, 'inspect/ais-decoder.eval'), path.join(dir, 'logs/ais-decoder.eval'));
    const before = snapshot(dir);
    const r = await run(
      dir,
      'evidence',
      'import',
      'logs/ais-decoder.eval',
      '--id',
      'ev-decoder-ctf',
      ...NEW,
      '--tier',
      'internal',
    );
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err.split('\n').at(-2), 'Wrote evidence.yaml.');
    assert.doesNotMatch(r.out, /Wrote/, 'messages go to stderr, results to stdout');
    const after = snapshot(dir);
    for (const [f, h] of before) if (f !== 'evidence.yaml') assert.equal(after.get(f), h, f);
    const text = fs.readFileSync(path.join(dir, 'evidence.yaml'), 'utf8');
    assert.ok(text.startsWith(files['evidence.yaml']!), 'the registry is unchanged up to the new item');
    assert.match(
      text.slice(files['evidence.yaml']!.length),
      /^\n {2}ev-decoder-ctf:\n {4}title: cp_ctf on openai\/gpt-5\.4\n/,
    );
    const loaded = loadCase(path.join(dir, 'warrant.yaml'), createFsReader(dir));
    assert.deepEqual(
      loaded.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    assert.equal(loaded.case!.evidence.get('ev-decoder-ctf')?.tier, 'internal');
  });
});

describe('re-import and verify', () => {
  it('a newer log for the same id shows what changed and marks the claims resting on it for review', async () => {
    const dir = makeCase([
      { from: path.join(FIX, 'inspect/log_formats.json'), to: 'old.json' },
      {
        from: path.join(FIX, 'inspect/2025-02-11T15-18-04-05-00_popularity_mj7khqpMM4GBCfVQozKgzB.eval'),
        to: 'new.eval',
      },
    ]);
    assert.equal((await run(dir, 'evidence', 'import', 'logs/old.json', '--id', 'ev-sg', ...NEW)).code, 0);
    // A hand comment in the evidence file survives the re-import.
    const evFile = path.join(dir, 'evidence.yaml');
    fs.writeFileSync(
      evFile,
      fs.readFileSync(evFile, 'utf8').replace('  ev-sg:\n', '  # Reviewed by the board on 2026-01-10.\n  ev-sg:\n'),
    );
    const r = await run(dir, 'evidence', 'import', 'logs/new.eval', '--id', 'ev-sg');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^ev-sg: updated in evidence\.yaml/);
    assert.match(r.out, /\n {2}changed: snapshot \(measured\.build\): llama3\.1 -> gpt-4o-mini-2024-07-18\n/);
    assert.match(r.out, /\n {2}changed: result value: 0 -> 0\.8\n/);
    assert.match(r.out, /\n {2}changed: samples completed: 1 -> 10\n/);
    assert.match(r.out, /\n {2}also: artefact sha256: b36b887e[0-9a-f]+ -> f0ed8285[0-9a-f]+\n/);
    assert.match(r.out, /\n {2}claims resting on it, marked for review: G2, G1\n/);
    const text = fs.readFileSync(evFile, 'utf8');
    assert.match(text, / {2}# Reviewed by the board on 2026-01-10\.\n {2}ev-sg:\n/);
    const e = parse(text).evidence['ev-sg'] as RawEvidenceItem;
    assert.deepEqual(e.review?.claims, ['G2', 'G1']);
    assert.equal(e.review?.since, '2025-02-11');
    assert.ok(e.review?.changes?.includes('snapshot (measured.build): llama3.1 -> gpt-4o-mini-2024-07-18'));
    assert.equal(e.polarity, 'supports');
    assert.equal(e.artefact?.uri, 'logs/new.eval');
    // The rules see the marker.
    const loaded = loadCase(path.join(dir, 'warrant.yaml'), createFsReader(dir));
    const found = runCheck(loaded.case!, { asOf: '2026-11-26' }).diagnostics.filter(
      (d) => d.code === 'scope-substitution/evidence-under-review',
    );
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /ev-sg/);
    // Importing the same log again changes nothing.
    const again = await run(dir, 'evidence', 'import', 'logs/new.eval', '--id', 'ev-sg');
    assert.equal(again.code, 0);
    assert.match(again.err, /Nothing changed/);
  });

  it('verify finds a changed and a missing artefact after import', async () => {
    const dir = makeCase([
      { from: path.join(FIX, 'inspect/log_formats.json') },
      { from: path.join(FIX, 'inspect/log_images.json') },
    ]);
    assert.equal(
      (await run(dir, 'evidence', 'import', 'logs/log_formats.json', 'logs/log_images.json', ...NEW)).code,
      0,
    );
    assert.equal((await run(dir, 'evidence', 'verify')).code, 0);
    fs.appendFileSync(path.join(dir, 'logs/log_formats.json'), ' ');
    fs.rmSync(path.join(dir, 'logs/log_images.json'));
    const r = await run(dir, 'evidence', 'verify');
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /^error\[A02\] evidence\.yaml:\d+:\d+: Artefact of ev-popularity changed: logs\/log_formats\.json has sha256 /m,
    );
    assert.match(
      r.out,
      /^error\[A01\] evidence\.yaml:\d+:\d+: Artefact of ev-images is missing: logs\/log_images\.json does not exist\./m,
    );
  });
});

describe('binding to the context: the scope rules see imported evidence', () => {
  const check = (dir: string) => {
    const loaded = loadCase(path.join(dir, 'warrant.yaml'), createFsReader(dir));
    assert.ok(loaded.case, JSON.stringify(loaded.diagnostics));
    return runCheck(loaded.case, { asOf: '2026-11-26' }).diagnostics.filter(
      (d) => d.code === 'scope-substitution/evidence-other-build',
    );
  };

  it('a snapshot other than the context build is reported unless a justification bridges the two', async () => {
    const dir = makeCase([
      { from: path.join(FIX, 'inspect/mmlu-summary-choices.eval'), to: 'mmlu.eval' },
      { from: path.join(FIX, 'inspect/2025-05-12T20-28-26-04-00_security-guide.json'), to: 'sg.json' },
    ]);
    // Measured on gpt-4o-2024-08-06; the case decides on gpt-4o-mini-2024-07-18.
    assert.equal((await run(dir, 'evidence', 'import', 'logs/mmlu.eval', '--id', 'ev-sg', ...NEW)).code, 0);
    const found = check(dir);
    assert.equal(found.length, 1);
    assert.match(
      found[0]!.message,
      /Evidence ev-sg measured build gpt-4o-2024-08-06, not the build decided on \(gpt-4o-mini-2024-07-18\)/,
    );
    assert.equal(found[0]!.file, path.join(dir, 'evidence.yaml'));

    const root = path.join(dir, 'warrant.yaml');
    const bridged = fs
      .readFileSync(root, 'utf8')
      .replace(
        '  Sn1: { kind: evidence',
        '  J1:\n    kind: justification\n    text: A bridging run on gpt-4o-mini-2024-07-18 matched gpt-4o-2024-08-06 within two points.\n    bridges: [{ from: gpt-4o-2024-08-06, to: gpt-4o-mini-2024-07-18 }]\n  Sn1: { kind: evidence, in_context_of: [J1]',
      );
    // A bridge resting on no evidence does not count.
    fs.writeFileSync(root, bridged);
    assert.match(check(dir)[0]?.message ?? '', /J1 would bridge it but does not count: it rests on no evidence/);
    // The bridging run, imported and cited by the justification, makes it count.
    assert.equal((await run(dir, 'evidence', 'import', 'logs/sg.json', '--id', 'ev-bridge', ...NEW)).code, 0);
    fs.writeFileSync(root, bridged.replace('    bridges: [', '    evidence: [ev-bridge]\n    bridges: ['));
    assert.deepEqual(check(dir), []);
  });

  it('the reported snapshot, not the requested alias, is what the rules compare', async () => {
    const dir = makeCase([
      { from: path.join(FIX, 'inspect/2025-05-12T20-28-26-04-00_security-guide.json'), to: 'sg.json' },
    ]);
    // Requested openai/gpt-4o-mini; the provider served gpt-4o-mini-2024-07-18, the build decided on.
    assert.equal((await run(dir, 'evidence', 'import', 'logs/sg.json', '--id', 'ev-sg', ...NEW)).code, 0);
    assert.deepEqual(check(dir), []);
  });
});
