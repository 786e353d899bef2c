// SHA-256 of a local file, read in 1 MiB chunks so a large artefact is never
// held in memory whole. The shell side of `warrant evidence verify`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { HashResult } from '../evidence/verify.js';

const CHUNK = 1024 * 1024;

export function hashFile(file: string): HashResult {
  let fd: number;
  try {
    if (fs.statSync(file).isDirectory()) return { ok: false, reason: 'unreadable', detail: 'is a directory' };
    fd = fs.openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { ok: false, reason: 'missing', detail: 'does not exist' }
      : { ok: false, reason: 'unreadable', detail: `cannot be read (${code ?? 'error'})` };
  }
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
