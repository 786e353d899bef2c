// The committed generated files must match what the code generates now.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { it } from 'node:test';
import { checksMarkdown } from '../src/check/code-docs.js';
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
