// examples/flawed/*: each case has planted weaknesses listed in expected.yaml
// beside it. Every planted weakness listed as found must be found, and nothing
// else may fire; the weaknesses listed as missed are measured, not run
// (docs/rules/README.md, "Recall on the flawed corpus").
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readFlawedCorpus } from '../scripts/flawed-corpus.js';
import { checkCase } from '../src/check/check-case.js';
import { runRules } from '../src/check/rules/engine.js';
import { RULES } from '../src/check/rules/index.js';
import { parseExpected } from '../src/check/rules/recall.js';
import { loadCase } from '../src/format/load-case.js';
import { buildGraph } from '../src/model/graph.js';
import { createFsReader } from '../src/node/fs-reader.js';

const root = 'examples/flawed';
const corpus = readFlawedCorpus(root);

describe('flawed example cases', () => {
  it('there are flawed cases and clean twins to test', () => {
    assert.ok(corpus.some((c) => !c.clean));
    assert.ok(corpus.some((c) => c.clean));
  });
  for (const expected of corpus) {
    it(`${expected.name}: finds every planted weakness and nothing else`, () => {
      const r = loadCase(path.join(root, expected.name, 'warrant.yaml'), createFsReader(process.cwd()));
      assert.deepEqual(
        r.diagnostics.map((d) => `${d.code} ${d.message}`),
        [],
      );
      const c = r.case!;
      assert.deepEqual(
        checkCase(c).map((d) => `${d.code} ${d.message}`),
        [],
        'flawed cases are structurally valid: their flaws are argument flaws',
      );
      const run = runRules({ case: c, graph: buildGraph(c), asOf: expected.asOf, rules: RULES });
      const got = run.findings.map((f) => `${f.code} @ ${f.target}`).sort();
      const want = expected.findings.map((f) => `${f.rule} @ ${f.target}`).sort();
      assert.deepEqual([...new Set(got)], [...new Set(want)]);
    });
  }
});

describe('expected.yaml form', () => {
  it('reads found, incidental and missed weaknesses and clean twins', () => {
    const e = parseExpected('x', {
      as_of: new Date('2026-11-26'),
      findings: [
        { rule: 'a/b', target: 'G1', why: 'planted' },
        { rule: 'a/c', target: 'G2', planted: false },
      ],
      missed: [{ family: 'paper-safety', weakness: 'W.', why: 'No rule reads it.' }],
    });
    assert.equal(e.asOf, '2026-11-26');
    assert.deepEqual(
      e.findings.map((f) => f.planted),
      [true, false],
    );
    assert.equal(e.missed[0]?.family, 'paper-safety');
    assert.equal(e.clean, false);
  });
  it('rejects a clean twin with a planted finding, a missed weakness without a family, and a bad field', () => {
    assert.throws(
      () => parseExpected('x', { as_of: '2026-01-01', clean: true, findings: [{ rule: 'a/b', target: 'G' }] }),
      /clean twin plants nothing/,
    );
    assert.throws(
      () => parseExpected('x', { as_of: '2026-01-01', missed: [{ weakness: 'W', why: 'Y' }] }),
      /missed\[0\]\.family/,
    );
    assert.throws(
      () => parseExpected('x', { as_of: '2026-01-01', findings: [{ rule: 'a/b' }] }),
      /findings\[0\]\.target/,
    );
  });
});
