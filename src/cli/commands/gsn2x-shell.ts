// The file-system side shared by `warrant import gsn2x` and `warrant export
// gsn2x`: printing diagnostics, printing several files to stdout, and
// writing several files as one commit (all land, or none changes).
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { compareDiagnostics } from '../../model/diagnostic.js';
import { commitFiles } from '../../node/commit-files.js';
import { type TermText, term, termBlock } from '../../output/terminal.js';
import type { Io } from '../io.js';

export interface OutFile {
  path: string;
  text: string;
}

/** A file path as the user would write it: relative to the working directory when inside it. */
export function shown(io: Io, file: string): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(io.cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Diagnostics one per line (file:line:col: severity code: message), with related positions and the hint below. */
export function printDiagnostics(io: Io, prefix: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    const lines: TermText[] = [
      term`${prefix ? `${prefix}: ` : ''}${shown(io, d.file)}:${d.line}:${d.col}: ${d.severity} ${d.code}: ${termBlock(d.message, '  ')}`,
    ];
    for (const r of d.related ?? [])
      lines.push(term`  ${shown(io, r.file)}:${r.line}:${r.col}: ${termBlock(r.message, '    ')}`);
    if (d.hint) lines.push(term`  hint: ${termBlock(d.hint, '    ')}`);
    io.stderr(`${lines.join('\n')}\n`);
  }
}

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
