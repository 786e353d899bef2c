// Property tests: random gsn2x documents, including YAML-hostile text, survive
// import -> load -> export with the same meaning.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { loadCase } from '../load-case.js';
import { exportGsn2x } from './export.js';
import { importGsn2x } from './import.js';
import { filesReader } from './memory.js';
import { GSN2X_TYPES, type Gsn2xType, typeFromPrefix } from './node-types.js';
import type { Gsn2xFile } from './read-modules.js';
import { semanticGsn2x } from './semantic.js';

const RUNS = 500;

/** Characters YAML gives meaning to, line breaks, and a few non-ASCII ones. */
const hostileUnit = fc.constantFrom(
  ':',
  '#',
  '"',
  "'",
  '\n',
  ' ',
  '-',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\t',
  ',',
  '?',
  '\\',
  '\r\n',
  'a',
  'Z',
  '0',
  'é',
  '\u2028',
  '\u0085',
  '🦀',
  '->',
);
const hostile = fc.oneof(
  fc.string({ unit: hostileUnit, maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'null',
    'true',
    'no',
    '~',
    '1.0',
    '0x1F',
    '2026-11-26',
    '- item',
    'key: value',
    '# not a comment',
    '|',
    '>-',
    '',
  ),
);

const suffix = fc.stringMatching(/^[A-Za-z0-9_.-]{0,5}$/);
/** A prefixed id (typed by its prefix), or an unprefixed one that needs a nodeType. */
const idArb = fc.oneof(
  fc.tuple(fc.constantFrom('G', 'S', 'Sn', 'C', 'A', 'J', 'CG', 'CSn'), suffix).map(([p, s]) => p + s),
  suffix.map((s) => `x${s}`),
);

const acpName = fc.stringMatching(/^ACP[0-9]{1,2}$/);
const horizontalIndex = fc.oneof(
  fc.record({ relative: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ absolute: fc.oneof(fc.nat(5), fc.constant('last')) }),
);
const classes = fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { maxLength: 3 });
const textArb = fc.oneof(hostile, fc.integer());

function elementArb(id: string, ids: string[]): fc.Arbitrary<Record<string, unknown> | null> {
  const ref = fc.constantFrom(...ids);
  const refs = fc.oneof(ref, fc.array(ref, { maxLength: 3 }));
  const relation = fc
    .tuple(ref, ref, fc.constantFrom('->', ' -> ', '-> ', ' ->'))
    .map(([a, b, arrow]) => `${a}${arrow}${b}`);
  const challenge = fc.oneof(ref, relation);
  const needsType = typeFromPrefix(id) === undefined;
  const fields = fc.record(
    {
      text: textArb,
      nodeType: fc.constantFrom(...GSN2X_TYPES),
      supportedBy: refs,
      inContextOf: refs,
      challenges: fc.oneof(challenge, fc.array(challenge, { minLength: 1, maxLength: 2 })),
      undeveloped: fc.boolean(),
      defeated: fc.boolean(),
      defeatedRelation: refs,
      url: hostile,
      acp: fc.dictionary(acpName, fc.oneof(ref, fc.array(ref, { minLength: 1, maxLength: 2 })), { maxKeys: 2 }),
      horizontalIndex,
      rankIncrement: fc.nat(3),
      charWrap: fc.integer({ min: 5, max: 80 }),
      classes,
      layer1: hostile,
      level: hostile,
      // gsn2x keeps unknown attributes as layers; these names mean something elsewhere.
      kind: hostile,
      status: hostile,
      constructor: hostile,
      module: hostile,
    },
    { requiredKeys: needsType ? ['nodeType'] : [] },
  );
  // Only counter elements may challenge (X07 otherwise, an error): drop `challenges` from the others.
  const typed = fields.map((f) => {
    const type = (f.nodeType as Gsn2xType | undefined) ?? typeFromPrefix(id);
    if (type === 'CounterGoal' || type === 'CounterSolution' || !('challenges' in f)) return f;
    const { challenges: _, ...rest } = f;
    return rest;
  });
  return needsType ? typed : fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: typed });
}

const documentArb = (ids: string[]) =>
  fc.tuple(...ids.map((id) => elementArb(id, ids))).map((els) => Object.fromEntries(ids.map((id, i) => [id, els[i]])));

const headerArb = fc.option(
  fc.record(
    { name: fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/), hostile), brief: hostile },
    { requiredKeys: ['name'] },
  ),
  { nil: undefined },
);

const idsArb = fc.uniqueArray(idArb, { minLength: 1, maxLength: 8 });

function check(sources: Gsn2xFile[], given: Gsn2xFile[] = sources): void {
  const imported = importGsn2x(given, { read: filesReader(sources).read });
  assert.deepEqual(
    imported.diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  const loaded = loadCase('warrant.yaml', filesReader(imported.files));
  assert.deepEqual(loaded.diagnostics, []);
  assert.ok(loaded.case);
  const exported = exportGsn2x(loaded.case);
  const a = semanticGsn2x(sources);
  const b = semanticGsn2x(exported);
  assert.deepEqual(b.elements, a.elements);
  assert.deepEqual(b.modules, a.modules);
}

test('property: a random gsn2x document round-trips', () => {
  fc.assert(
    fc.property(
      idsArb.chain((ids) => fc.tuple(documentArb(ids), headerArb)),
      ([doc, header]) => {
        const text = yaml.dump(header ? { module: header, ...doc } : doc);
        check([{ path: 'random.gsn.yaml', text }]);
      },
    ),
    { numRuns: RUNS },
  );
});

test('property: random modules used from an index round-trip', () => {
  fc.assert(
    fc.property(
      fc
        .uniqueArray(idArb, { minLength: 3, maxLength: 12 })
        .chain((ids) =>
          fc.tuple(
            documentArb(ids),
            fc.integer({ min: 1, max: ids.length - 1 }),
            fc.integer({ min: 1, max: ids.length - 1 }),
            hostile,
          ),
        ),
      ([doc, cut1, cut2, brief]) => {
        const ids = Object.keys(doc);
        const [lo, hi] = cut1 <= cut2 ? [cut1, cut2] : [cut2, cut1];
        const part = (from: number, to: number) => Object.fromEntries(ids.slice(from, to).map((id) => [id, doc[id]]));
        const sources = [
          {
            path: 'index.gsn.yaml',
            text: yaml.dump({
              module: { name: 'Main', brief, uses: ['a.gsn.yaml', 'sub/b.gsn.yaml'] },
              ...part(0, lo),
            }),
          },
          { path: 'a.gsn.yaml', text: yaml.dump({ module: { name: 'PartA' }, ...part(lo, hi) }) },
          { path: 'sub/b.gsn.yaml', text: yaml.dump({ module: { name: 'PartB' }, ...part(hi, ids.length) }) },
        ];
        check(sources, [sources[0] as Gsn2xFile]);
      },
    ),
    { numRuns: Math.ceil(RUNS / 3) },
  );
});

test('property: import output is deterministic', () => {
  fc.assert(
    fc.property(idsArb.chain(documentArb), (doc) => {
      const files = [{ path: 'd.gsn.yaml', text: yaml.dump(doc) }];
      const a = importGsn2x(files);
      const b = importGsn2x(files);
      assert.deepEqual(a, b);
    }),
    { numRuns: 100 },
  );
});
