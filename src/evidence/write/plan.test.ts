import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { securityGuideRun } from '../../../test/support/evidence.js';
import { memoryReader } from '../../format/memory-reader.js';
import { type ImportRequest, planImport } from './plan.js';

/** A small case: a claim resting on an evidence node that cites ev-sg. */
export const SMALL_CASE = {
  '/c/warrant.yaml': `# The root file. This comment stays.
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
    supported_by: [S1]
  S1: { kind: strategy, text: Argue over the evaluations., supported_by: [G2] }
  G2: { kind: claim, text: Security-guide answers are graded safe., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Security guide evaluation, evidence: [ev-sg] }
`,
};

const run = securityGuideRun();
const req = (over: Partial<ImportRequest> = {}): ImportRequest => ({
  id: 'ev-sg',
  run,
  log: '/c/logs/security-guide.json',
  options: { polarity: 'supports', producedBy: 'Evals team' },
  ...over,
});

describe('planImport', () => {
  it('a new item goes into a new module file, included from the root; comments stay', () => {
    const plan = planImport('/c/warrant.yaml', memoryReader(SMALL_CASE), [req()], '/c/evidence/imported.yaml');
    assert.ok(plan.ok, JSON.stringify(plan));
    assert.deepEqual(
      plan.files.map((f) => [f.path, f.created]),
      [
        ['/c/evidence/imported.yaml', true],
        ['/c/warrant.yaml', false],
      ],
    );
    const root = plan.files[1]!.text;
    assert.equal(
      root,
      SMALL_CASE['/c/warrant.yaml'].replace(
        '# The argument.',
        'includes:\n  - evidence/imported.yaml\n\n# The argument.',
      ),
    );
    const mod = parse(plan.files[0]!.text);
    assert.equal(mod.module.id, 'imported');
    assert.equal(mod.evidence['ev-sg'].artefact.uri, 'logs/security-guide.json');
    assert.equal(plan.items[0]!.action, 'created');
  });

  it("a new module starts with the root file's schema line, its path rewritten for the module", () => {
    const withSchema = {
      '/c/warrant.yaml': `# yaml-language-server: $schema=../schema/warrant.schema.json\n${SMALL_CASE['/c/warrant.yaml']}`,
    };
    const plan = planImport('/c/warrant.yaml', memoryReader(withSchema), [req()], '/c/evidence/imported.yaml');
    assert.ok(plan.ok, JSON.stringify(plan));
    assert.match(
      plan.files[0]!.text,
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/schema\/warrant\.schema\.json\n# Evidence/,
    );
    const without = planImport('/c/warrant.yaml', memoryReader(SMALL_CASE), [req()], '/c/evidence/imported.yaml');
    assert.ok(without.ok);
    assert.match(without.files[0]!.text, /^# Evidence imported/, 'no schema line to copy: none is invented');
  });

  it('the same run twice: byte-identical, and the second import changes nothing', () => {
    const a = planImport('/c/warrant.yaml', memoryReader(SMALL_CASE), [req()], '/c/ev.yaml');
    const b = planImport('/c/warrant.yaml', memoryReader(SMALL_CASE), [req()], '/c/ev.yaml');
    assert.ok(a.ok && b.ok);
    assert.deepEqual(a.files, b.files);
    const after = { ...SMALL_CASE, ...Object.fromEntries(a.files.map((f) => [f.path, f.text])) };
    const again = planImport('/c/warrant.yaml', memoryReader(after), [req()], '/c/ev.yaml');
    assert.ok(again.ok);
    assert.deepEqual(again.files, []);
    assert.equal(again.items[0]!.action, 'unchanged');
  });

  it('re-import of a newer log: the changes, and the claims resting on it marked for review', () => {
    const first = planImport('/c/warrant.yaml', memoryReader(SMALL_CASE), [req()], '/c/ev.yaml');
    assert.ok(first.ok);
    const after = { ...SMALL_CASE, ...Object.fromEntries(first.files.map((f) => [f.path, f.text])) };
    const newer = securityGuideRun({
      artefact: { ...run.artefact, sha256: 'a'.repeat(64) },
      model: { requested: 'openai/gpt-4o-mini', reported: ['gpt-4o-mini-2025-01-31'] },
      times: { completed: '2025-06-02T10:00:00Z' },
      samples: { total: 16, completed: 16 },
      scores: [
        {
          name: 'model_graded_fact',
          scorer: 'model_graded_fact',
          metrics: [
            { name: 'accuracy', value: 0.75 },
            { name: 'stderr', value: 0.11 },
          ],
        },
      ],
    });
    const plan = planImport('/c/warrant.yaml', memoryReader(after), [req({ run: newer, options: {} })], undefined);
    assert.ok(plan.ok, JSON.stringify(plan));
    const p = plan.items[0]!;
    assert.equal(p.action, 'updated');
    assert.deepEqual(
      p.changes.filter((c) => c.material).map((c) => `${c.what}: ${c.from} -> ${c.to}`),
      [
        'snapshot (measured.build): gpt-4o-mini-2024-07-18 -> gpt-4o-mini-2025-01-31',
        'result value: 0.6 -> 0.75',
        'result interval: [0.404004, 0.795996] -> [0.534404, 0.965596]',
        'sample size: 3 -> 16',
        'samples total: 3 -> 16',
        'samples completed: 3 -> 16',
        'accuracy (model_graded_fact): 0.6 -> 0.75',
        'stderr (model_graded_fact): 0.1 -> 0.11',
      ],
    );
    assert.deepEqual(
      p.changes.filter((c) => !c.material).map((c) => c.what),
      ['artefact sha256', 'date'],
    );
    assert.deepEqual(p.review?.claims, ['G2', 'G1']);
    assert.equal(p.review?.since, '2025-06-02');
    // Only the evidence file changes; the item is updated in place, polarity and producer kept.
    assert.deepEqual(
      plan.files.map((f) => f.path),
      ['/c/ev.yaml'],
    );
    const item = parse(plan.files[0]!.text).evidence['ev-sg'];
    assert.equal(item.polarity, 'supports');
    assert.equal(item.produced_by, 'Evals team');
    assert.deepEqual(item.review.claims, ['G2', 'G1']);
  });

  it('warns when the re-imported log is older than the one the item records', () => {
    const first = planImport('/c/warrant.yaml', memoryReader(SMALL_CASE), [req()], '/c/ev.yaml');
    assert.ok(first.ok);
    const after = { ...SMALL_CASE, ...Object.fromEntries(first.files.map((f) => [f.path, f.text])) };
    const older = securityGuideRun({ times: { completed: '2024-01-02T00:00:00Z' } });
    const plan = planImport('/c/warrant.yaml', memoryReader(after), [req({ run: older, options: {} })], undefined);
    assert.ok(plan.ok);
    assert.match(plan.items[0]!.warnings.join('\n'), /dated 2024-01-02, earlier than the 2025-05-12 the item records/);
  });

  it('all or nothing: one bad request and no file is planned', () => {
    const bad = planImport(
      '/c/warrant.yaml',
      memoryReader(SMALL_CASE),
      [req(), req({ id: 'ev-2', log: '/c/b.json', options: { producedBy: 'x' } })],
      '/c/ev.yaml',
    );
    assert.equal(bad.ok, false);
    assert.match(
      (bad as { errors: string[] }).errors.join('\n'),
      /\/c\/b\.json: say which way the result points with --polarity/,
    );
  });

  it('refuses ids that clash, a new item without --into, and a case that does not load', () => {
    const clash = planImport('/c/warrant.yaml', memoryReader(SMALL_CASE), [req({ id: 'G1' })], '/c/ev.yaml');
    assert.match((clash as { errors: string[] }).errors[0]!, /already used by an argument node/);
    const twice = planImport(
      '/c/warrant.yaml',
      memoryReader(SMALL_CASE),
      [req(), req({ log: '/c/x.json' })],
      '/c/ev.yaml',
    );
    assert.match((twice as { errors: string[] }).errors[0]!, /also given to/);
    const noInto = planImport('/c/warrant.yaml', memoryReader(SMALL_CASE), [req()], undefined);
    assert.match((noInto as { errors: string[] }).errors[0]!, /--into/);
    const broken = planImport(
      '/c/warrant.yaml',
      memoryReader({ '/c/warrant.yaml': 'warrant: 1\n' }),
      [req()],
      '/c/ev.yaml',
    );
    assert.equal(broken.ok, false);
    assert.match((broken as { errors: string[] }).errors[0]!, /does not load/);
  });
});
