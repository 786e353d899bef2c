// Fuzzing: whatever bytes a case file holds, loading and checking it (the
// structural checks and the rules) yields a case or diagnostics with
// positions, never an exception or a hang.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { runCheck } from '../src/check/run-check.js';
import { loadCase } from '../src/format/load-case.js';
import { memoryReader } from '../src/format/memory-reader.js';
import { validCase } from './arbitrary-case.js';
import { dumpDoc, keyMutation, type Mutation, PROTO_NAMES, parseDoc } from './support/key-renames.js';

function survive(text: string, extra: Record<string, string> = {}) {
  const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': text, ...extra }));
  // The structural checks and every rule must cope with whatever loaded.
  const ds = [...r.diagnostics, ...(r.case ? runCheck(r.case, { asOf: '2026-11-26' }).diagnostics : [])];
  for (const d of ds) {
    assert.ok(Number.isInteger(d.line) && d.line >= 1, `bad line in ${d.code}`);
    assert.ok(Number.isInteger(d.col) && d.col >= 1, `bad column in ${d.code}`);
    assert.ok(d.message.length > 0 && d.hint !== undefined, `${d.code} without message or hint`);
    // A message or hint looked up on a plain object by a key from the case could be a function.
    assert.ok(typeof d.message === 'string' && typeof d.hint === 'string', `${d.code}: message or hint not text`);
  }
  if (!r.case) assert.ok(ds.length > 0, 'no case and no diagnostic');
  return ds;
}

const example = fs.existsSync('examples/minimal/warrant.yaml')
  ? fs.readFileSync('examples/minimal/warrant.yaml', 'utf8')
  : yaml.dump(fc.sample(validCase, { seed: 7, numRuns: 1 })[0]);

/** Load and check valid cases (random ones and the example) after one to three key mutations with `names`. */
function renamedKeys(names: fc.Arbitrary<string>, numRuns: number): void {
  const docs = fc.oneof(validCase as fc.Arbitrary<unknown>, fc.constant(parseDoc(example)));
  const mutations = fc.array(keyMutation(names), { minLength: 1, maxLength: 3 });
  fc.assert(
    fc.property(docs, mutations, (doc, ms: Mutation[]) => {
      survive(dumpDoc(ms.reduce((d, m) => m.apply(d), doc)));
    }),
    { numRuns },
  );
}

describe('fuzzing the loader', { timeout: 120_000 }, () => {
  it('arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => void survive(s)),
      { numRuns: 500 },
    );
  });

  it('arbitrary YAML-ish text built from YAML punctuation', () => {
    const token = fc.constantFrom(
      'a',
      'G1',
      ':',
      ' ',
      '  ',
      '\n',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '&x ',
      '*x',
      '"',
      "'",
      '#',
      '|',
      '>',
      '?',
      '!!str ',
      'kind',
      'claim',
      'argument',
      'warrant: 1',
      '\t',
      '---',
      '...',
      '%YAML 1.2',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), (ts) => void survive(ts.join(''))),
      { numRuns: 1000 },
    );
  });

  it('every truncation of a real case', () => {
    for (let i = 0; i <= example.length; i += Math.max(1, Math.floor(example.length / 400)))
      survive(example.slice(0, i));
  });

  it('random byte flips in a real case', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 127 })), { minLength: 1, maxLength: 8 }),
        (flips) => {
          const chars = [...example];
          for (const [at, c] of flips) chars[at % chars.length] = String.fromCharCode(c);
          survive(chars.join(''));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('random valid cases with random values swapped in', () => {
    const junk = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string(),
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(validCase, fc.nat(), fc.string({ minLength: 1, maxLength: 12 }), junk, (doc, k, field, value) => {
        const ids = Object.keys(doc.argument);
        (doc.argument[ids[k % ids.length]!] as Record<string, unknown>)[field] = value;
        survive(yaml.dump(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('the rules cope with random valid cases, with and without a decision and a context', () => {
    const extras = fc.record({
      decision: fc.option(
        fc.record({
          outcome: fc.constantFrom('approve', 'approve-with-conditions', 'reject', 'defer'),
          date: fc.constantFrom('2026-01-01', '2026-12-31'),
          makers: fc.constant([{ name: 'A. Maker', role: 'CEO' }]),
          residual_risk: fc.constant('Some.'),
        }),
        { nil: undefined },
      ),
      context: fc.option(
        fc.constant({
          model: { id: 'm', build: 'b1' },
          deployment_channel: 'API',
          user_population: { description: 'Developers' },
          tools: ['browser'],
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(validCase, extras, (doc, x) => {
        const ds = survive(
          yaml.dump({
            ...doc,
            ...(x.decision ? { decision: x.decision } : {}),
            ...(x.context ? { context: x.context } : {}),
          }),
        );
        for (const d of ds) if (d.code.includes('/')) assert.ok(d.target, `${d.code} has a target`);
      }),
      { numRuns: 150 },
    );
  });

  it('random keys renamed or added, at any level, with the names of Object.prototype members', () => {
    renamedKeys(fc.constantFrom(...PROTO_NAMES), 300);
  });

  it('random keys renamed or added, at any level, with random names', () => {
    renamedKeys(fc.string({ minLength: 1, maxLength: 12 }), 300);
  });

  it('deep nesting does not overflow', () => {
    survive(`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    survive(`a:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}- x`).join('\n')}`);
  });
});
