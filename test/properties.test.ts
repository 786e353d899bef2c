// Property tests: valid cases are clean, and each kind of damage yields its code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { checkCase } from '../src/check/check-case.js';
import { loadCase } from '../src/format/load-case.js';
import { memoryReader } from '../src/format/memory-reader.js';
import { type CaseDoc, validCase } from './arbitrary-case.js';

function check(files: Record<string, string>) {
  const r = loadCase('warrant.yaml', memoryReader(files));
  return [...r.diagnostics, ...(r.case ? checkCase(r.case) : [])];
}
const dump = (doc: unknown) => yaml.dump(doc, { lineWidth: -1 });
const one = (doc: CaseDoc) => check({ 'warrant.yaml': dump(doc) });
const codes = (ds: { code: string }[]) => new Set(ds.map((d) => d.code));

/** Ids of nodes that some other node refers to in supported_by. */
function supportedChildren(doc: CaseDoc): string[] {
  return Object.values(doc.argument).flatMap((n) => (n.supported_by as string[] | undefined) ?? []);
}

describe('properties of the structural checks', () => {
  it('random valid cases produce no diagnostics at all', () => {
    fc.assert(
      fc.property(validCase, (doc) => {
        assert.deepEqual(
          one(doc).map((d) => `${d.code} ${d.message}`),
          [],
        );
      }),
      { numRuns: 150 },
    );
  });

  it('removing a supporting node yields S07 (dangling reference)', () => {
    fc.assert(
      fc.property(
        validCase.filter((d) => supportedChildren(d).length > 0),
        fc.nat(),
        (doc, k) => {
          const kids = supportedChildren(doc);
          const victim = kids[k % kids.length]!;
          delete doc.argument[victim];
          assert.ok(codes(one(doc)).has('S07'));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('pointing a link at nothing yields S07 with the missing id', () => {
    fc.assert(
      fc.property(validCase, (doc) => {
        const top = doc.argument.N0!;
        top.supported_by = [...((top.supported_by as string[] | undefined) ?? []), 'NOPE'];
        delete top.undeveloped;
        const ds = one(doc).filter((d) => d.code === 'S07');
        assert.ok(ds.some((d) => d.message.includes('NOPE')));
      }),
      { numRuns: 100 },
    );
  });

  it('adding a cycle yields S11 with the cycle printed', () => {
    fc.assert(
      fc.property(
        validCase.filter((d) => supportedChildren(d).some((c) => d.argument[c]!.kind === 'claim')),
        fc.nat(),
        (doc, k) => {
          // A claim below the top supports the top: a cycle through the root.
          const below = supportedChildren(doc).filter((c) => doc.argument[c]!.kind === 'claim');
          const v = doc.argument[below[k % below.length]!]!;
          v.supported_by = [...((v.supported_by as string[] | undefined) ?? []), 'N0'];
          delete v.undeveloped;
          const ds = one(doc).filter((d) => d.code === 'S11');
          assert.ok(ds.length > 0);
          assert.ok(ds.some((d) => /N0 -> .* -> N0|-> N0/.test(d.message)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('duplicating an id in another module yields L11', () => {
    fc.assert(
      fc.property(validCase, fc.nat(), (doc, k) => {
        const ids = Object.keys(doc.argument);
        const dup = ids[k % ids.length]!;
        const files = {
          'warrant.yaml': dump({ ...doc, includes: ['other.yaml'] }),
          'other.yaml': dump({ module: { id: 'other' }, argument: { [dup]: { kind: 'assumption', text: 'Copy.' } } }),
        };
        assert.ok(codes(check(files)).has('L11'));
      }),
      { numRuns: 100 },
    );
  });

  it('loading is deterministic: the same files give the same diagnostics', () => {
    fc.assert(
      fc.property(validCase, fc.nat(), (doc, k) => {
        const ids = Object.keys(doc.argument);
        delete doc.argument[ids[k % ids.length]!];
        const text = dump(doc);
        assert.deepEqual(check({ 'warrant.yaml': text }), check({ 'warrant.yaml': text }));
      }),
      { numRuns: 50 },
    );
  });
});
