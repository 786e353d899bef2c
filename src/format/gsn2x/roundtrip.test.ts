// The real gsn2x corpus (test/fixtures/gsn2x, a copy of ../shared/fixtures/gsn2x): every file imports, loads
// cleanly, and exports back to the same argument.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { loadCase } from '../load-case.js';
import { exportGsn2x } from './export.js';
import { importGsn2x } from './import.js';
import { filesReader } from './memory.js';
import type { Gsn2xFile } from './read-modules.js';
import { semanticGsn2x } from './semantic.js';

const DIR = fileURLToPath(new URL('../../../test/fixtures/gsn2x/', import.meta.url));
const present = fs.existsSync(DIR);
// The corpus is vendored in the repository: a missing file is a failure, never a skip.
const skip = false;

const fixture = (p: string): Gsn2xFile => ({ path: p, text: fs.readFileSync(DIR + p, 'utf8') });
const diskReader = (file: string) => {
  try {
    return { ok: true as const, text: fs.readFileSync(DIR + file, 'utf8') };
  } catch {
    return { ok: false as const, reason: 'missing' as const, detail: 'does not exist' };
  }
};
const ALL = present
  ? fs
      .readdirSync(DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.gsn.yaml'))
      .map((f) => f.split('\\').join('/'))
      .sort()
  : [];

/** Import, load with the loader, export; return everything for the assertions. */
function roundTrip(paths: string[]) {
  const imported = importGsn2x(paths.map(fixture), { read: diskReader });
  assert.deepEqual(imported.diagnostics, [], `${paths.join(' + ')} imports without diagnostics`);
  const loaded = loadCase('warrant.yaml', filesReader(imported.files));
  assert.deepEqual(
    loaded.diagnostics.filter((d) => d.code.startsWith('L')),
    [],
    `${paths.join(' + ')} loads without L-codes`,
  );
  assert.ok(loaded.case);
  return { imported, loaded: loaded.case, exported: exportGsn2x(loaded.case) };
}

function assertSameArgument(source: Gsn2xFile[], exported: Gsn2xFile[]): void {
  const a = semanticGsn2x(source);
  const b = semanticGsn2x(exported);
  assert.deepEqual(b.elements, a.elements);
  assert.deepEqual(b.modules, a.modules);
}

test('the corpus is there', { skip }, () => {
  assert.ok(ALL.length >= 12, `found ${ALL.length} files`);
});

for (const file of ALL) {
  test(`round trip: ${file}`, { skip }, () => {
    const { imported, exported } = roundTrip([file]);
    // A file's uses come along (modular/index brings sub1 and sub3).
    const used = imported.files.length - 1;
    const sources = [fixture(file)];
    if (file === 'modular/index.gsn.yaml') {
      assert.equal(used, 2);
      sources.push(fixture('modular/sub1.gsn.yaml'), fixture('modular/sub3.gsn.yaml'));
    } else assert.equal(used, 0);
    assertSameArgument(sources, exported);
  });
}

test('modular/index brings sub1 and sub3 as modules and exports index, sub1, sub3', { skip }, () => {
  const { imported, loaded, exported } = roundTrip(['modular/index.gsn.yaml']);
  assert.deepEqual(
    imported.files.map((f) => f.path),
    ['warrant.yaml', 'sub1.warrant.yaml', 'sub3.warrant.yaml'],
  );
  assert.deepEqual([...loaded.modules.keys()], ['Main', 'Sub1', 'Sub3']);
  assert.equal(loaded.nodes.get('G3')?.module, 'Sub1');
  assert.deepEqual(
    exported.map((f) => f.path),
    ['index.gsn.yaml', 'sub1.gsn.yaml', 'sub3.gsn.yaml'],
  );
  assert.deepEqual((yaml.load(exported[0]?.text ?? '') as { module: unknown }).module, {
    name: 'Main',
    uses: ['sub1.gsn.yaml', 'sub3.gsn.yaml'],
  });
});

test('template + instance: extends survives both ways', { skip }, () => {
  const paths = ['template/template.gsn.yaml', 'template/instance.gsn.yaml'];
  const { loaded, exported } = roundTrip(paths);
  assert.deepEqual(loaded.modules.get('instance')?.header?.extends, [{ module: 'template', develops: { G1: ['G2'] } }]);
  assertSameArgument(paths.map(fixture), exported);
});

test('dialectic: counter-goals and counter-solutions become open defeaters', { skip }, () => {
  const { loaded } = roundTrip(['dialectic/second.gsn.yaml']);
  const ccsn1 = loaded.nodes.get('CCSn1');
  assert.equal(ccsn1?.kind, 'defeater');
  assert.ok(ccsn1?.kind === 'defeater');
  assert.equal(ccsn1.form, 'counter-evidence');
  assert.equal(ccsn1.status, 'open');
  assert.deepEqual(ccsn1.challenges, ['G2 -> CG1']);
  assert.equal(loaded.nodes.get('CCG1')?.kind, 'defeater');
});

test('modular index + sub1 + sub2 + sub3 together: G1 and Sn1 are duplicates (L11)', { skip }, () => {
  const paths = ['modular/index.gsn.yaml', 'modular/sub1.gsn.yaml', 'modular/sub2.gsn.yaml', 'modular/sub3.gsn.yaml'];
  const r = importGsn2x(paths.map(fixture), { read: diskReader });
  assert.deepEqual(r.files, []);
  assert.deepEqual(
    r.diagnostics.map((d) => [
      d.code,
      d.target,
      `${d.file}:${d.line}:${d.col}`,
      d.related?.map((x) => `${x.file}:${x.line}:${x.col}`),
    ]),
    [
      ['L11', 'G1', 'modular/sub2.gsn.yaml:5:1', ['modular/index.gsn.yaml:5:1']],
      ['L11', 'Sn1', 'modular/sub2.gsn.yaml:9:1', ['modular/sub3.gsn.yaml:7:1']],
    ],
  );
});

test('dialectic first + second together: every id is a duplicate', { skip }, () => {
  const r = importGsn2x([fixture('dialectic/first.gsn.yaml'), fixture('dialectic/second.gsn.yaml')]);
  assert.deepEqual(r.files, []);
  assert.ok(r.diagnostics.length > 20);
  assert.ok(r.diagnostics.every((d) => d.code === 'L11' && d.file === 'dialectic/second.gsn.yaml'));
});

test('import is a fixed point of export: import(export(import(x))) = import(x)', { skip }, () => {
  for (const file of ALL) {
    const first = roundTrip([file]);
    const again = importGsn2x(first.exported, {});
    assert.deepEqual(again.diagnostics, []);
    assert.deepEqual(
      again.files.map((f) => [f.path, yaml.load(f.text)]),
      first.imported.files.map((f) => [f.path, yaml.load(f.text)]),
      file,
    );
  }
});
