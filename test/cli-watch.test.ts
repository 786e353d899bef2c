// `warrant check --watch` through the built binary: it checks, checks again
// when a file of the case (a module included) is saved, and Ctrl-C ends it
// with exit 0. The test waits on the output, never on a clock.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { EXAMPLE_HEADER } from '../src/check/examples.js';
import { tempDir } from './support/cli.js';

const BIN = path.resolve('dist/cli/bin.js');
const root = `${EXAMPLE_HEADER}includes: [arg.yaml]\nargument:\n  G1: { kind: claim, text: Safe to launch., supported_by: [G2] }\n`;
const goodModule =
  'module: { id: arg, title: Tools }\nargument:\n  G2: { kind: claim, text: Tools are sandboxed., undeveloped: true }\n';
const badModule =
  'module: { id: arg, title: Tools }\nargument:\n  G3: { kind: claim, text: Tools are sandboxed., undeveloped: true }\n';

it('check --watch re-checks when a module is saved, and exits 0 on Ctrl-C', { timeout: 60_000 }, async () => {
  const dir = tempDir({ 'warrant.yaml': root, 'arg.yaml': goodModule }, 'warrant-watch-');
  const child = spawn(process.execPath, [BIN, 'check', '--watch', '--no-rules', '--as-of', '2026-04-28'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let out = '';
  let err = '';
  const waiters: (() => void)[] = [];
  const changed = () => {
    for (const w of waiters.splice(0)) w();
  };
  child.stdout.on('data', (d) => {
    out += d;
    changed();
  });
  child.stderr.on('data', (d) => {
    err += d;
    changed();
  });
  const until = (test: () => boolean) =>
    new Promise<void>((resolve) => {
      const again = () => (test() ? resolve() : waiters.push(again));
      again();
    });
  const watching = () => (err.match(/watching 2 files for changes/g) ?? []).length;

  await until(() => watching() >= 1);
  assert.match(out, /no problems/, 'the first run is clean');
  fs.writeFileSync(path.join(dir, 'arg.yaml'), badModule);
  await until(() => /S07/.test(out) && watching() >= 2);
  assert.match(out, /error\[S07\] warrant\.yaml/, 'the save of the module is seen: G2 is gone');
  const code = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  child.kill('SIGINT');
  assert.equal(await code, 0);
});
