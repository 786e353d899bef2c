// What `warrant check a b c` checks: each path argument as zero or more case
// roots. A case is a .yaml file, or a directory holding warrant.yaml; a
// directory without one (examples/) stands for every case under it, so that a
// shell glob or `check .` at a repository's root works; anything else is
// skipped with one line saying why.
import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../node/display-path.js';

export interface CaseArgs {
  /** Root files to load, shown relative to the working directory, in argument order. */
  roots: string[];
  /** One line for each argument that was skipped or stood for several cases. */
  notes: string[];
}

const ROOT = 'warrant.yaml';
/** Not searched for cases: tools' and VCS directories, and dependencies. */
const SKIP_DIR = (name: string) => name.startsWith('.') || name === 'node_modules';
/** Deep enough for any layout of cases; bounds the walk on a huge tree. */
const MAX_DEPTH = 8;

function kindOf(p: string): 'file' | 'dir' | 'missing' {
  try {
    const st = fs.statSync(p);
    return st.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

/** The directories under `dir` that hold a warrant.yaml, in sorted order; a case's own directory is not searched. */
export function casesUnder(dir: string, depth = 0): string[] {
  if (kindOf(path.join(dir, ROOT)) === 'file') return [dir];
  if (depth >= MAX_DEPTH) return [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isDirectory() && !SKIP_DIR(e.name))
    .map((e) => e.name)
    .sort()
    .flatMap((name) => casesUnder(path.join(dir, name), depth + 1));
}

/** Each argument as the case roots it stands for (see the top of this file). */
export function expandCaseArgs(args: readonly string[], cwd: string): CaseArgs {
  const roots: string[] = [];
  const notes: string[] = [];
  for (const arg of args) {
    const shown = displayPath(arg, cwd);
    const abs = path.resolve(cwd, arg);
    const kind = kindOf(abs);
    if (kind === 'missing')
      roots.push(shown); // the loader says it is missing, with its code
    else if (kind === 'file') {
      if (/\.ya?ml$/i.test(arg)) roots.push(shown);
      else notes.push(`skipped ${shown}: not a case (a case is a .yaml file or a directory holding ${ROOT})`);
    } else if (kindOf(path.join(abs, ROOT)) === 'file') roots.push(joinShown(shown, ROOT));
    else {
      const found = casesUnder(abs).map((d) => joinShown(displayPath(d, cwd), ROOT));
      // None: the loader reports the missing warrant.yaml, as for any directory that is not a case.
      if (found.length === 0) roots.push(joinShown(shown, ROOT));
      else {
        roots.push(...found);
        notes.push(
          `${shown} holds no ${ROOT}: checking the ${found.length} case${found.length === 1 ? '' : 's'} under it`,
        );
      }
    }
  }
  return { roots: [...new Set(roots)], notes };
}

function joinShown(dir: string, file: string): string {
  return dir === '.' ? file : `${dir.replace(/\/$/, '')}/${file}`;
}
