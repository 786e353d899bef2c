// Reading a case as it was at a git revision, through git itself
// (`git cat-file`), without checking anything out: the working tree, the
// index and HEAD are never touched.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { ReadResult, SourceReader } from '../format/load-case.js';

/** Git failed or is not usable here (not a repository, unknown revision, git missing): exit 2. */
export class GitError extends Error {}

const MAX_BUFFER = 1 << 30;

function git(cwd: string, args: string[], input?: string): { ok: boolean; stdout: string; stderr: string } {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: MAX_BUFFER,
    ...(input !== undefined ? { input } : {}),
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new GitError(
      code === 'ENOENT'
        ? 'git is not installed or not on the PATH; reading a revision needs git.'
        : `git could not run (${code ?? r.error.message}).`,
    );
  }
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: (r.stderr ?? '').trim() };
}

/** The repository `cwd` is in: its top-level directory and cwd's path inside it ("" at the top, else "sub/dir/"). */
export interface Repo {
  top: string;
  prefix: string;
}

export function findRepo(cwd: string): Repo {
  const r = git(cwd, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if (!r.ok)
    throw new GitError(
      `${cwd} is not inside a git repository, so a revision cannot be read (${r.stderr || 'git rev-parse failed'}).`,
    );
  const [top = '', prefix = ''] = r.stdout.split('\n');
  return { top, prefix };
}

/** The commit a revision names, or undefined when it names none. Never throws for an unknown revision. */
export function resolveCommit(repo: Repo, rev: string): string | undefined {
  if (!rev || rev.startsWith('-')) return undefined;
  const r = git(repo.top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  return r.ok ? r.stdout.trim() : undefined;
}

/** True when `cwd` is inside a git work tree (no error when git is missing: false). */
export function inRepo(cwd: string): boolean {
  try {
    return git(cwd, ['rev-parse', '--is-inside-work-tree']).stdout.trim() === 'true';
  } catch {
    return false;
  }
}

/** A path as the loader sees it (relative to cwd, POSIX) to the path inside the repository; undefined outside it. */
export function repoPath(repo: Repo, file: string): string | undefined {
  if (path.isAbsolute(file)) {
    const rel = path.relative(repo.top, file).split(path.sep).join('/');
    return rel.startsWith('..') ? undefined : path.posix.normalize(rel || '.');
  }
  const p = path.posix.normalize(`${repo.prefix}${file.split(path.sep).join('/')}`);
  return p === '..' || p.startsWith('../') ? undefined : p;
}

/** A path inside the repository back to one relative to cwd, as the loader and the output show it. */
export function fromRepoPath(repo: Repo, p: string): string {
  const prefix = repo.prefix.replace(/\/$/, '');
  const rel = path.posix.relative(prefix || '.', p || '.');
  return rel || '.';
}

/** What is at `p` in the commit: a file with its size, a directory, or nothing. */
export function objectAt(
  repo: Repo,
  commit: string,
  p: string,
): { type: 'blob'; sha: string; size: number } | { type: 'tree' } | undefined {
  if (p === '.' || p === '') return { type: 'tree' };
  const r = git(repo.top, ['cat-file', '--batch-check'], `${commit}:${p}\n`);
  const line = r.stdout.trim();
  const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(line);
  if (!r.ok || !m) return undefined;
  if (m[2] === 'tree') return { type: 'tree' };
  if (m[2] === 'blob') return { type: 'blob', sha: m[1]!, size: Number(m[3]) };
  return undefined;
}

/**
 * A SourceReader over the files of one commit. Paths are taken relative to
 * the working directory, as for the file-system reader, and mapped into the
 * repository. Each file costs two git processes (its size and type, then its
 * content), and a file over the size limit is refused without being read.
 */
export function createGitReader(repo: Repo, commit: string, rev = commit): SourceReader {
  return {
    read(file, maxBytes): ReadResult {
      const p = repoPath(repo, file);
      if (p === undefined)
        return { ok: false, reason: 'missing', detail: `is outside the git repository at ${repo.top}` };
      const obj = objectAt(repo, commit, p);
      if (!obj) return { ok: false, reason: 'missing', detail: `does not exist at revision ${rev}` };
      if (obj.type === 'tree') return { ok: false, reason: 'directory', detail: 'is a directory' };
      if (obj.size > maxBytes)
        return {
          ok: false,
          reason: 'too-large',
          detail: `is ${obj.size} bytes at revision ${rev}, over the limit of ${maxBytes} bytes`,
        };
      const r = git(repo.top, ['cat-file', 'blob', obj.sha]);
      if (!r.ok)
        return {
          ok: false,
          reason: 'unreadable',
          detail: `cannot be read at revision ${rev} (${r.stderr || 'git cat-file failed'})`,
        };
      return { ok: true, text: r.stdout };
    },
  };
}

/** The case root at a commit: the path itself when it is a file, else its warrant.yaml. */
export function resolveCaseRootAt(repo: Repo, commit: string, file: string): string {
  const p = repoPath(repo, file);
  if (p === undefined) return file;
  const obj = objectAt(repo, commit, p);
  return obj?.type === 'tree' ? path.posix.join(file.split(path.sep).join('/'), 'warrant.yaml') : file;
}

/** Where a version of a case comes from: the working tree, or a commit. */
export type CaseSource =
  | { kind: 'path'; path: string }
  | { kind: 'rev'; rev: string; commit: string; repo: Repo; path?: string };

/**
 * Read a `warrant diff` side. In order:
 * 1. an existing file or directory (relative to cwd) is a path, even if a
 *    revision has the same name;
 * 2. `REV:path` is that path at a revision, git's own syntax: the path is
 *    from the repository's top, or from cwd when written `REV:./path`;
 * 3. anything else that `git rev-parse --verify` accepts is a revision, and
 *    the case path is taken from the other side (or `.`).
 * Throws GitError (exit 2) when it is none of these.
 */
export function resolveSource(arg: string, cwd: string, exists: (p: string) => boolean): CaseSource {
  if (exists(arg)) return { kind: 'path', path: arg };
  const colon = arg.indexOf(':');
  const repo = () => findRepo(cwd);
  if (colon > 0) {
    const rev = arg.slice(0, colon);
    const p = arg.slice(colon + 1);
    const r = repo();
    const commit = resolveCommit(r, rev);
    if (!commit) throw new GitError(`"${rev}" (in ${arg}) is not a revision of the repository at ${r.top}.`);
    const inRepoPath =
      p.startsWith('./') || p.startsWith('../') || p === '.' ? repoPath(r, p) : path.posix.normalize(p || '.');
    if (inRepoPath === undefined || inRepoPath.startsWith('../'))
      throw new GitError(`${arg}: the path is outside the repository at ${r.top}.`);
    return { kind: 'rev', rev, commit, repo: r, path: fromRepoPath(r, inRepoPath) };
  }
  if (!inRepo(cwd))
    throw new GitError(
      `${arg} is not a file or directory, and ${cwd} is not in a git repository, so it cannot be a revision either.`,
    );
  const r = repo();
  const commit = resolveCommit(r, arg);
  if (!commit)
    throw new GitError(`${arg} is neither a file or directory nor a revision of the repository at ${r.top}.`);
  return { kind: 'rev', rev: arg, commit, repo: r };
}
