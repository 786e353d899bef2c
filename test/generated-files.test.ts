// The committed generated files must match what the code generates now.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { checksMarkdown } from '../src/check/code-docs.js';
import { RULES } from '../src/check/rules/index.js';
import { ruleDocFiles } from '../src/check/rules/rule-docs.js';
import { FILE_SHAPES_PATH, fileShapesText } from '../src/format/file-shapes-text.js';
import { caseJsonSchemaText } from '../src/format/json-schema.js';
import { VERSION } from '../src/version.js';

it('schema/warrant.schema.json is up to date (run `npm run docs`)', () => {
  assert.equal(fs.readFileSync('schema/warrant.schema.json', 'utf8'), caseJsonSchemaText());
});

it('docs/checks.md is up to date (run `npm run docs`)', () => {
  assert.equal(fs.readFileSync('docs/checks.md', 'utf8'), checksMarkdown());
});

it('src/version.ts agrees with package.json', () => {
  assert.equal(JSON.parse(fs.readFileSync('package.json', 'utf8')).version, VERSION);
});

it('docs/rules/ is up to date, with no stale pages (run `npm run docs`)', () => {
  const want = ruleDocFiles(RULES);
  const have = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else have.set(path.relative('docs/rules', p).split(path.sep).join('/'), fs.readFileSync(p, 'utf8'));
    }
  };
  if (fs.existsSync('docs/rules')) walk('docs/rules');
  assert.deepEqual([...have.keys()].sort(), [...want.keys()].sort());
  for (const [k, v] of want) assert.equal(have.get(k), v, k);
});

it('src/format/file-shapes.generated.ts is up to date (run `npm run docs`)', () => {
  assert.equal(fs.readFileSync(FILE_SHAPES_PATH, 'utf8'), fileShapesText());
});
