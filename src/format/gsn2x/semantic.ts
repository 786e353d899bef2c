// gsn2x documents reduced to their meaning, so that two spellings of the same
// argument compare equal: a single id and a one-item list, `G2->CG1` and
// `G2 -> CG1`, an explicit `nodeType` the prefix already implies, `text: ""`
// and no text, `undeveloped: false` and no `undeveloped`. Used by the round
// trip tests; usable wherever gsn2x files are compared.
import yaml from 'js-yaml';
import { isMapping, setOwn } from './diag.js';
import { typeFromPrefix } from './node-types.js';
import type { Gsn2xFile } from './read-modules.js';

export interface SemanticElement {
  type: string;
  text: string;
  links: Record<string, string[]>;
  flags: Record<string, boolean>;
  url?: string;
  acp: Record<string, string[]>;
  /** Every other field (layout, layers, classes), as parsed. */
  other: Record<string, unknown>;
}

export interface SemanticModule {
  brief?: string;
  extends: { module: string; develops: Record<string, string[]> }[];
}

export interface SemanticCase {
  elements: Record<string, SemanticElement>;
  /** By module name; modules without a `module:` entry are left out. */
  modules: Record<string, SemanticModule>;
}

const list = (v: unknown): string[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
const relation = (s: string): string => {
  const i = s.indexOf('->');
  return i === -1 ? s.trim() : `${s.slice(0, i).trim()} -> ${s.slice(i + 2).trim()}`;
};
const LINKS = ['supportedBy', 'inContextOf', 'challenges', 'defeatedRelation'];
const FLAGS = ['undeveloped', 'defeated'];
const HANDLED = new Set([...LINKS, ...FLAGS, 'text', 'nodeType', 'url', 'acp']);

export function semanticGsn2x(files: readonly Gsn2xFile[]): SemanticCase {
  const out: SemanticCase = { elements: {}, modules: {} };
  for (const f of files) {
    const doc = yaml.load(f.text, { schema: yaml.CORE_SCHEMA });
    if (!isMapping(doc)) continue;
    for (const [id, raw] of Object.entries(doc)) {
      if (id === 'module' && isMapping(raw)) {
        setOwn(out.modules, String(raw.name), {
          ...(raw.brief !== undefined && raw.brief !== null && raw.brief !== '' ? { brief: String(raw.brief) } : {}),
          extends: (Array.isArray(raw.extends) ? raw.extends : []).filter(isMapping).map((e) => ({
            module: String(e.module),
            develops: Object.fromEntries(
              Object.entries(isMapping(e.develops) ? e.develops : {}).map(([k, v]) => [k, list(v)]),
            ),
          })),
        });
        continue;
      }
      const el = isMapping(raw) ? raw : {};
      const links: Record<string, string[]> = {};
      for (const k of LINKS) {
        const l = list(el[k]).map(k === 'challenges' ? relation : (x: string) => x);
        if (l.length) links[k] = l;
      }
      const flags: Record<string, boolean> = {};
      for (const k of FLAGS) if (el[k] === true) flags[k] = true;
      const acp: Record<string, string[]> = {};
      if (isMapping(el.acp)) for (const [k, v] of Object.entries(el.acp)) setOwn(acp, k, list(v));
      const other: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(el)) if (!HANDLED.has(k)) setOwn(other, k, v);
      setOwn(out.elements, id, {
        type: typeof el.nodeType === 'string' ? el.nodeType : (typeFromPrefix(id) ?? '?'),
        text: el.text === undefined || el.text === null ? '' : String(el.text),
        links,
        flags,
        ...(el.url !== undefined && el.url !== null ? { url: String(el.url) } : {}),
        acp,
        other,
      });
    }
  }
  return out;
}
