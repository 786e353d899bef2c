// A fresh `npm ci` is clean: every package in the lockfile that has an install
// script is named in package.json's allowScripts (true: it runs, false: it is
// declined), so npm neither warns about it nor, from npm 12, skips it silently.
// A dependency added with an install script (better-sqlite3) fails here until
// it is declared (docs/cli.md, "Install").
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';

interface Lock {
  packages: Record<string, { hasInstallScript?: boolean }>;
}

/** "node_modules/a/node_modules/@s/b" -> "@s/b". */
const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** An allowScripts key covers a package by name, or by name@version pinned. */
const covers = (key: string, name: string) => key === name || key.startsWith(`${name}@`);

test('every package with an install script is declared in allowScripts', () => {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, unknown> };
  const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as Lock;
  const allowed = Object.keys(pkg.allowScripts ?? {});
  const withScripts = Object.entries(lock.packages)
    .filter(([key, p]) => key !== '' && p.hasInstallScript)
    .map(([key]) => nameOf(key));
  assert.ok(withScripts.length > 0, 'esbuild has an install script: the lockfile is read as expected');
  const undeclared = withScripts.filter((name) => !allowed.some((k) => covers(k, name)));
  assert.deepEqual(undeclared, [], 'declare these in package.json "allowScripts" (true to run, false to decline)');
  for (const [k, v] of Object.entries(pkg.allowScripts ?? {}))
    assert.equal(typeof v, 'boolean', `allowScripts["${k}"] is true or false`);
});
