// Reads examples/flawed/*/expected.yaml for `npm run docs` and the tests: the
// files are read here, their form is checked by src/check/rules/recall.ts.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { type ExpectedCase, parseExpected } from '../src/check/rules/recall.js';

/** Every flawed case with an expected.yaml under `root`, in name order. */
export function readFlawedCorpus(root = 'examples/flawed'): ExpectedCase[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((d) => fs.existsSync(path.join(root, d, 'expected.yaml')))
    .sort()
    .map((d) => parseExpected(d, yaml.load(fs.readFileSync(path.join(root, d, 'expected.yaml'), 'utf8'))));
}
