// The file-system side shared by `warrant import gsn2x` and `warrant export
// gsn2x`: printing diagnostics, printing several files to stdout, and
// writing several files atomically (all to temporary files, then renamed).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { compareDiagnostics } from '../../model/diagnostic.js';
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

export function printDiagnostics(io: Io, prefix: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    let s = `${shown(io, d.file)}:${d.line}:${d.col}: ${d.severity} ${d.code}: ${d.message}\n`;
    for (const r of d.related ?? []) s += `  ${shown(io, r.file)}:${r.line}:${r.col}: ${r.message}\n`;
    if (d.hint) s += `  hint: ${d.hint}\n`;
    io.stderr(prefix ? `${prefix}: ${s}` : s);
  }
}

/** One file as is; several as YAML documents, each headed by `# file: <name>`. */
export function printFiles(io: Io, files: readonly OutFile[]): void {
  if (files.length === 1) {
    io.stdout((files[0] as OutFile).text);
    return;
  }
  io.stdout(files.map((f) => `# file: ${f.path}\n${f.text}`).join('---\n'));
}

/**
 * Write every file under `dir` (paths relative to it), atomically: each goes
 * to a temporary file in its own directory first, and only when all were
 * written are they renamed into place. On failure nothing is left behind.
 * Returns an error message, or undefined on success.
 */
export function writeFilesAtomically(dir: string, files: readonly OutFile[]): string | undefined {
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const f of files) {
      const target = path.resolve(dir, f.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const tmp = path.join(
        path.dirname(target),
        `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`,
      );
      staged.push({ tmp, target });
      fs.writeFileSync(tmp, f.text, { encoding: 'utf8', flag: 'wx' });
    }
    for (const s of staged) fs.renameSync(s.tmp, s.target);
    return undefined;
  } catch (e) {
    for (const s of staged) fs.rmSync(s.tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    return `cannot write ${err.path ?? 'the output'} (${err.code ?? err.message})`;
  }
}
