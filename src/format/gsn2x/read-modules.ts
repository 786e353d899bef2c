// Parse the gsn2x files given and every file their `module.uses` names,
// depth first, each once. Reports unreadable files (L09), YAML errors
// (L01-L04) and `uses` cycles (L10).
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Loc, PosTree } from '../../model/loc.js';
import { posixPath as path } from '../../util/posix-path.js';
import type { ReadResult } from '../load-case.js';
import { DEFAULT_LIMITS, type ParseLimits, parseYaml } from '../parse-yaml.js';
import { diagnostic, isMapping, show } from './diag.js';
import { type Gsn2xHeader, readHeader } from './module-header.js';

export interface Gsn2xFile {
  path: string;
  text: string;
}

/** Reads a file that `module.uses` names and the caller did not pass. */
export type ReadFile = (file: string, maxBytes: number) => ReadResult;

export interface Gsn2xModule {
  /** Normalised path, as given or as resolved from `uses`. */
  path: string;
  /** The document: element id -> element, plus `module` when present. */
  value: Record<string, unknown>;
  pos: PosTree;
  header?: Gsn2xHeader;
  /** Normalised paths of the modules this one uses, in order. */
  uses: string[];
  /** True when the caller passed it, false when reached through `uses`. */
  given: boolean;
}

export interface ReadModulesResult {
  modules: Gsn2xModule[];
  diagnostics: Diagnostic[];
  /** True when some file could not be read or parsed. */
  fatal: boolean;
}

export function readModules(
  files: readonly Gsn2xFile[],
  read: ReadFile | undefined,
  limits: ParseLimits = DEFAULT_LIMITS,
): ReadModulesResult {
  const texts = new Map<string, string>();
  for (const f of files) if (!texts.has(path.normalize(f.path))) texts.set(path.normalize(f.path), f.text);
  const given = new Set(texts.keys());
  const diagnostics: Diagnostic[] = [];
  const modules: Gsn2xModule[] = [];
  const visited = new Set<string>();
  let fatal = false;

  const fail = (d: Diagnostic) => {
    diagnostics.push(d);
    fatal = true;
  };

  const visit = (file: string, chain: string[], from?: Loc): boolean => {
    if (chain.includes(file)) {
      const cycle = [...chain.slice(chain.indexOf(file)), file].join(' -> ');
      fail(
        diagnostic(
          'L10',
          'error',
          from ?? { file, line: 1, col: 1 },
          `\`uses\` cycle: ${cycle}.`,
          'A gsn2x module must not use, directly or indirectly, a module that uses it. Remove one of these `uses` entries.',
        ),
      );
      return false;
    }
    if (visited.has(file)) return true;
    visited.add(file);
    let text = texts.get(file);
    if (text === undefined) {
      const r = read
        ? read(file, limits.maxBytes)
        : ({ ok: false, reason: 'missing', detail: 'was not given' } as const);
      if (!r.ok) {
        fail(
          diagnostic(
            r.reason === 'too-large' ? 'L03' : 'L09',
            'error',
            from ?? { file, line: 1, col: 1 },
            `Used module ${file} ${r.reason === 'missing' ? 'does not exist' : r.detail}.`,
            '`uses` paths are relative to the file that names them. Check the spelling, or pass the file too.',
          ),
        );
        return false;
      }
      text = r.text;
    }
    const parsed = parseYaml(text, file, limits);
    if (!parsed.ok) {
      fail(parsed.diagnostic);
      return false;
    }
    const value = parsed.value === null ? {} : parsed.value;
    if (!isMapping(value)) {
      fail(
        diagnostic(
          'X03',
          'error',
          { file, line: parsed.pos.line, col: parsed.pos.col },
          `A gsn2x file is a mapping of element ids to elements, but ${file} holds ${show(value)}.`,
          'Write each element as `G1: { text: ... }` at the top level.',
        ),
      );
      return false;
    }
    const modPos = parsed.pos.fields?.get('module') ?? parsed.pos;
    const header = Object.hasOwn(value, 'module') ? readHeader(value.module, modPos, file, diagnostics) : undefined;
    const mod: Gsn2xModule = {
      path: file,
      value,
      pos: parsed.pos,
      uses: [],
      given: given.has(file),
      ...(header ? { header } : {}),
    };
    modules.push(mod);
    for (const u of header?.uses ?? []) {
      const target = path.normalize(path.join(path.dirname(file), u.path));
      if (visit(target, [...chain, file], u.at)) mod.uses.push(target);
    }
    return true;
  };

  for (const file of texts.keys()) visit(file, []);
  // An error in a module header is as fatal as one in the YAML.
  if (diagnostics.some((d) => d.severity === 'error')) fatal = true;
  return { modules, diagnostics, fatal };
}
