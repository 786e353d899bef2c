// The real gsn2x corpus (test/fixtures/gsn2x), entangled.gsn.yaml and the
// modular examples included: each file imports, renders, and the drawing has
// no overlapping nodes, every node exactly once under its id, every link
// drawn, and is well-formed XML.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertWellFormed } from '../../test/support/render.js';
import { importGsn2x } from '../format/gsn2x/import.js';
import { filesReader } from '../format/gsn2x/memory.js';
import { loadCase } from '../format/load-case.js';
import { diagramFromCase } from './diagram.js';
import { layoutDiagram, overlaps } from './layout/tree.js';
import { renderSvg } from './svg/svg.js';
import { applyView } from './views.js';

const DIR = fileURLToPath(new URL('../../test/fixtures/gsn2x/', import.meta.url));
const ALL = fs
  .readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.gsn.yaml'))
  .map((f) => f.split('\\').join('/'))
  .sort();
const diskReader = (file: string) => {
  try {
    return { ok: true as const, text: fs.readFileSync(DIR + file, 'utf8') };
  } catch {
    return { ok: false as const, reason: 'missing' as const, detail: 'does not exist' };
  }
};

test('the corpus is there, entangled.gsn.yaml and the modular index included', () => {
  assert.ok(ALL.length >= 12);
  assert.ok(ALL.includes('entangled.gsn.yaml'));
  assert.ok(ALL.includes('modular/index.gsn.yaml'));
});

for (const file of ALL) {
  test(`renders cleanly: ${file}`, () => {
    const imported = importGsn2x([{ path: file, text: fs.readFileSync(DIR + file, 'utf8') }], { read: diskReader });
    assert.deepEqual(
      imported.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    const loaded = loadCase('warrant.yaml', filesReader(imported.files));
    assert.ok(loaded.case);
    const d = diagramFromCase(loaded.case);
    const l = layoutDiagram(d);
    const svg = renderSvg(l);
    assertWellFormed(svg);
    assert.deepEqual(overlaps(l), [], 'no overlapping nodes');
    for (const n of loaded.case.nodes.keys())
      assert.equal(svg.split(`<g id="${n}" `).length, 2, `${n} drawn exactly once`);
    for (const e of d.edges) {
      const drawn = l.edges.some(
        (x) => x.kind === e.kind && x.from === e.from && x.to === e.to && x.points.length >= 2,
      );
      assert.ok(drawn, `${e.kind} ${e.from} -> ${e.to} drawn`);
      assert.ok(svg.includes(`data-from="${e.from}" data-to="${e.to}"`), `${e.from} -> ${e.to} in the SVG`);
    }
    // Every module of a modular case renders on its own, with away nodes for the others.
    if (d.modules.length > 1) {
      for (const m of d.modules) {
        const v = layoutDiagram(applyView(d, { kind: 'module', module: m }));
        assert.deepEqual(overlaps(v), []);
        assertWellFormed(renderSvg(v));
      }
    }
  });
}
