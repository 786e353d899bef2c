// npm test: every *.test.ts under src/, test/ and bench/, in two processes:
// the unit and property tests first, then the browser tests (test/e2e/).
// Each group runs in one process that imports its files, so Node and tsx start
// twice instead of once per file (about 140 times); the tests themselves are
// unchanged. `node scripts/test.mjs --unit` runs the quick loop only;
// further arguments keep the files whose path contains any of them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const roots = ['src', 'test', 'bench'];
const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.test.ts')) files.push(p);
  }
};
for (const r of roots) if (fs.existsSync(r)) walk(r);
files.sort();

const args = process.argv.slice(2);
const groups = args.includes('--unit') ? ['unit'] : args.includes('--browser') ? ['browser'] : ['unit', 'browser'];
const only = args.filter((a) => !a.startsWith('--'));
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
const isBrowser = (f) => f.split(path.sep).join('/').startsWith('test/e2e/');

// The CLI end-to-end, robustness and browser tests run the built dist/: bundle
// it from the sources first (about a second; `npm test` has type-checked them
// already), so they never test a stale build or skip for want of one.
for (const step of ['scripts/clean-dist.mjs', 'scripts/build-cli.mjs', 'scripts/build-web.mjs']) {
  const r = spawnSync(process.execPath, [step], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error(`test: ${step} failed; dist/ is not built.`);
    process.exit(r.status ?? 1);
  }
}

let status = 0;
for (const group of groups) {
  const list = selected.filter((f) => isBrowser(f) === (group === 'browser'));
  if (list.length === 0) continue;
  console.log(`\n# ${group} tests: ${list.length} files in one process`);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test-reporter=spec', 'scripts/run-test-files.mjs', ...list],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) status = r.status ?? 1;
}
process.exit(status);
