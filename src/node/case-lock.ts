// An advisory lock on a case's directory, held by a command that edits the
// case in place (`warrant evidence import`) for the whole read-check-write, so
// that two imports at once (two CI jobs, say) cannot both read the same file
// and each write it without the other's item.
//
// The lock is the file `.warrant.lock` in the case's directory, created with
// O_EXCL and holding its owner (pid, host, start time, command). A second
// process waits, retrying with backoff, up to `waitMs` (10 s), then gives up
// with a message naming the holder. A lock whose owner is gone (a dead pid on
// this host, or older than STALE_MS) is broken with a note: it is first
// renamed to a unique name, so two waiters cannot both break it and remove the
// lock a third process has just taken; if what was renamed turns out to be a
// fresh lock, it is linked back. The lock is released when the command ends,
// also on SIGINT, SIGTERM and SIGHUP (then the signal is raised again), and by
// its owner only (its nonce is checked).
import fs from 'node:fs';
import path from 'node:path';
import { currentOwner, describeOwner, goneReason, type Owner, parseOwner } from './owner.js';

export const LOCK_FILE = '.warrant.lock';

export interface LockOptions {
  /** How long to wait for another holder (default 10 s). */
  waitMs?: number;
  /** Past this age a holder is taken to be gone (default STALE_MS of owner.ts). */
  staleMs?: number;
  /** Named in the lock, for the message another process prints. */
  command?: string;
  /** Receives one line for each stale lock broken. */
  note?: (line: string) => void;
  /** How a path is shown in messages (default: as given). */
  show?: (file: string) => string;
}

export interface CaseLock {
  file: string;
  release(): void;
}

export type LockResult = { ok: true; lock: CaseLock } | { ok: false; message: string };

/** Nonces of the locks this process holds: a lock with our pid and another nonce is an orphan. */
const held = new Set<string>();

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Take the lock on `dir`, waiting for another holder up to opts.waitMs. */
export async function lockCase(dir: string, opts: LockOptions = {}): Promise<LockResult> {
  const file = path.join(dir, LOCK_FILE);
  const show = opts.show ?? ((f: string) => f);
  const waitMs = opts.waitMs ?? 10_000;
  const deadline = Date.now() + waitMs;
  let delay = 10;
  for (;;) {
    const owner = currentOwner(opts.command);
    const made = tryCreate(file, owner);
    if (made === 'created') return { ok: true, lock: holdLock(file, owner) };
    if (made !== 'exists') return { ok: false, message: `cannot create the lock file ${show(file)} (${made})` };
    const raw = readText(file);
    if (raw === undefined) continue; // released between our attempt and the read: try again at once
    const holder = parseOwner(raw);
    const gone = holder
      ? goneReason(holder, { ...(opts.staleMs !== undefined ? { staleMs: opts.staleMs } : {}), alive: isHeld })
      : unreadableGone(file);
    if (gone !== undefined) {
      if (breakLock(file, raw))
        opts.note?.(
          `broke a stale lock ${show(file)}${holder ? ` (${describeOwner(holder)}, since ${holder.started})` : ''}: ${gone}.`,
        );
      continue;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      const who = holder ? `since ${holder.started} (${describeOwner(holder)})` : '(the lock file is being written)';
      return {
        ok: false,
        message:
          `another import holds the lock on this case ${who}; it was not released within ${waitMs / 1000} s. ` +
          `If no import is running, remove ${show(file)}`,
      };
    }
    await sleep(Math.min(delay, left));
    delay = Math.min(delay * 2, 100);
  }
}

function isHeld(o: Owner): boolean {
  return held.has(o.nonce);
}

/** 'created', 'exists', or the error code that stops us. */
function tryCreate(file: string, owner: Owner): string {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return code === 'EEXIST' ? 'exists' : code;
  }
  try {
    fs.writeFileSync(fd, `${JSON.stringify(owner)}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return 'created';
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** A lock file with no owner record yet is being written; after a few seconds, its writer died. */
function unreadableGone(file: string): string | undefined {
  try {
    return Date.now() - fs.statSync(file).mtimeMs > 5000 ? 'it records no owner' : undefined;
  } catch {
    return undefined;
  }
}

/** Remove the lock file if it still holds `raw`; true when this call removed it. */
function breakLock(file: string, raw: string): boolean {
  const aside = `${file}.${process.pid}-${Math.random().toString(16).slice(2)}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return false; // someone else broke or released it: try again
  }
  const moved = readText(aside);
  if (moved !== raw) {
    // A fresh lock was taken between our read and the rename: give it back (link never overwrites).
    try {
      fs.linkSync(aside, file);
    } catch {
      // Yet another process took the lock meanwhile; the holder we displaced finds its lock gone on release.
    }
    fs.rmSync(aside, { force: true });
    return false;
  }
  fs.rmSync(aside, { force: true });
  return true;
}

function holdLock(file: string, owner: Owner): CaseLock {
  held.add(owner.nonce);
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    held.delete(owner.nonce);
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.removeListener('exit', release);
    const now = readText(file);
    if (now !== undefined && parseOwner(now)?.nonce === owner.nonce) fs.rmSync(file, { force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    release();
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.once(s, onSignal);
  process.once('exit', release);
  return { file, release };
}
