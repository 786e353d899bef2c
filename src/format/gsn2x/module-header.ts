// Read a gsn2x `module:` entry: name, brief, uses and extends. Fields
// Warrant's module header cannot hold are reported (X05) and dropped.
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Loc, PosTree } from '../../model/loc.js';
import { diagnostic, isMapping, locIn, show } from './diag.js';

export interface Gsn2xExtends {
  module: string;
  /** Undeveloped element of that module -> the elements here that develop it, with their positions. */
  develops: { id: string; at: Loc; by: { id: string; at: Loc }[] }[];
  at: Loc;
}

export interface Gsn2xHeader {
  name?: string;
  brief?: string;
  /** `uses` entries as written, with where they were written. */
  uses: { path: string; at: Loc }[];
  extends: Gsn2xExtends[];
  at: Loc;
}

const KNOWN = new Set(['name', 'brief', 'uses', 'extends']);

function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Read the value of a top-level `module:` key. `pos` is that value's position tree. */
export function readHeader(value: unknown, pos: PosTree, file: string, diags: Diagnostic[]): Gsn2xHeader | undefined {
  const here = locIn(file, pos, [], true);
  if (!isMapping(value)) {
    diags.push(
      diagnostic(
        'X03',
        'error',
        locIn(file, pos, []),
        `\`module:\` must be a mapping with a \`name\`, but is ${show(value)}.`,
        'Write `module: { name: MyModule, brief: ... }`, or remove the entry.',
      ),
    );
    return undefined;
  }
  const header: Gsn2xHeader = { uses: [], extends: [], at: here };
  const wrong = (key: string, want: string) =>
    diags.push(
      diagnostic(
        'X03',
        'error',
        locIn(file, pos, [key]),
        `\`module.${key}\` must be ${want}, but is ${show(value[key])}.`,
        `Write ${want} here, or remove the field.`,
      ),
    );

  if (value.name !== undefined && value.name !== null) {
    const name = scalarText(value.name);
    if (name === undefined) wrong('name', 'text');
    else header.name = name;
  }
  if (value.brief !== undefined && value.brief !== null) {
    const brief = scalarText(value.brief);
    if (brief === undefined) wrong('brief', 'text');
    else header.brief = brief;
  }
  const uses = value.uses;
  if (typeof uses === 'string') header.uses.push({ path: uses, at: locIn(file, pos, ['uses']) });
  else if (Array.isArray(uses)) {
    uses.forEach((u, i) => {
      if (typeof u === 'string') header.uses.push({ path: u, at: locIn(file, pos, ['uses', i]) });
      else
        diags.push(
          diagnostic(
            'X03',
            'error',
            locIn(file, pos, ['uses', i]),
            `\`module.uses[${i}]\` must be a file path, but is ${show(u)}.`,
            'List the used module files as paths relative to this file.',
          ),
        );
    });
  } else if (uses !== undefined && uses !== null) wrong('uses', 'a list of file paths');

  const ext = value.extends;
  if (Array.isArray(ext)) {
    ext.forEach((e, i) => {
      const read = readExtends(e, pos, file, i, diags);
      if (read) header.extends.push(read);
    });
  } else if (ext !== undefined && ext !== null) wrong('extends', 'a list of `{ module, develops }` entries');

  const dropped = Object.keys(value).filter((k) => !KNOWN.has(k));
  if (dropped.length) {
    diags.push(
      diagnostic(
        'X05',
        'warning',
        locIn(file, pos, [dropped[0] as string], true),
        `Module field${dropped.length > 1 ? 's' : ''} ${dropped.map((k) => `\`${k}\``).join(', ')} cannot be held by a Warrant module header and ${dropped.length > 1 ? 'are' : 'is'} not imported.`,
        'Export will not restore them; keep the gsn2x file if the architecture-view layout or the legend information matters.',
      ),
    );
  }
  return header;
}

function readExtends(e: unknown, pos: PosTree, file: string, i: number, diags: Diagnostic[]): Gsn2xExtends | undefined {
  const at = locIn(file, pos, ['extends', i]);
  if (!isMapping(e) || typeof e.module !== 'string' || !isMapping(e.develops)) {
    diags.push(
      diagnostic(
        'X03',
        'error',
        at,
        `\`module.extends[${i}]\` must be a mapping with \`module\` (a module name) and \`develops\` (a mapping), but is ${show(e)}.`,
        'Write `- module: template\n    develops: { G1: [G2] }`.',
      ),
    );
    return undefined;
  }
  const develops: Gsn2xExtends['develops'] = [];
  for (const [id, by] of Object.entries(e.develops)) {
    const path = ['extends', i, 'develops', id] as const;
    const list = typeof by === 'string' ? [by] : Array.isArray(by) ? by : undefined;
    if (!list || list.some((b) => typeof b !== 'string')) {
      diags.push(
        diagnostic(
          'X03',
          'error',
          locIn(file, pos, [...path]),
          `\`develops.${id}\` must be a list of element ids, but is ${show(by)}.`,
          `Write \`${id}: [G2]\`.`,
        ),
      );
      continue;
    }
    develops.push({
      id,
      at: locIn(file, pos, [...path], true),
      by: (list as string[]).map((b, j) => ({
        id: b,
        at: locIn(file, pos, typeof by === 'string' ? [...path] : [...path, j]),
      })),
    });
  }
  return { module: e.module, develops, at };
}
