import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../test/support/cli.js';
import { gitIn } from '../../test/support/git.js';
import { loadCase } from '../format/load-case.js';
import {
  createGitReader,
  findRepo,
  fromRepoPath,
  GitError,
  repoPath,
  resolveCaseRootAt,
  resolveCommit,
  resolveSource,
} from './git-reader.js';

const ROOT_V1 = `warrant: 1
case: { id: c1, title: Case, version: "1", status: draft, decision_boundary: { kind: api-launch, decision: Launch. } }
includes: [mod.yaml]
argument:
  G1: { kind: claim, text: Safe., supported_by: [G2] }
`;
const MOD = `module: { id: mod }
argument:
  G2: { kind: claim, text: Part one., undeveloped: true }
`;

function repoWithHistory(): string {
  const dir = tempDir({ 'cases/a/warrant.yaml': ROOT_V1, 'cases/a/mod.yaml': MOD, 'README.md': 'x\n' }, 'warrant-git-');
  gitIn(dir, 'init', '-q');
  gitIn(dir, 'add', '.');
  gitIn(dir, 'commit', '-q', '-m', 'v1');
  gitIn(dir, 'tag', 'v1');
  fs.writeFileSync(path.join(dir, 'cases/a/mod.yaml'), MOD.replace('Part one.', 'Part one revised.'));
  gitIn(dir, 'commit', '-q', '-am', 'v2');
  return dir;
}

describe('git reader', () => {
  it('reads a case with its includes at a revision, without touching the working tree', () => {
    const dir = repoWithHistory();
    fs.writeFileSync(path.join(dir, 'cases/a/mod.yaml'), MOD.replace('Part one.', 'Uncommitted.'));
    const statusBefore = gitIn(dir, 'status', '--porcelain');
    const sub = path.join(dir, 'cases');
    const repo = findRepo(sub);
    assert.equal(repo.prefix, 'cases/');
    const v1 = resolveCommit(repo, 'v1')!;
    assert.match(v1, /^[0-9a-f]{40}$/);
    const root = resolveCaseRootAt(repo, v1, 'a');
    assert.equal(root, 'a/warrant.yaml');
    const old = loadCase(root, createGitReader(repo, v1, 'v1'));
    assert.equal(old.case?.nodes.get('G2')?.text, 'Part one.');
    const head = loadCase(root, createGitReader(repo, resolveCommit(repo, 'HEAD')!, 'HEAD'));
    assert.equal(head.case?.nodes.get('G2')?.text, 'Part one revised.');
    assert.equal(gitIn(dir, 'status', '--porcelain'), statusBefore, 'the working tree and index are untouched');
    assert.equal(fs.readFileSync(path.join(dir, 'cases/a/mod.yaml'), 'utf8').includes('Uncommitted.'), true);
  });

  it('reports a file missing at the revision, and a file too large, as the loader expects', () => {
    const dir = repoWithHistory();
    const repo = findRepo(dir);
    const reader = createGitReader(repo, resolveCommit(repo, 'v1')!, 'v1');
    assert.deepEqual(reader.read('cases/b/warrant.yaml', 1e6), {
      ok: false,
      reason: 'missing',
      detail: 'does not exist at revision v1',
    });
    assert.equal((reader.read('cases/a/warrant.yaml', 10) as { reason: string }).reason, 'too-large');
    assert.equal((reader.read('cases', 1e6) as { reason: string }).reason, 'directory');
    const r = loadCase('cases/b/warrant.yaml', reader);
    assert.ok(r.fatal);
    assert.match(r.diagnostics[0]!.message, /cases\/b\/warrant\.yaml does not exist/);
  });

  it('maps paths between the working directory and the repository', () => {
    const repo = { top: '/r', prefix: 'sub/dir/' };
    assert.equal(repoPath(repo, 'x/warrant.yaml'), 'sub/dir/x/warrant.yaml');
    assert.equal(repoPath(repo, '../../top.yaml'), 'top.yaml');
    assert.equal(repoPath(repo, '../../../out.yaml'), undefined);
    assert.equal(fromRepoPath(repo, 'sub/dir/x'), 'x');
    assert.equal(fromRepoPath(repo, 'other'), '../../other');
  });

  it('resolves diff sides: an existing path wins, REV:path is from the top, REV:./path from cwd, a bare REV has no path', () => {
    const dir = repoWithHistory();
    const sub = path.join(dir, 'cases');
    const exists = (p: string) => fs.existsSync(path.resolve(sub, p));
    assert.deepEqual(resolveSource('a', sub, exists), { kind: 'path', path: 'a' });
    const top = resolveSource('v1:cases/a', sub, exists);
    assert.equal(top.kind === 'rev' && top.path, 'a');
    const rel = resolveSource('v1:./a', sub, exists);
    assert.equal(rel.kind === 'rev' && rel.path, 'a');
    const bare = resolveSource('HEAD~1', sub, exists);
    assert.equal(bare.kind === 'rev' && bare.path, undefined);
    fs.mkdirSync(path.join(sub, 'v1'));
    assert.deepEqual(
      resolveSource('v1', sub, exists),
      { kind: 'path', path: 'v1' },
      'an existing path wins over a tag',
    );
    assert.throws(
      () => resolveSource('nope', sub, exists),
      (e: unknown) => e instanceof GitError && /neither a file or directory nor a revision/.test(e.message),
    );
    assert.throws(
      () => resolveSource('nope:a', sub, exists),
      (e: unknown) => e instanceof GitError && /not a revision/.test(e.message),
    );
  });

  it('outside a repository, a name that is not a path is a clear error', () => {
    const dir = tempDir({}, 'warrant-nogit-');
    assert.throws(
      () => resolveSource('HEAD', dir, () => false),
      (e: unknown) => e instanceof GitError && /not in a git repository/.test(e.message),
    );
    assert.throws(() => findRepo(dir), GitError);
  });
});
