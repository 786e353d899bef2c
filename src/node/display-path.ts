// How a path argument is shown in output: shared by the CLI's commands and the
// preview server, so a case is named the same way everywhere.
import path from 'node:path';

/**
 * Paths inside the working directory are shown relative to it (the directory
 * itself as "."), so output is the same on every machine.
 */
export function displayPath(arg: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, arg));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel)
    ? rel.split(path.sep).join('/')
    : rel === ''
      ? '.'
      : path.resolve(cwd, arg);
}
