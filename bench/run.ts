// `npm run bench`: every benchmark suite, one after another, each in its own
// process (so one suite's heap and JIT do not colour the next).
//
//   npm run bench [-- --suite check,analysis] [suite options...] [--record]
//
// The options after `--` go to every suite; each suite ignores the ones it
// does not know. `--record` makes each suite rewrite its own section of
// docs/benchmarks.md. A suite is a script bench/<name>.ts listed in SUITES.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { benchDir, repo } from './lib.js';

/** Suites in the order they run; each is bench/<name>.ts. */
export const SUITES = ['check', 'output', 'analysis', 'diff', 'render', 'evidence'] as const;

const argv = process.argv.slice(2);
let chosen: string[] = [...SUITES];
const forward: string[] = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i] as string;
  if (a === '--suite')
    chosen = (argv[++i] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  else if (a.startsWith('--suite='))
    chosen = a
      .slice('--suite='.length)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  else forward.push(a);
}
const unknown = chosen.filter((s) => !(SUITES as readonly string[]).includes(s));
if (unknown.length || !chosen.length) {
  process.stderr.write(
    `bench: --suite takes a comma-separated list of ${SUITES.join(', ')}; got "${chosen.join(',')}".\n`,
  );
  process.exit(2);
}
let failed = 0;
for (const suite of chosen) {
  process.stderr.write(`\nbench: suite ${suite}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, `${suite}.ts`), ...forward], {
    cwd: repo,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    process.stderr.write(`bench: suite ${suite} failed (exit ${r.status ?? r.signal}).\n`);
    failed = r.status || 1;
  }
}
process.exit(failed);
