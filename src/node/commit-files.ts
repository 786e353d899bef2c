// Several files written as one: when commitFiles returns, every target holds
// its new content, or every target is as it was, also when a rename fails half
// way; and when the process is killed part way, the next run puts the files
// into one of those two states before it reads them.
//
// One commit (id "<pid>-<random>"), in this order:
//  1. Journal. `.warrant-commit-<id>.json` is created (O_EXCL, fsynced) in the
//     journal's directory (the case's directory) before any other file, so every
//     file a commit makes is named in a journal. Its first line is JSON: the
//     owner (pid, host, start time) and, per target, its path relative to the
//     journal, the sha256 of the new content and of the old one (none when the
//     target does not exist yet).
//  2. Prepare. Each new content to `.<name>.warrant-<id>.new` beside its target
//     (the target's file mode kept), each existing target copied to
//     `.<name>.warrant-<id>.old`; both O_EXCL and fsynced.
//  3. Commit point: the line `commit` is appended to the journal (fsynced).
//  4. Each temp is renamed over its target, in order.
//  5. The backups are removed, then the journal (last: a crash between the two
//     leaves a journal that recovery finishes as a no-op).
// A rename that fails: `rollback` is appended, each target already renamed gets
// its backup renamed back (or is removed if it was new), then the temps, the
// backups and the journal are removed, and the caller hears that nothing
// changed; or, if a target cannot be put back, exactly which, with the journal
// kept for the next run.
//
// Recovery (recoverCommits; commitFiles runs it on its journal directory first,
// and `warrant evidence import` when it takes the case's lock) takes each
// journal whose owner is gone (see owner.ts):
//  - no `commit` line (killed while preparing): no target was touched; the
//    commit's temps and backups are removed.
//  - `commit`, and every target holds its new content already or still its old
//    one with a complete temp beside it (hashes checked): rolled forward.
//  - otherwise, or after `rollback`: rolled back. A target holding its new
//    content gets its backup back (or is removed if it was new); one holding
//    its old content is left; one holding neither (edited since) is left as it
//    is and its backup kept, named in the note.
// Then its temps, backups and journal are removed, and one line says what was
// done. Files named like a commit's temps or backups whose commit has no
// journal (removed by hand) are removed when their pid is gone. A
// journal is input too (a pull request can add one): recovery acts only on
// targets inside the case's boundary whose temps and backups have the derived
// names (readJournal). Nothing else is touched.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { boundaryOf, isInside } from './confine.js';
import { currentOwner, goneReason, type Owner, parseOwner, pidAlive } from './owner.js';

/** The file operations a commit uses: the seam where tests inject failures. */
export interface CommitFs {
  /** The file's bytes, or undefined when there is no such file. */
  read(file: string): Buffer | undefined;
  /** Create a file that must not exist yet and flush it to disk. */
  create(file: string, data: string | Buffer, mode?: number): void;
  /** Append text to a file and flush it to disk. */
  append(file: string, text: string): void;
  rename(from: string, to: string): void;
  /** Remove a file; nothing when it is already gone. */
  remove(file: string): void;
  /** Entry names in a directory ([] when it does not exist). */
  list(dir: string): string[];
  mkdirp(dir: string): void;
  /** The file's permission bits, or undefined when there is no such file. */
  mode(file: string): number | undefined;
}

export const nodeCommitFs: CommitFs = {
  read(file) {
    try {
      return fs.readFileSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  create(file, data, mode) {
    const fd = fs.openSync(file, 'wx', mode ?? 0o666);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  append(file, text) {
    const fd = fs.openSync(file, 'a');
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
  remove: (file) => fs.rmSync(file, { force: true }),
  list(dir) {
    try {
      return fs.readdirSync(dir);
    } catch {
      return [];
    }
  },
  mkdirp: (dir) => void fs.mkdirSync(dir, { recursive: true }),
  mode(file) {
    try {
      return fs.statSync(file).mode & 0o7777;
    } catch {
      return undefined;
    }
  },
};

export interface CommitFile {
  /** Absolute path. */
  path: string;
  text: string;
}

export interface CommitOptions {
  /** Where the journal goes: the case's directory. */
  journalDir: string;
  fs?: CommitFs;
  /** How a path is shown in messages (default: as given). */
  show?: (file: string) => string;
  /** What the journal names as its owner ("warrant evidence import"). */
  command?: string;
}

export type CommitResult =
  | { ok: true; notes: string[] }
  /** `changed`: false when every file is as it was; true when some could not be put back (the message says which). */
  | { ok: false; changed: boolean; message: string; notes: string[] };

/** One target as the journal records it; paths relative to the journal's directory. */
interface Entry {
  target: string;
  temp: string;
  backup?: string;
  newHash: string;
  oldHash?: string;
}

interface Journal {
  owner: Owner;
  id: string;
  entries: Entry[];
}

const JOURNAL = /^\.warrant-commit-(\d+)-([0-9a-f]+)\.json$/;
const SIDE_FILE = /^\..+\.warrant-(\d+)-([0-9a-f]+)\.(?:new|old)$/;

/** Commits of this process still under way: their journals are not orphans. */
const active = new Set<string>();

const sha256 = (data: string | Buffer): string => crypto.createHash('sha256').update(data).digest('hex');
const errCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

function sideName(target: string, id: string, ext: 'new' | 'old'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.warrant-${id}.${ext}`);
}

/**
 * Write every file as one (see the top of this module). Leftover commits in
 * the journal's directory are recovered first; their notes are returned.
 */
export function commitFiles(files: readonly CommitFile[], opts: CommitOptions): CommitResult {
  const cfs = opts.fs ?? nodeCommitFs;
  const show = opts.show ?? ((f: string) => f);
  const recovered = recoverCommits(opts.journalDir, { fs: cfs, show });
  const notes = recovered.notes;
  if (recovered.failed) return { ok: false, changed: false, message: recovered.failed, notes };
  if (files.length === 0) return { ok: true, notes };
  const owner = currentOwner(opts.command);
  const id = `${owner.pid}-${owner.nonce}`;
  const dir = opts.journalDir;
  const journalFile = path.join(dir, `.warrant-commit-${id}.json`);
  const abs = (p: string) => path.resolve(dir, p);
  const failed = (file: string, e: unknown): CommitResult => ({
    ok: false,
    changed: false,
    message: `cannot write ${show(file)} (${errCode(e)})`,
    notes,
  });
  const olds: (Buffer | undefined)[] = [];
  for (const f of files) {
    try {
      olds.push(cfs.read(f.path));
    } catch (e) {
      return failed(f.path, e);
    }
  }
  const entries: Entry[] = files.map((f, i) => {
    const old = olds[i];
    return {
      target: path.relative(dir, f.path),
      temp: path.relative(dir, sideName(f.path, id, 'new')),
      ...(old ? { backup: path.relative(dir, sideName(f.path, id, 'old')), oldHash: sha256(old) } : {}),
      newHash: sha256(f.text),
    };
  });
  active.add(id);
  try {
    try {
      cfs.mkdirp(dir);
      cfs.create(journalFile, `${JSON.stringify({ owner, id, entries } satisfies Journal)}\n`);
    } catch (e) {
      return failed(journalFile, e);
    }
    for (const [i, f] of files.entries()) {
      const e = entries[i]!;
      let file = abs(e.temp);
      try {
        cfs.mkdirp(path.dirname(f.path));
        const mode = cfs.mode(f.path);
        cfs.create(file, f.text, mode);
        file = e.backup ? abs(e.backup) : file;
        if (e.backup) cfs.create(file, olds[i]!, mode);
      } catch (err) {
        discard(cfs, entries, abs, journalFile);
        return failed(file, err);
      }
    }
    try {
      cfs.append(journalFile, 'commit\n');
    } catch (e) {
      discard(cfs, entries, abs, journalFile);
      return failed(journalFile, e);
    }
    return { ...renameAll(cfs, entries, abs, journalFile, show), notes };
  } finally {
    active.delete(id);
  }
}

/** Remove a commit's temps, backups (but those in `keep`) and journal; best effort: a leftover is recovered later. */
function discard(
  cfs: CommitFs,
  entries: readonly Entry[],
  abs: (p: string) => string,
  journalFile: string,
  keep: readonly string[] = [],
): void {
  for (const e of entries) {
    tryRemove(cfs, abs(e.temp));
    if (e.backup && !keep.includes(e.backup)) tryRemove(cfs, abs(e.backup));
  }
  tryRemove(cfs, journalFile);
}

function tryRemove(cfs: CommitFs, file: string): boolean {
  try {
    cfs.remove(file);
    return true;
  } catch {
    return false;
  }
}

/** Step 4, and the rollback when a rename fails. */
function renameAll(
  cfs: CommitFs,
  entries: readonly Entry[],
  abs: (p: string) => string,
  journalFile: string,
  show: (f: string) => string,
): { ok: true } | { ok: false; changed: boolean; message: string } {
  let done = 0;
  let failure: string | undefined;
  for (const e of entries) {
    try {
      cfs.rename(abs(e.temp), abs(e.target));
      done++;
    } catch (err) {
      failure = `cannot write ${show(abs(e.target))} (${errCode(err)})`;
      break;
    }
  }
  if (failure === undefined) {
    for (const e of entries) if (e.backup) tryRemove(cfs, abs(e.backup));
    tryRemove(cfs, journalFile);
    return { ok: true };
  }
  try {
    cfs.append(journalFile, 'rollback\n');
  } catch {
    // Recovery finds the commit incomplete (a temp is gone, its target not new) and rolls it back all the same.
  }
  const restored: string[] = [];
  const stuck: string[] = [];
  for (const e of entries.slice(0, done)) {
    try {
      if (e.backup) cfs.rename(abs(e.backup), abs(e.target));
      else cfs.remove(abs(e.target));
      restored.push(
        `${show(abs(e.target))}, already written, was ${e.backup ? 'put back as it was' : 'removed again'}`,
      );
    } catch (err) {
      stuck.push(
        `${show(abs(e.target))} could not be put back (${errCode(err)}): it holds the new content` +
          (e.backup ? `, its old content is in ${show(abs(e.backup))}` : ''),
      );
    }
  }
  const what = restored.length ? `; ${restored.join('; ')}` : '';
  if (stuck.length === 0) {
    discard(cfs, entries, abs, journalFile);
    return { ok: false, changed: false, message: `${failure}${what}` };
  }
  return {
    ok: false,
    changed: true,
    message:
      `${failure}${what}; ${stuck.join('; ')}. The files are partly written: the next run puts them back ` +
      `from the journal ${show(journalFile)}`,
  };
}

export interface Recovery {
  /** One line per commit recovered or file removed. */
  notes: string[];
  /** Why a leftover commit could not be recovered (the files may be partly written): do not go on. */
  failed?: string;
}

/**
 * Recover every commit in `dir` whose owner is gone (see the top of this
 * module). Journals of live processes are left alone.
 */
export function recoverCommits(
  dir: string,
  opts: { fs?: CommitFs; show?: (f: string) => string; now?: number } = {},
): Recovery {
  const cfs = opts.fs ?? nodeCommitFs;
  const show = opts.show ?? ((f: string) => f);
  const out: Recovery = { notes: [] };
  const names = cfs.list(dir);
  const journals = new Set<string>();
  for (const name of names) {
    const m = JOURNAL.exec(name);
    if (!m) continue;
    const id = `${m[1]}-${m[2]}`;
    journals.add(id);
    const file = path.join(dir, name);
    try {
      const note = recoverOne(cfs, file, id, show, opts.now);
      if (note) out.notes.push(note);
    } catch (e) {
      out.failed ??=
        `an interrupted write left ${show(file)}, and it could not be recovered (${errCode(e)}): ` +
        'the files it names may be partly written; fix the cause and run again';
    }
  }
  for (const name of names) {
    const m = SIDE_FILE.exec(name);
    if (!m || journals.has(`${m[1]}-${m[2]}`) || ownerRunning(Number(m[1]), `${m[1]}-${m[2]}`)) continue;
    if (tryRemove(cfs, path.join(dir, name)))
      out.notes.push(`removed ${show(path.join(dir, name))}, left by an interrupted write.`);
  }
  return out;
}

/** Journals in `dir` (of any owner): a reader that must not recover them can still say the files may be mid-write. */
export function pendingCommits(dir: string, cfs: CommitFs = nodeCommitFs): string[] {
  return cfs
    .list(dir)
    .filter((n) => JOURNAL.test(n))
    .map((n) => path.join(dir, n));
}

/** Whether the commit with this id may still be under way (for a journal or temp that tells no more). */
function ownerRunning(pid: number, id: string): boolean {
  return pid === process.pid ? active.has(id) : pidAlive(pid);
}

type ReadJournal =
  | { torn: true }
  | { foreign: string }
  | { journal: Journal; phase: 'prepare' | 'commit' | 'rollback' };

const HASH = /^[0-9a-f]{64}$/;

/**
 * A journal as this module writes it, or why not. The case directory may come
 * from an untrusted pull request, so a journal is input too: each target must
 * lie inside the case's boundary (its directory, or its repository; after
 * following links), and its temp and backup must be the names derived from
 * it, so recovery can rename and remove nothing else.
 */
function readJournal(text: string, dir: string, id: string): ReadJournal {
  const lines = text.split('\n');
  let raw: unknown;
  try {
    raw = JSON.parse(lines[0] ?? '');
  } catch {
    return { torn: true };
  }
  const j = raw as Partial<Journal> | null;
  const owner = j?.owner ? parseOwner(JSON.stringify(j.owner)) : undefined;
  if (!owner || j?.id !== id || !Array.isArray(j.entries)) return { foreign: 'its owner or id is not as written' };
  const within = boundaryOf(path.join(dir, 'warrant.yaml')).dir;
  for (const e of j.entries as unknown[]) {
    const problem = entryProblem(e, dir, id, within);
    if (problem) return { foreign: problem };
  }
  const rest = lines.slice(1).map((l) => l.trim());
  const phase = rest.includes('rollback') ? 'rollback' : rest.includes('commit') ? 'commit' : 'prepare';
  return { journal: { owner, id, entries: j.entries as Entry[] }, phase };
}

function entryProblem(e: unknown, dir: string, id: string, within: string): string | undefined {
  if (typeof e !== 'object' || e === null) return 'an entry is not an object';
  const x = e as Partial<Entry>;
  if (typeof x.target !== 'string' || x.target === '' || path.isAbsolute(x.target) || x.target.includes('\0'))
    return 'a target is not a relative path';
  const target = path.resolve(dir, x.target);
  if (!isInside(within, realDir(path.dirname(target)))) return `${x.target} is outside the case`;
  if (x.temp !== path.relative(dir, sideName(target, id, 'new'))) return `the temporary of ${x.target} is misnamed`;
  if (x.backup !== undefined && x.backup !== path.relative(dir, sideName(target, id, 'old')))
    return `the backup of ${x.target} is misnamed`;
  if (typeof x.newHash !== 'string' || !HASH.test(x.newHash) || (x.backup === undefined) !== (x.oldHash === undefined))
    return `the hashes of ${x.target} are not as written`;
  if (x.oldHash !== undefined && !HASH.test(x.oldHash)) return `the hashes of ${x.target} are not as written`;
  return undefined;
}

/** A directory's real path (links followed); for one that does not exist, its nearest existing ancestor's. */
function realDir(d: string): string {
  try {
    return fs.realpathSync.native(d);
  } catch {
    const up = path.dirname(d);
    return up === d ? d : path.join(realDir(up), path.basename(d));
  }
}

function recoverOne(
  cfs: CommitFs,
  journalFile: string,
  id: string,
  show: (f: string) => string,
  now: number | undefined,
): string | undefined {
  const text = cfs.read(journalFile)?.toString('utf8');
  if (text === undefined) return undefined;
  const parsed = readJournal(text, path.dirname(journalFile), id);
  if ('torn' in parsed) {
    // Killed while writing its first line, before any other file existed (or a live commit writing it now).
    if (ownerRunning(Number(id.split('-')[0]), id)) return undefined;
    cfs.remove(journalFile);
    return `removed ${show(journalFile)}, the unfinished journal of an interrupted write.`;
  }
  if ('foreign' in parsed)
    return `ignored ${show(journalFile)}: it is not a journal Warrant wrote (${parsed.foreign}); remove it.`;
  const { journal, phase } = parsed;
  const alive = () => active.has(journal.id);
  if (goneReason(journal.owner, { ...(now !== undefined ? { now } : {}), alive }) === undefined) return undefined;
  const dir = path.dirname(journalFile);
  const abs = (p: string) => path.resolve(dir, p);
  const hashOf = (p: string | undefined) => {
    const b = p === undefined ? undefined : cfs.read(abs(p));
    return b === undefined ? undefined : sha256(b);
  };
  const by = `${journal.owner.command ?? 'A write'} (pid ${journal.owner.pid}, ${journal.owner.started})`;
  const targets = journal.entries.map((e) => show(abs(e.target))).join(', ');
  if (phase === 'prepare') {
    discard(cfs, journal.entries, abs, journalFile);
    return `${by} was interrupted before it changed any file; its temporary files were removed.`;
  }
  const ready = (e: Entry) => {
    const h = hashOf(e.target);
    return h === e.newHash || (h === e.oldHash && hashOf(e.temp) === e.newHash);
  };
  if (phase === 'commit' && journal.entries.every(ready)) {
    for (const e of journal.entries) if (hashOf(e.target) !== e.newHash) cfs.rename(abs(e.temp), abs(e.target));
    discard(cfs, journal.entries, abs, journalFile);
    return `${by} was interrupted while writing ${targets}: finished it (every new file was complete).`;
  }
  const left = rollBack(cfs, journal.entries, abs, hashOf);
  discard(
    cfs,
    journal.entries,
    abs,
    journalFile,
    left.flatMap((l) => (l.kept ? [l.kept] : [])),
  );
  const leftNote = left
    .map(({ entry: e, kept }) =>
      hashOf(e.target) === e.newHash
        ? `${show(abs(e.target))}, new, its backup gone (the write had finished)`
        : `${show(abs(e.target))}, edited since${kept ? ` (its old content kept in ${show(abs(kept))})` : ''}`,
    )
    .join('; ');
  const did =
    left.length === 0
      ? 'put every file back as it was'
      : `every other file is as it was; left as ${left.length === 1 ? 'it is' : 'they are'}: ${leftNote}`;
  return `${by} was interrupted while writing ${targets}: ${did}.`;
}

/** Put each target back; those that cannot be (edited since, or new with no backup left) are left alone. */
function rollBack(
  cfs: CommitFs,
  entries: readonly Entry[],
  abs: (p: string) => string,
  hashOf: (p: string | undefined) => string | undefined,
): { entry: Entry; kept?: string }[] {
  const left: { entry: Entry; kept?: string }[] = [];
  for (const e of entries) {
    const h = hashOf(e.target);
    const backupOk = e.backup !== undefined && hashOf(e.backup) === e.oldHash;
    if (h === e.oldHash) continue; // never renamed (or, for a new file, never created)
    if (h === e.newHash && !e.backup) cfs.remove(abs(e.target));
    else if (h === e.newHash && backupOk) cfs.rename(abs(e.backup!), abs(e.target));
    else left.push(backupOk ? { entry: e, kept: e.backup! } : { entry: e });
  }
  return left;
}
