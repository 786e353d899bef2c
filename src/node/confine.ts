// Which files a case may make Warrant read. A case can come from an untrusted
// pull request checked in CI, so what it names is input, not permission:
//
// - only files inside its boundary: the directory of its root file, or the git
//   repository holding it (the nearest ancestor with a .git) when there is
//   one, judged after following symbolic links (realpath), so neither `../`
//   nor a link can reach the runner's other files;
// - only regular files: a device can be endless (/dev/zero) and a FIFO can
//   block forever. The type is checked before opening and again on the open
//   descriptor (opened non-blocking, not following a last-moment link);
// - never more than the limit: reads stop at maxBytes + 1, whatever stat said.
//
// The shell side of the loader (fs-reader.ts) and of `evidence verify`
// (hash-file.ts) both go through here.
import fs from 'node:fs';
import path from 'node:path';

export interface Boundary {
  /** The directory (real path) every file must resolve inside. */
  dir: string;
  /** How to name it in a message. */
  what: 'repository' | "case's directory";
}

/** The boundary of the case whose root file is `rootFile` (an absolute path). */
export function boundaryOf(rootFile: string): Boundary {
  const caseDir = realOrAsIs(path.dirname(rootFile));
  for (let d = caseDir; ; ) {
    if (fs.existsSync(path.join(d, '.git'))) return { dir: d, what: 'repository' };
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return { dir: caseDir, what: "case's directory" };
}

export type Refusal = {
  ok: false;
  reason: 'missing' | 'directory' | 'not-regular' | 'outside' | 'unreadable';
  detail: string;
};

export type Opened = { ok: true; fd: number; size: number } | Refusal;

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);

/** Open `file` (absolute) for reading if it is a regular file inside `within`; the caller closes the fd. */
export function openRegular(file: string, within?: Boundary): Opened {
  const real = resolveReal(file);
  if (!real.ok) return real;
  if (within && !isInside(within.dir, real.path)) {
    const how = real.path !== file && isSymlinkEscape(file, within) ? 'is a symbolic link to a file' : 'is';
    return { ok: false, reason: 'outside', detail: `${how} outside the ${within.what} ${within.dir}` };
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(real.path);
  } catch (e) {
    return failure(e);
  }
  if (stat.isDirectory()) return { ok: false, reason: 'directory', detail: 'is a directory' };
  if (!stat.isFile()) return notRegular(stat);
  let fd: number;
  try {
    fd = fs.openSync(real.path, OPEN_FLAGS);
  } catch (e) {
    return failure(e);
  }
  // The file may have been swapped between the checks and the open: judge what was opened.
  const opened = fs.fstatSync(fd);
  if (!opened.isFile()) {
    fs.closeSync(fd);
    return notRegular(opened);
  }
  return { ok: true, fd, size: opened.size };
}

/**
 * Up to maxBytes + 1 bytes of an open regular file: more than maxBytes means
 * too large, whatever its size said when it was opened (a file that grows).
 */
export function readBounded(fd: number, size: number, maxBytes: number): { ok: true; bytes: Buffer } | { ok: false } {
  const cap = maxBytes + 1;
  const chunks: Buffer[] = [];
  let total = 0;
  // One byte past the size the file reports, so a file that did not grow is read in one call
  // and its end seen in a second; a size of 0 may be a lie (/proc), so it starts with 64 KiB.
  let buf = Buffer.allocUnsafe(Math.min(cap, size > 0 ? size + 1 : 64 * 1024));
  for (;;) {
    const n = fs.readSync(fd, buf, 0, Math.min(buf.length, cap - total), null);
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
    if (total > maxBytes) return { ok: false };
    if (n === buf.length) buf = Buffer.allocUnsafe(Math.min(cap - total, 1024 * 1024));
    else buf = buf.subarray(n);
  }
  return { ok: true, bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total) };
}

/** True if `p` is `dir` or below it (both real, absolute paths). */
export function isInside(dir: string, p: string): boolean {
  if (p === dir) return true;
  return p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

/**
 * The real path of `file`; for a file that does not exist, the real path of
 * its nearest existing ancestor with the rest appended, so that a missing file
 * outside the boundary is refused as outside rather than reported missing
 * (which would tell whether it exists).
 */
function resolveReal(file: string): { ok: true; path: string } | Refusal {
  try {
    return { ok: true, path: fs.realpathSync.native(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return failure(e);
  }
  let rest = path.basename(file);
  for (let d = path.dirname(file); ; ) {
    try {
      return { ok: true, path: path.join(fs.realpathSync.native(d), rest) };
    } catch {
      const up = path.dirname(d);
      if (up === d) return { ok: true, path: file };
      rest = path.join(path.basename(d), rest);
      d = up;
    }
  }
}

/** True if `file` itself lies inside the boundary but a link along it leads out (for the message only). */
function isSymlinkEscape(file: string, within: Boundary): boolean {
  return isInside(within.dir, path.join(realOrAsIs(path.dirname(file)), path.basename(file)));
}

function realOrAsIs(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return p;
  }
}

function notRegular(stat: fs.Stats): Refusal {
  const kind = stat.isFIFO()
    ? 'a named pipe (FIFO)'
    : stat.isCharacterDevice()
      ? 'a character device'
      : stat.isBlockDevice()
        ? 'a block device'
        : stat.isSocket()
          ? 'a socket'
          : 'not a regular file';
  return {
    ok: false,
    reason: 'not-regular',
    detail: `is ${kind}${kind.startsWith('a ') ? ', not a regular file' : ''}`,
  };
}

/** An error from the file system, as a refusal: a file that is not there, or one that cannot be read. */
function failure(e: unknown): Refusal {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', detail: 'does not exist' };
  // Opening a socket fails with ENXIO; a link that loops with ELOOP.
  if (code === 'ENXIO') return { ok: false, reason: 'not-regular', detail: 'is a socket, not a regular file' };
  return { ok: false, reason: 'unreadable', detail: `cannot be read (${code ?? 'error'})` };
}
