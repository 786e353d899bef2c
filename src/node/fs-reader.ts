// The loader's window on the file system: size-checked before reading, so a
// huge file is refused without being read into memory.
import fs from 'node:fs';
import path from 'node:path';
import type { ReadResult, SourceReader } from '../format/load-case.js';

/** Reads files; relative paths are taken from `base`. */
export function createFsReader(base: string): SourceReader {
  return {
    read: (file, maxBytes) => readChecked(path.resolve(base, file), maxBytes),
  };
}

/** A reader relative to the process's working directory. */
export const fsReader: SourceReader = createFsReader(process.cwd());

function readChecked(file: string, maxBytes: number): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { ok: false, reason: 'missing', detail: 'does not exist' };
  }
  if (stat.isDirectory()) return { ok: false, reason: 'directory', detail: 'is a directory' };
  if (stat.size > maxBytes)
    return { ok: false, reason: 'too-large', detail: `is ${stat.size} bytes, over the limit of ${maxBytes} bytes` };
  try {
    return { ok: true, text: fs.readFileSync(file, 'utf8') };
  } catch (e) {
    return {
      ok: false,
      reason: 'unreadable',
      detail: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  }
}

/** A path argument names a case file, or a directory holding warrant.yaml. */
export function resolveCaseRoot(arg: string, base = process.cwd()): string {
  try {
    if (fs.statSync(path.resolve(base, arg)).isDirectory()) return path.join(arg, 'warrant.yaml');
  } catch {
    // let the loader report the missing file with its code
  }
  return arg;
}
