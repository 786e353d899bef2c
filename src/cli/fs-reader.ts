// The loader's window on the file system: size-checked before reading, so a
// huge file is refused without being read into memory.
import fs from 'node:fs';
import path from 'node:path';
import type { ReadResult, SourceReader } from '../format/load-case.js';

export const fsReader: SourceReader = {
  read(file: string, maxBytes: number): ReadResult {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return { ok: false, reason: 'missing', detail: 'does not exist' };
    }
    if (stat.isDirectory()) return { ok: false, reason: 'directory', detail: 'is a directory' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large', detail: `is ${stat.size} bytes, over the limit of ${maxBytes} bytes` };
    try {
      return { ok: true, text: fs.readFileSync(file, 'utf8') };
    } catch (e) {
      return { ok: false, reason: 'unreadable', detail: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  },
};

/** A path argument names a case file, or a directory holding warrant.yaml. */
export function resolveCaseRoot(arg: string): string {
  try {
    if (fs.statSync(arg).isDirectory()) return path.join(arg, 'warrant.yaml');
  } catch {
    // let the loader report the missing file with its code
  }
  return arg;
}
