// One diagnostic format across every command: the same broken case gives the
// same block (code, severity, file:line:col relative to the working directory,
// code frame, hint) from every command that loads a case, and the same JSON
// object from every command with --format json.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLE_HEADER } from '../src/check/examples.js';
import { main } from '../src/cli/main.js';
import { fakeIo, tempDir } from './support/cli.js';

const BROKEN = `${EXAMPLE_HEADER}context:
  model: { id: m, build: b }
  deployment_channel: api
  user_population: { description: d }
argument:
  G1: { kind: claim, txt: Safe., undeveloped: true }
`;
const LOG = path.join(import.meta.dirname, 'fixtures/evals/inspect/2025-05-12T20-28-26-04-00_security-guide.json');

async function run(dir: string, ...args: string[]) {
  const { io, out, err } = fakeIo(dir);
  const code = await main(args, io);
  return { code, out: out(), err: err() };
}

/** The block check prints for the missing `text`, from its head to its hint. */
const BLOCK =
  /^error\[L07\] case\/warrant\.yaml:13:3: Missing required field `text` in claim G1\.\n(?: {2}.*\n)*? {2}> 13 \| {3}G1: \{ kind: claim, txt: Safe\., undeveloped: true \}\n(?: {2}.*\n)*? {2}= hint: Did you mean `text` for `txt` \(line 13\)\? Rename it; `text` takes text\.\n/m;

const JSON_DIAGNOSTIC = {
  code: 'L07',
  severity: 'error',
  message: 'Missing required field `text` in claim G1.',
  hint: 'Did you mean `text` for `txt` (line 13)? Rename it; `text` takes text.',
  file: 'case/warrant.yaml',
  line: 13,
  column: 3,
};

const COMMANDS: [name: string, args: string[]][] = [
  ['check', ['check', 'case']],
  ['status', ['status', 'case']],
  ['evidence verify', ['evidence', 'verify', 'case']],
  ['impact', ['impact', 'case', '--change', 'tools+=browser']],
  ['diff', ['diff', 'case', 'case']],
  ['render', ['render', 'case', '-o', 'out']],
  ['report', ['report', 'case', '-o', 'r.html']],
  ['export gsn2x', ['export', 'gsn2x', 'case']],
  ['migrate', ['migrate', 'case']],
  ['cite', ['cite', 'case', 'G1', 'E1']],
  [
    'evidence import',
    ['evidence', 'import', LOG, '--case', 'case', '--into', 'e.yaml', '--polarity', 'supports', '--produced-by', 'x'],
  ],
];

describe('one diagnostic format across commands', () => {
  for (const [name, args] of COMMANDS)
    it(`${name}: the block check prints, path relative to the working directory`, async () => {
      const dir = tempDir({ 'case/warrant.yaml': BROKEN });
      const r = await run(dir, ...args);
      assert.ok(r.code === 1 || r.code === 2, `exit ${r.code}`);
      assert.match(name === 'check' ? r.out : r.err, BLOCK);
    });

  const JSON_COMMANDS: [string, string[], (doc: never) => unknown][] = [
    [
      'check',
      ['check', 'case', '--format', 'json'],
      (d: { cases: { diagnostics: unknown[] }[] }) => d.cases[0]!.diagnostics,
    ],
    [
      'evidence verify',
      ['evidence', 'verify', 'case', '--format', 'json'],
      (d: { diagnostics: unknown[] }) => d.diagnostics,
    ],
    [
      'impact',
      ['impact', 'case', '--change', 'tools+=x', '--format', 'json'],
      (d: { diagnostics: unknown[] }) => d.diagnostics,
    ],
    ['diff', ['diff', 'case', 'case', '--format', 'json'], (d: { diagnostics: unknown[] }) => d.diagnostics],
  ];
  for (const [name, args, pick] of JSON_COMMANDS)
    it(`${name} --format json: the same diagnostic object as check's`, async () => {
      const dir = tempDir({ 'case/warrant.yaml': BROKEN });
      const r = await run(dir, ...args);
      const doc = JSON.parse(r.out);
      const found = (pick as (d: unknown) => Record<string, unknown>[])(doc);
      assert.deepEqual(found[0], name === 'check' ? { ...JSON_DIAGNOSTIC, file: found[0]!.file } : JSON_DIAGNOSTIC);
      if (name !== 'check') assert.equal(doc.schema, 'warrant-diagnostics/1');
    });

  it('a clean twin: no diagnostic block from any of them', async () => {
    const dir = tempDir({ 'case/warrant.yaml': BROKEN.replace('txt:', 'text:') });
    const r = await run(dir, 'evidence', 'verify', 'case');
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.err + r.out, /error\[/);
  });
});
