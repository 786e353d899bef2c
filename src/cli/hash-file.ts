// SHA-256 of a local file, read in 1 MiB chunks so a large artefact is never
// held in memory whole. The shell side of `warrant evidence verify`: only a
// regular file inside the case's boundary is hashed (confine.ts), so a case
// cannot make verify hang on a FIFO, read /dev/zero forever, or print the
// digest of a file elsewhere on the machine.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { HashResult } from '../evidence/verify.js';
import { type Boundary, openRegular } from '../node/confine.js';

const CHUNK = 1024 * 1024;

export function hashFile(file: string, within?: Boundary): HashResult {
  const opened = openRegular(file, within);
  if (!opened.ok) {
    if (opened.reason === 'missing' || opened.reason === 'outside')
      return { ok: false, reason: opened.reason, detail: opened.detail };
    return { ok: false, reason: 'unreadable', detail: opened.detail };
  }
  const fd = opened.fd;
  try {
    const h = crypto.createHash('sha256');
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
    }
    return { ok: true, sha256: h.digest('hex') };
  } catch (e) {
    return {
      ok: false,
      reason: 'unreadable',
      detail: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  } finally {
    fs.closeSync(fd);
  }
}
