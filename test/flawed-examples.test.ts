// examples/flawed/*: each case has planted weaknesses listed in expected.yaml
// beside it. Every planted weakness must be found, and nothing else may fire.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import yaml from 'js-yaml';
import { checkCase } from '../src/check/check-case.js';
import { runRules } from '../src/check/rules/engine.js';
import { RULES } from '../src/check/rules/index.js';
import { loadCase } from '../src/format/load-case.js';
import { buildGraph } from '../src/model/graph.js';
import { createFsReader } from '../src/node/fs-reader.js';

interface Expected {
  /** js-yaml reads an unquoted YYYY-MM-DD as a Date. */
  as_of: string | Date;
  findings: { rule: string; target: string; why?: string }[];
}

const root = 'examples/flawed';
const dirs = fs.existsSync(root)
  ? fs
      .readdirSync(root)
      .filter((d) => fs.existsSync(path.join(root, d, 'expected.yaml')))
      .sort()
  : [];

describe('flawed example cases', () => {
  it('there are flawed cases to test', () => assert.ok(dirs.length > 0));
  for (const dir of dirs) {
    it(`${dir}: finds every planted weakness and nothing else`, () => {
      const expected = yaml.load(fs.readFileSync(path.join(root, dir, 'expected.yaml'), 'utf8')) as Expected;
      const r = loadCase(path.join(root, dir, 'warrant.yaml'), createFsReader(process.cwd()));
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
      const run = runRules({
        case: c,
        graph: buildGraph(c),
        asOf: expected.as_of instanceof Date ? expected.as_of.toISOString().slice(0, 10) : String(expected.as_of),
        rules: RULES,
      });
      const got = run.findings.map((f) => `${f.code} @ ${f.target}`).sort();
      const want = expected.findings.map((f) => `${f.rule} @ ${f.target}`).sort();
      assert.deepEqual([...new Set(got)], [...new Set(want)]);
    });
  }
});
