// Who holds a lock or a commit journal, and whether that process is gone.
// A lock or journal left by a process that was killed must not block the case
// for ever, but one held by a live process (here or on another machine
// sharing the directory) must never be taken over.
import crypto from 'node:crypto';
import os from 'node:os';

export interface Owner {
  pid: number;
  host: string;
  /** ISO time the lock or commit was started. */
  started: string;
  /** What holds it, for the message a waiting process prints ("warrant evidence import"). */
  command?: string;
  /** Tells two holders with the same pid apart (a reused pid, a test in one process). */
  nonce: string;
}

/** Past this age a holder is taken to be gone even if its pid cannot be checked (another host) or was reused. */
export const STALE_MS = 10 * 60 * 1000;

export function currentOwner(command?: string, now = Date.now()): Owner {
  return {
    pid: process.pid,
    host: os.hostname(),
    started: new Date(now).toISOString(),
    ...(command ? { command } : {}),
    nonce: crypto.randomBytes(6).toString('hex'),
  };
}

/** Parse an owner record; undefined when it is not one (a file being written, or damaged). */
export function parseOwner(text: string): Owner | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null) return undefined;
    const o = v as Record<string, unknown>;
    if (typeof o.pid !== 'number' || typeof o.host !== 'string' || typeof o.started !== 'string') return undefined;
    if (Number.isNaN(Date.parse(o.started))) return undefined;
    return {
      pid: o.pid,
      host: o.host,
      started: o.started,
      ...(typeof o.command === 'string' ? { command: o.command } : {}),
      nonce: typeof o.nonce === 'string' ? o.nonce : '',
    };
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid runs on this machine (EPERM: it runs, as another user). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Why the owner is taken to be gone, or undefined while it may still be at
 * work: its pid is dead on this host, or it started more than `staleMs` ago.
 * `alive` answers for pids of this process (a caller's own records).
 */
export function goneReason(
  owner: Owner,
  opts: { now?: number; staleMs?: number; alive?: (o: Owner) => boolean } = {},
): string | undefined {
  const now = opts.now ?? Date.now();
  const staleMs = opts.staleMs ?? STALE_MS;
  if (owner.host === os.hostname()) {
    const alive = owner.pid === process.pid && opts.alive ? opts.alive(owner) : pidAlive(owner.pid);
    if (!alive) return `process ${owner.pid} is no longer running`;
  }
  const age = now - Date.parse(owner.started);
  if (age > staleMs) return `it is older than ${Math.round(staleMs / 60000)} minutes`;
  return undefined;
}

export function describeOwner(o: Owner): string {
  return `${o.command ? `${o.command}, ` : ''}pid ${o.pid} on ${o.host}`;
}
