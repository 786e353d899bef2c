// Files an import produced (or gsn2x files to import), as a SourceReader: the
// pure way to load them, or to follow `uses`, without a file system.
import type { SourceReader } from '../load-case.js';
import { memoryReader } from '../memory-reader.js';
import type { Gsn2xFile } from './read-modules.js';

export function filesReader(files: readonly Gsn2xFile[]): SourceReader {
  return memoryReader(new Map(files.map((f) => [f.path, f.text])));
}
