// The output suite's argument must be what it claims: exactly the asked number
// of nodes, the same text every time, and an import whose only findings are
// the S28 warnings on its solutions (so the suite times printing findings, not
// a broken import).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCheck } from '../src/check/run-check.js';
import { importGsn2x } from '../src/format/gsn2x/import.js';
import { loadCase } from '../src/format/load-case.js';
import { memoryReader } from '../src/format/memory-reader.js';
import { generateGsn2x, MIN_GSN2X_NODES } from './generate-gsn2x.js';

describe('generateGsn2x', () => {
  it('has exactly the nodes asked for, at every small size', () => {
    for (let n = MIN_GSN2X_NODES; n < 60; n++) assert.equal(generateGsn2x(n).stats.nodes, n);
    assert.throws(() => generateGsn2x(1), /at least 2 nodes/);
  });

  it('is deterministic, and two nodes in seven are solutions', () => {
    const a = generateGsn2x(10_000);
    assert.equal(a.text, generateGsn2x(10_000).text);
    assert.equal(a.stats.nodes, 10_000);
    assert.equal(a.stats.solutions, 2857);
    assert.equal((a.text.match(/^[A-Za-z]+\d+:$/gm) ?? []).length, 10_000);
  });

  it('imports, and the case checks with one S28 warning per solution and no structural error', () => {
    const g = generateGsn2x(300);
    const imported = importGsn2x([{ path: 'argument.gsn.yaml', text: g.text }]);
    assert.deepEqual(imported.diagnostics, []);
    const loaded = loadCase('warrant.yaml', memoryReader(new Map(imported.files.map((f) => [f.path, f.text]))));
    assert.deepEqual(loaded.diagnostics, []);
    assert.ok(loaded.case);
    const structural = runCheck(loaded.case, { asOf: '2026-04-28', rules: [] }).diagnostics;
    assert.equal(structural.length, g.stats.solutions);
    assert.ok(structural.every((d) => d.code === 'S28' && d.severity === 'warning'));
  });
});
