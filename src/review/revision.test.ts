import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sha256Hex } from '../record/digest.js';
import { buildRevision, type RevisionInput, revisionId } from './revision.js';

const pathArb = fc
  .array(fc.stringMatching(/^[a-z0-9_-]{1,8}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => `${parts.join('/')}.yaml`);

const inputArb: fc.Arbitrary<RevisionInput> = fc
  .record({
    files: fc.uniqueArray(fc.record({ path: pathArb, text: fc.string({ unit: 'grapheme', maxLength: 40 }) }), {
      minLength: 1,
      maxLength: 6,
      selector: (f) => f.path,
    }),
    evidence: fc.uniqueArray(
      fc.record({
        item: fc.stringMatching(/^E[0-9]{1,2}$/),
        uri: fc.stringMatching(/^logs\/[a-z]{1,5}\.json$/),
        sha256: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: null }),
      }),
      { maxLength: 4, selector: (e) => e.item },
    ),
    commit: fc.option(fc.stringMatching(/^[0-9a-f]{40}$/), { nil: null }),
  })
  .map((r) => ({ caseId: 'case', root: r.files[0]!.path, ...r }));

function id(input: RevisionInput): string {
  const r = buildRevision(input);
  assert.ok(r.ok, !r.ok ? r.message : '');
  return r.value.id;
}

describe('revisions', () => {
  it('names a snapshot by its canonical digest, with file hashes filled in and files in path order', () => {
    const r = buildRevision({
      caseId: 'c',
      root: 'case.yaml',
      files: [
        { path: 'modules/b.yaml', text: 'b' },
        { path: 'case.yaml', text: 'a' },
      ],
      evidence: [{ item: 'E1', uri: 'logs/run.eval', sha256: null }],
      commit: null,
    });
    assert.ok(r.ok);
    assert.deepEqual(
      r.value.snapshot.files.map((f) => [f.path, f.sha256]),
      [
        ['case.yaml', sha256Hex('a')],
        ['modules/b.yaml', sha256Hex('b')],
      ],
    );
    assert.equal(r.value.id, revisionId(r.value.snapshot));
    assert.match(r.value.id, /^[0-9a-f]{64}$/);
  });

  it('does not depend on the order the files and the manifest were given in', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, seed) => {
        const shuffled = {
          ...input,
          files: rotate(input.files, seed),
          evidence: rotate(input.evidence, seed).reverse(),
        };
        assert.equal(id(shuffled), id(input));
      }),
    );
  });

  it('changes when any byte of any file, any hash, the commit or the case changes', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.string({ minLength: 1, maxLength: 3 }), (input, k, extra) => {
        const i = k % input.files.length;
        const edited = input.files.map((f, j) => (j === i ? { ...f, text: f.text + extra } : f));
        assert.notEqual(id({ ...input, files: edited }), id(input));
      }),
    );
    fc.assert(
      fc.property(inputArb, (input) => {
        const base = id(input);
        assert.notEqual(id({ ...input, commit: input.commit === null ? 'f'.repeat(40) : null }), base);
        assert.notEqual(id({ ...input, caseId: 'other' }), base);
        const entry = { item: 'E999', uri: 'x', sha256: null };
        assert.notEqual(id({ ...input, evidence: [...input.evidence, entry] }), base);
      }),
    );
  });

  it('refuses a snapshot it cannot name: wrong hash, duplicate path, missing root, paths outside the case', () => {
    const ok: RevisionInput = {
      caseId: 'c',
      root: 'a.yaml',
      files: [{ path: 'a.yaml', text: 'x' }],
      evidence: [],
      commit: null,
    };
    const code = (input: RevisionInput) => {
      const r = buildRevision(input);
      return r.ok ? 'ok' : r.code;
    };
    assert.equal(code(ok), 'ok');
    assert.equal(code({ ...ok, files: [{ path: 'a.yaml', text: 'x', sha256: sha256Hex('x') }] }), 'ok');
    assert.equal(code({ ...ok, files: [{ path: 'a.yaml', text: 'x', sha256: sha256Hex('y') }] }), 'hash-mismatch');
    assert.equal(code({ ...ok, files: [...ok.files, ...ok.files] }), 'duplicate-path');
    assert.equal(code({ ...ok, root: 'b.yaml' }), 'missing-root');
    const entry = { item: 'E1', uri: 'a.json', sha256: null };
    assert.equal(code({ ...ok, evidence: [entry, { ...entry, uri: 'b.json' }] }), 'duplicate-item');
    for (const path of ['/etc/passwd', '../x.yaml', 'a/./b.yaml', 'a//b.yaml', 'a\\b.yaml', 'C:/x.yaml']) {
      assert.equal(code({ ...ok, files: [...ok.files, { path, text: '' }] }), 'bad-path', path);
    }
  });
});

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
