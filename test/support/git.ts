// Temporary git repositories for the tests of the git reader, `warrant diff`
// and `warrant impact --against`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

/** Run git in `cwd` with a fixed identity and no signing; fail the test on error. */
export function gitIn(cwd: string, ...args: string[]): string {
  const r = spawnSync(
    'git',
    [
      '-c',
      'user.name=Test',
      '-c',
      'user.email=test@example.org',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'tag.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
