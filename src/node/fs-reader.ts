// The loader's window on the file system. A case may come from an untrusted
// pull request, so a read is confined (confine.ts): regular files only,
// inside the case's directory or repository when the loader says which case
// it reads for, and never more than the size limit, checked while reading.
import fs from 'node:fs';
import path from 'node:path';
import type { ReadResult, ReadScope, SourceReader } from '../format/load-case.js';
import { decodeUtf8 } from '../format/source-text.js';
import { type Boundary, boundaryOf, openRegular, readBounded } from './confine.js';

/** Reads files; relative paths are taken from `base`. */
export function createFsReader(base: string): SourceReader {
  // One boundary per case root: finding it walks up to the repository root.
  const boundaries = new Map<string, Boundary>();
  const boundary = (scope: ReadScope): Boundary => {
    const root = path.resolve(base, scope.root);
    let b = boundaries.get(root);
    if (!b) boundaries.set(root, (b = boundaryOf(root)));
    return b;
  };
  return {
    read: (file, maxBytes, scope) => readChecked(path.resolve(base, file), maxBytes, scope && boundary(scope)),
  };
}

/** A reader relative to the process's working directory. */
export const fsReader: SourceReader = createFsReader(process.cwd());

function readChecked(file: string, maxBytes: number, within: Boundary | undefined): ReadResult {
  const opened = openRegular(file, within);
  if (!opened.ok) return opened;
  try {
    if (opened.size > maxBytes) return tooLarge(`is ${opened.size} bytes,`, maxBytes);
    const read = readBounded(opened.fd, opened.size, maxBytes);
    // The size said it fits, but a file can grow, and one under /proc says 0: reading stopped at the limit.
    if (!read.ok) return tooLarge('is', maxBytes);
    const { text, invalidAt } = decodeUtf8(read.bytes);
    return invalidAt === undefined ? { ok: true, text } : { ok: true, text, invalidUtf8At: invalidAt };
  } catch (e) {
    return {
      ok: false,
      reason: 'unreadable',
      detail: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  } finally {
    fs.closeSync(opened.fd);
  }
}

function tooLarge(what: string, maxBytes: number): ReadResult {
  return { ok: false, reason: 'too-large', detail: `${what} over the limit of ${maxBytes} bytes` };
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
