// Files held in memory, as a loader SourceReader and as a `uses` reader: the
// pure way to load what an import produced (tests, the server, the browser).
import path from 'node:path/posix';
import type { ReadResult, SourceReader } from '../load-case.js';
import type { Gsn2xFile } from './read-modules.js';

export function memoryReader(files: readonly Gsn2xFile[]): SourceReader & { readFile(file: string, maxBytes: number): ReadResult } {
  const byPath = new Map(files.map((f) => [path.normalize(f.path), f.text]));
  const read = (file: string, maxBytes: number): ReadResult => {
    const text = byPath.get(path.normalize(file));
    if (text === undefined) return { ok: false, reason: 'missing', detail: 'does not exist' };
    if (Buffer.byteLength(text, 'utf8') > maxBytes) return { ok: false, reason: 'too-large', detail: `is over the limit of ${maxBytes} bytes` };
    return { ok: true, text };
  };
  return { read, readFile: read };
}
