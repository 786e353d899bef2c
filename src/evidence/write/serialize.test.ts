// What Warrant writes must read back as the same value through the loader's
// YAML parser (js-yaml, core schema), whatever the strings hold.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { stringifyBlock } from './serialize.js';
import { setEvidenceItem } from './yaml-edit.js';

const tricky = fc.constantFrom(
  '',
  ' ',
  'null',
  '~',
  'true',
  'False',
  'yes',
  'no',
  'on',
  '0',
  '08',
  '0x1F',
  '0o17',
  '1e3',
  '1_000',
  '.inf',
  '-.Inf',
  '.nan',
  '2025-05-12',
  '12:30',
  '- a',
  'a: b',
  '#x',
  'x #y',
  '"q"',
  "'q'",
  '[a]',
  '{a: 1}',
  '|',
  '>',
  '&a',
  '*a',
  '!tag',
  '%x',
  '@x',
  '`x',
  'a\nb',
  ' lead',
  'trail ',
  'tab\tin',
  'é ü 漢字',
  '\u2028',
  'C:\\path',
);
const str = fc.oneof(
  tricky,
  fc.string(),
  fc
    .string({ unit: 'binary' })
    .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufeff\ufffe\uffff]/g, '')),
);
const num = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
);
const scalar = fc.oneof(str, num, fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(
      fc.string({ minLength: 1 }).filter((k) => k !== '__proto__'),
      tie('v'),
      { maxKeys: 4 },
    ),
  ),
})).v;

/** Plain objects and arrays, so prototypes do not matter to the comparison. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

it("stringifyBlock output reads back as the same value with the loader's parser", () => {
  fc.assert(
    fc.property(
      fc.dictionary(
        fc.string({ minLength: 1 }).filter((k) => k !== '__proto__'),
        value,
        { minKeys: 1, maxKeys: 5 },
      ),
      (v) => {
        const text = stringifyBlock({ item: v }, 2);
        assert.deepEqual(
          plain(yaml.load(`evidence:\n${text}`, { schema: yaml.CORE_SCHEMA })),
          plain({ evidence: { item: v } }),
        );
      },
    ),
    { numRuns: 300 },
  );
});

it('setEvidenceItem keeps the rest of the file and reads back as the item', () => {
  const base = '# head\nmodule:\n  id: m\nevidence:\n  ev-a:\n    title: A   # keep\n';
  fc.assert(
    fc.property(
      fc.dictionary(
        fc.string({ minLength: 1 }).filter((k) => k !== '__proto__'),
        value,
        { minKeys: 1, maxKeys: 5 },
      ),
      (item) => {
        const out = setEvidenceItem(base, 'm.yaml', 'ev-b', item);
        assert.ok(out.startsWith(base));
        assert.deepEqual(
          plain((yaml.load(out, { schema: yaml.CORE_SCHEMA }) as { evidence: Record<string, unknown> }).evidence),
          plain({ 'ev-a': { title: 'A' }, 'ev-b': item }),
        );
        const again = setEvidenceItem(out, 'm.yaml', 'ev-b', item);
        assert.equal(again, out, 'setting the same item again changes nothing');
      },
    ),
    { numRuns: 200 },
  );
});

it('updating an item field by field gives exactly the new item and leaves its neighbours alone', () => {
  const base = '# head\nmodule:\n  id: m\nevidence:\n  ev-a:\n    title: A   # keep\n';
  const item = fc.dictionary(
    fc.constantFrom('title', 'kind', 'measured', 'date', 'result', 'polarity', 'notes', 'review', 'provenance'),
    value,
    { minKeys: 1, maxKeys: 6 },
  );
  fc.assert(
    fc.property(item, item, (first, second) => {
      const one = setEvidenceItem(base, 'm.yaml', 'ev-b', first);
      const two = setEvidenceItem(`${one}  ev-c:\n    title: C\n`, 'm.yaml', 'ev-b', second);
      assert.ok(two.startsWith(base));
      assert.ok(two.endsWith('  ev-c:\n    title: C\n'));
      assert.deepEqual(
        plain((yaml.load(two, { schema: yaml.CORE_SCHEMA }) as { evidence: Record<string, unknown> }).evidence),
        plain({ 'ev-a': { title: 'A' }, 'ev-b': second, 'ev-c': { title: 'C' } }),
      );
    }),
    { numRuns: 300 },
  );
});
