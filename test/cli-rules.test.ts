// `warrant rules` and `warrant explain`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../src/check/rules/index.js';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: process.cwd(),
    color: false,
    today: '2026-11-26',
  };
  return { code: await main(argv, io), stdout, stderr };
}

describe('warrant rules / explain', () => {
  it('lists every rule, in pretty and JSON form', async () => {
    const pretty = await run(['rules']);
    assert.equal(pretty.code, 0);
    for (const r of RULES) assert.ok(pretty.stdout.includes(r.meta.id), r.meta.id);
    const json = await run(['rules', '--format', 'json']);
    const list = JSON.parse(json.stdout) as { id: string; severity: string }[];
    assert.deepEqual(
      list.map((r) => r.id),
      RULES.map((r) => r.meta.id),
    );
    assert.equal((await run(['rules', '--format', 'xml'])).code, 2);
  });
  it('explains a rule by id or by its short name, and a code', async () => {
    const id = RULES[0]!.meta.id;
    const full = await run(['explain', id]);
    assert.equal(full.code, 0);
    assert.match(full.stdout, /## Why it matters/);
    assert.equal((await run(['explain', id.split('/')[1]!])).stdout, full.stdout);
    const code = await run(['explain', 'S07']);
    assert.match(code.stdout, /^# S07 dangling-reference\n\n\*\*Reference to a node that does not exist\*\*/);
    assert.match(
      code.stdout,
      /Reported:\n\n```yaml\n[\s\S]*supported_by: \[G2\][\s\S]*Not reported:/,
      'with its examples',
    );
    assert.match((await run(['explain', 'L07'])).stdout, /^# L07 missing-field\n[\s\S]*A required field is absent/);
  });
  it('suggests the closest id for a typo and exits 2', async () => {
    const r = await run(['explain', 'S7']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no rule or code "S7"/);
    assert.equal((await run(['explain'])).code, 2);
  });
});
