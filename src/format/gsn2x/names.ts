// File names and ids derived from other names: stems, safe relative paths,
// de-duplication, and turning free text into a valid Warrant id.
import { ID_PATTERN } from '../../model/schema.js';
import { posixPath as path } from '../../util/posix-path.js';

/** `dir/sub1.gsn.yaml` -> `sub1`; also strips `.warrant.yaml`, `.yaml`, `.yml`. */
export function stemOf(file: string): string {
  return path.basename(file).replace(/(\.(gsn|warrant))?\.ya?ml$/i, '');
}

/** `dir/sub1.gsn.yaml` -> `dir/sub1` (the path without its YAML extension). */
export function withoutExtension(file: string): string {
  const dir = path.dirname(file);
  const stem = stemOf(file);
  return dir === '.' ? stem : `${dir}/${stem}`;
}

/**
 * `file` relative to `dir`, when it stays inside `dir`; otherwise its base
 * name. Output files are written beside one another, never above them.
 */
export function relativeInside(dir: string, file: string): string {
  const rel = path.relative(dir, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return path.basename(file);
  return rel;
}

/** `wanted`, or `wanted` with `-2`, `-3`, ... before its extension, whichever is not taken yet. Records the result. */
export function claimName(wanted: string, taken: Set<string>, extension = ''): string {
  const base = extension && wanted.endsWith(extension) ? wanted.slice(0, -extension.length) : wanted;
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}${extension}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A valid Warrant id made from free text: invalid characters become `-`, and it starts with a letter. */
export function toId(text: string, fallback: string): string {
  if (ID_PATTERN.test(text)) return text;
  let s = text
    .trim()
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z]+/, '')
    .replace(/-+$/, '');
  if (!s) s = fallback;
  return ID_PATTERN.test(s) ? s : fallback;
}
