// Fuzzing the importer: random, truncated and mutated text never makes it
// throw. It reports diagnostics, and whatever files it does produce load
// without loader diagnostics.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { loadCase } from '../load-case.js';
import { type ImportResult, importGsn2x } from './import.js';
import { filesReader } from './memory.js';

const DIR = fileURLToPath(new URL('../../../test/fixtures/gsn2x/', import.meta.url));
// The vendored gsn2x corpus seeds the mutations; it is part of the repository.
const CORPUS = fs
  .readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.gsn.yaml'))
  .sort()
  .map((f) => fs.readFileSync(DIR + f, 'utf8'));

function assertSound(r: ImportResult): void {
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    assert.deepEqual(r.files, [], 'no output after an error');
    for (const d of r.diagnostics) {
      assert.match(d.code, /^[LX]\d\d$/);
      assert.ok(d.line >= 1 && d.col >= 1, 'diagnostics are located');
      assert.ok(d.message && d.hint, 'diagnostics say what and how to fix');
    }
    return;
  }
  assert.ok(r.files.length >= 1);
  const loaded = loadCase(r.files[0]?.path ?? 'warrant.yaml', filesReader(r.files));
  assert.deepEqual(loaded.diagnostics, [], 'produced files load cleanly');
}

const run = (text: string, uses?: string) =>
  importGsn2x(
    [{ path: 'fuzz.gsn.yaml', text }],
    uses === undefined ? {} : { read: filesReader([{ path: 'used.gsn.yaml', text: uses }]).read },
  );

test('fuzz: arbitrary text', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) =>
      assertSound(run(text)),
    ),
    { numRuns: 500 },
  );
});

test('fuzz: corpus files truncated anywhere', () => {
  for (const text of CORPUS) for (let i = 0; i <= text.length; i++) assertSound(run(text.slice(0, i)));
});

test('fuzz: corpus files with random edits', () => {
  const edit = fc.tuple(
    fc.nat(),
    fc.nat(8),
    fc.string({
      unit: fc.constantFrom(
        ':',
        '#',
        '-',
        ' ',
        '\n',
        '[',
        ']',
        '{',
        '}',
        '"',
        "'",
        '&',
        '*',
        'G',
        'x',
        '->',
        '  ',
        '\t',
      ),
      maxLength: 4,
    }),
  );
  fc.assert(
    fc.property(fc.constantFrom(...CORPUS), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
      let t = text;
      for (const [at, del, ins] of edits) {
        const i = at % (t.length + 1);
        t = t.slice(0, i) + ins + t.slice(i + del);
      }
      assertSound(run(t));
    }),
    { numRuns: 1000 },
  );
});

test('fuzz: well-formed YAML of any shape, as a document, an element or a module header', () => {
  const idish = fc.oneof(
    fc.constantFrom('G1', 'S1', 'Sn1', 'C1', 'CG1', 'CSn1', 'module', 'X', '1', 'G 1', '__proto__'),
    fc.string({ maxLength: 6 }),
  );
  const fields = fc.dictionary(
    fc.oneof(
      fc.constantFrom(
        'text',
        'supportedBy',
        'inContextOf',
        'challenges',
        'undeveloped',
        'defeated',
        'defeatedRelation',
        'acp',
        'url',
        'nodeType',
        'horizontalIndex',
      ),
      fc.string({ maxLength: 5 }),
    ),
    fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('Goal', 'CounterSolution', 'G1 -> S1', '->', ' -> G1', 'G1,S1'),
    ),
    { maxKeys: 5 },
  );
  const header = fc.dictionary(
    fc.constantFrom('name', 'brief', 'uses', 'extends', 'stylesheets'),
    fc.jsonValue({ maxDepth: 3 }),
    { maxKeys: 4 },
  );
  const doc = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(idish, fc.oneof(fields, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 6 }),
    fc.tuple(header, fc.dictionary(idish, fields, { maxKeys: 4 })).map(([module, rest]) => ({ ...rest, module })),
  );
  fc.assert(
    fc.property(doc, fc.option(doc, { nil: undefined }), (d, used) => {
      const usedText = used === undefined ? undefined : yaml.dump(used);
      assertSound(run(yaml.dump(d), usedText));
    }),
    { numRuns: 1000 },
  );
});

test('fuzz: uses that point at missing files, at themselves and at broken files', () => {
  assertSound(run('module: {name: M, uses: [missing.gsn.yaml]}\n'));
  assertSound(run('module: {name: M, uses: [fuzz.gsn.yaml]}\nG1: {text: g, undeveloped: true}\n'));
  assertSound(run('module: {name: M, uses: [used.gsn.yaml]}\n', 'G1: [\n'));
  assertSound(run('module: {name: M, uses: [used.gsn.yaml]}\n', 'module: {name: M}\n'));
  assertSound(
    run(
      'module: {name: M, uses: [used.gsn.yaml, used.gsn.yaml, ./used.gsn.yaml]}\nG1: {text: g, supportedBy: Sn1}\n',
      'Sn1: {text: s}\n',
    ),
  );
});
