// The file-system side shared by `warrant import gsn2x` and `warrant export
// gsn2x`: showing paths, printing several files to stdout, and
// writing several files as one commit (all land, or none changes).
import path from 'node:path';
import { commitFiles } from '../../node/commit-files.js';
import { term } from '../../output/terminal.js';
import { shownPath } from '../diagnostics.js';
import type { Io } from '../io.js';

export interface OutFile {
  path: string;
  text: string;
}

/** A file path as the user would write it: relative to the working directory when inside it. */
export const shown = (io: Io, file: string): string => shownPath(io, file);

/** One file as is; several as YAML documents, each headed by `# file: <name>`. */
export function printFiles(io: Io, files: readonly OutFile[]): void {
  if (files.length === 1) {
    io.stdout((files[0] as OutFile).text);
    return;
  }
  io.stdout(files.map((f) => `${term`# file: ${f.path}`}\n${f.text}`).join('---\n'));
}

/**
 * Write every file under `dir` (paths relative to it) as one commit
 * (src/node/commit-files.ts): all land, or each is left as it was. Returns
 * the error as a sentence that says whether anything was written, or
 * undefined on success; `note` hears about interrupted earlier writes it
 * recovered.
 */
export function writeFilesAtomically(
  dir: string,
  files: readonly OutFile[],
  note?: (line: string) => void,
): string | undefined {
  const r = commitFiles(
    files.map((f) => ({ path: path.resolve(dir, f.path), text: f.text })),
    { journalDir: path.resolve(dir) },
  );
  for (const n of r.notes) note?.(n);
  if (r.ok) return undefined;
  return r.changed ? r.message : `${r.message}; nothing was written`;
}
