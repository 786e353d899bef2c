// The few "/"-separated path operations the loader, the gsn2x interchange and
// the evidence planner need, without node:path, so they run in a browser too.
// dirname, basename, normalize, join and isAbsolute give what node:path/posix
// gives for every input. relative never asks the process for its working
// directory (see there), so its answer is the same on every machine.

/** `a//b/./c/../d` -> `a/b/d`; keeps a leading `/`, leading `..` of a relative path and a trailing `/`. */
export function normalize(p: string): string {
  if (p === '') return '.';
  const absolute = p.startsWith('/');
  const body = segments(p, !absolute).join('/');
  const trailing = p.endsWith('/') ? '/' : '';
  if (absolute) return `/${body}${body ? trailing : ''}`;
  return body ? `${body}${trailing}` : `.${trailing}`;
}

/** The parts joined with `/`, normalized; empty parts are skipped. */
export function join(...parts: string[]): string {
  const joined = parts.filter((part) => part !== '').join('/');
  return joined === '' ? '.' : normalize(joined);
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

/** Everything before the last segment: `a/b/c` -> `a/b`, `a` -> `.`, `/a` -> `/`. */
export function dirname(p: string): string {
  if (p === '') return '.';
  const hasRoot = p.startsWith('/');
  let end = -1;
  let inTrailingSlashes = true;
  for (let i = p.length - 1; i >= 1; i--) {
    if (p[i] === '/') {
      if (!inTrailingSlashes) {
        end = i;
        break;
      }
    } else inTrailingSlashes = false;
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return p.slice(0, end);
}

/** The last segment, without trailing slashes: `a/b.yaml` -> `b.yaml`. */
export function basename(p: string): string {
  let start = 0;
  let end = -1;
  for (let i = p.length - 1; i >= 0; i--) {
    if (p[i] === '/') {
      if (end !== -1) {
        start = i + 1;
        break;
      }
    } else if (end === -1) end = i + 1;
  }
  return end === -1 ? '' : p.slice(start, end);
}

/**
 * The path from the directory `from` to `to`. Two absolute paths, and two
 * relative ones taken from the same directory, give what node:path/posix
 * gives, with one difference: node:path resolves relative paths against the
 * process's working directory, and where its answer would name that
 * directory's own folders (when `from` climbs higher with `..` than `to`
 * does), this one leaves them out. A relative path beside an absolute one is
 * taken from the root.
 */
export function relative(from: string, to: string): string {
  const fromRoot = isAbsolute(from) || isAbsolute(to);
  const f = segments(from, !fromRoot);
  const t = segments(to, !fromRoot);
  let common = 0;
  while (common < f.length && common < t.length && f[common] === t[common]) common++;
  const up = f.slice(common).filter((s) => s !== '..').length;
  return [...Array<string>(up).fill('..'), ...t.slice(common)].join('/');
}

/** The segments of `p` with `.` and empty ones dropped and `..` applied; leading `..` kept when `aboveRoot`. */
function segments(p: string, aboveRoot: boolean): string[] {
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s !== '..') out.push(s);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (aboveRoot) out.push('..');
  }
  return out;
}

/** The operations under the names node:path/posix gives them, for modules that call `path.join(...)`. */
export const posixPath = { basename, dirname, isAbsolute, join, normalize, relative } as const;
