// How every command prints findings: the same blocks as `warrant check`
// (output/pretty.ts formatDiagnostics) with paths relative to the working
// directory, or, under --format json, the same objects as check's JSON
// (output/json.ts jsonDiagnostic) in one document.
import fs from 'node:fs';
import path from 'node:path';
import { jsonDiagnostic } from '../output/json.js';
import { formatDiagnostics, type ShownDiagnostic } from '../output/pretty.js';
import { jsonText } from '../output/text.js';
import type { Io } from './io.js';

/** The schema of the JSON document a command prints when it has only diagnostics to report. */
export const DIAGNOSTICS_SCHEMA = 'warrant-diagnostics/1';

/** A path as the user would type it: relative to the working directory when it is inside it. */
export function shownPath(io: Pick<Io, 'cwd'>, file: string): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(io.cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** The diagnostics with every path (their own and their notes') shown relative to the working directory. */
function relative<D extends ShownDiagnostic>(io: Pick<Io, 'cwd'>, diagnostics: readonly D[]): D[] {
  return diagnostics.map((d) => ({
    ...d,
    file: shownPath(io, d.file),
    ...(d.related ? { related: d.related.map((r) => ({ ...r, file: shownPath(io, r.file) })) } : {}),
  }));
}

/** The diagnostics as check prints them, code frames from `sources` (keyed by the paths the loader used). */
export function diagnosticsText(
  io: Pick<Io, 'cwd' | 'color'>,
  diagnostics: readonly ShownDiagnostic[],
  sources: ReadonlyMap<string, string> = new Map(),
): string {
  const shownSources = new Map([...sources].map(([file, text]) => [shownPath(io, file), text]));
  return formatDiagnostics(relative(io, diagnostics), shownSources, { color: io.color });
}

/** Print diagnostics to stderr, as check prints them. */
export function printDiagnostics(
  io: Io,
  diagnostics: readonly ShownDiagnostic[],
  sources?: ReadonlyMap<string, string>,
): void {
  if (diagnostics.length) io.stderr(diagnosticsText(io, diagnostics, sources));
}

/** A JSON document of diagnostics alone (a case that does not load, under --format json). */
export function diagnosticsJson(io: Pick<Io, 'cwd'>, diagnostics: readonly ShownDiagnostic[]): string {
  return `${jsonText({ schema: DIAGNOSTICS_SCHEMA, diagnostics: relative(io, diagnostics).map(jsonDiagnostic) }, 2)}\n`;
}

/** The text of each file the diagnostics point into, read from disk (for code frames); unreadable ones left out. */
export function sourcesOnDisk(io: Pick<Io, 'cwd'>, diagnostics: readonly ShownDiagnostic[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of new Set(diagnostics.map((d) => d.file))) {
    try {
      out.set(file, fs.readFileSync(path.resolve(io.cwd, file), 'utf8'));
    } catch {
      // No frame for a file that cannot be read: the position is still printed.
    }
  }
  return out;
}
