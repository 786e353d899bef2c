// Convert one gsn2x element into a Warrant argument node. Fields the node's
// kind can hold become Warrant fields; layout-only fields and fields the kind
// cannot hold go under `layout:` with their gsn2x names, so export restores them.
import type { Diagnostic } from '../../model/diagnostic.js';
import type { PathPart, PosTree } from '../../model/loc.js';
import { ID_PATTERN } from '../../model/schema.js';
import type { Gsn2xCode } from './codes.js';
import { diagnostic, isMapping, locIn, setOwn, show } from './diag.js';
import { GSN2X_TYPES, type Gsn2xType, HOLDS, isGsn2xType, kindOf, typeFromPrefix } from './node-types.js';

/** `layout.text` holds this when the gsn2x element had no text (Warrant then uses the id). */
export const TEXT_ABSENT = 'absent';

/** gsn2x link fields -> Warrant field, for kinds that hold them (see HOLDS). */
const LINK_FIELDS = new Map<string, string>([
  ['challenges', 'challenges'],
  ['supportedBy', 'supported_by'],
  ['inContextOf', 'in_context_of'],
  ['undeveloped', 'undeveloped'],
]);

/** gsn2x fields every kind holds, read below; every other field goes to layout. */
const MAPPED = new Set(['text', 'nodeType', 'url', 'defeated', 'defeatedRelation', 'acp']);

/** A Warrant node as plain data, keys in output order. */
export type PlainNode = Record<string, unknown>;

export function toWarrantNode(
  id: string,
  value: unknown,
  pos: PosTree,
  file: string,
  diags: Diagnostic[],
): PlainNode | undefined {
  const at = (path: PathPart[], key = false) => locIn(file, pos, path, key);
  const before = diags.length;
  const error = (code: Gsn2xCode, path: PathPart[], message: string, hint: string, key = false) =>
    diags.push(diagnostic(code, 'error', at(path, key), message, hint, id));

  if (!ID_PATTERN.test(id)) {
    error(
      'X02',
      [],
      `Element id \`${id}\` is not a valid Warrant id.`,
      'An id starts with a letter, followed by letters, digits, ".", "_" or "-". Rename the element and its references.',
      true,
    );
  }
  if (value !== null && !isMapping(value)) {
    error(
      'X03',
      [],
      `Element ${id} must be a mapping of fields, but is ${show(value)}.`,
      `Write \`${id}:\` followed by indented fields such as \`text:\`.`,
    );
    return undefined;
  }
  const fields: Record<string, unknown> = value ?? {};

  // The type: an explicit nodeType wins over the prefix.
  const prefixType = typeFromPrefix(id);
  let type: Gsn2xType | undefined = prefixType;
  const explicit = fields.nodeType;
  if (explicit !== undefined && explicit !== null) {
    if (isGsn2xType(explicit)) type = explicit;
    else {
      error(
        'X01',
        ['nodeType'],
        `\`nodeType\` of ${id} is ${show(explicit)}, which is not a gsn2x type.`,
        `Use one of: ${GSN2X_TYPES.join(', ')}.`,
      );
      return undefined;
    }
  }
  if (!type) {
    error(
      'X01',
      [],
      `Element ${id} has no type: its id starts with no known prefix and it has no \`nodeType\`.`,
      'Start the id with G, S, Sn, C, A, J, CG or CSn, or add `nodeType: Goal` (Strategy, Solution, Context, ...).',
      true,
    );
    return undefined;
  }
  const { kind, form } = kindOf(type);

  const ids = (key: string, list: unknown[], path: PathPart[]): string[] => {
    list.forEach((item, i) => {
      const p = Array.isArray(fields[key]) ? [...path, i] : path;
      if (typeof item !== 'string')
        error(
          'X03',
          p,
          `\`${key}\` of ${id} must list element ids, but holds ${show(item)}.`,
          'Write the ids as text.',
        );
      else if (!ID_PATTERN.test(item)) {
        const listy = /[,\s]/.test(item.trim());
        error(
          'X02',
          p,
          `\`${key}\` of ${id} refers to ${JSON.stringify(item)}, which is not a valid id.`,
          listy
            ? `This looks like a list written as one string (gsn2x C11): write \`[${item
                .split(/[,\s]+/)
                .filter(Boolean)
                .join(', ')}]\`.`
            : 'An id starts with a letter, followed by letters, digits, ".", "_" or "-".',
        );
      }
    });
    return list.filter((x): x is string => typeof x === 'string');
  };
  const refList = (key: string): string[] | undefined => {
    const v = fields[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return ids(key, [v], [key]);
    if (Array.isArray(v)) return ids(key, v, [key]);
    error(
      'X03',
      [key],
      `\`${key}\` of ${id} must be an id or a list of ids, but is ${show(v)}.`,
      `Write \`${key}: [A1, A2]\`.`,
    );
    return undefined;
  };
  const bool = (key: string): boolean | undefined => {
    const v = fields[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    error(
      'X03',
      [key],
      `\`${key}\` of ${id} must be true or false, but is ${show(v)}.`,
      `Write \`${key}: true\`, or remove it.`,
    );
    return undefined;
  };
  const scalar = (key: string): string | undefined => {
    const v = fields[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    error('X03', [key], `\`${key}\` of ${id} must be text, but is ${show(v)}.`, 'Write text here.');
    return undefined;
  };

  const layout: Record<string, unknown> = {};
  const out: PlainNode = { kind, ...(form ? { form } : {}) };
  const text = scalar('text');
  out.text = text === undefined || text === '' ? id : text;
  if (kind === 'defeater') out.status = 'open';

  const holds = (key: keyof typeof HOLDS) => HOLDS[key].includes(kind);
  const mapped: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const warrantKey = LINK_FIELDS.get(key);
    if (warrantKey) {
      if (!holds(key as keyof typeof HOLDS)) {
        setOwn(layout, key, fields[key]);
        diags.push(
          diagnostic(
            'X04',
            'warning',
            at([key], true),
            `${id} is a gsn2x ${type} (Warrant ${kind}), which cannot hold \`${key}\`; it is kept under \`layout:\` and is not a link in Warrant.`,
            type === 'Solution' && key === 'supportedBy'
              ? 'A solution is a leaf in GSN. If this element argues further, make it a goal (G prefix or `nodeType: Goal`).'
              : 'Check the element type: gsn2x would report this with V04 or V12.',
            id,
          ),
        );
        continue;
      }
      if (key === 'undeveloped') {
        const b = bool(key);
        if (b !== undefined) mapped[warrantKey] = b;
      } else if (key === 'challenges') {
        const c = challenges(fields[key]);
        if (c !== undefined) mapped[warrantKey] = c;
      } else {
        const l = refList(key);
        if (l !== undefined) mapped[warrantKey] = l;
      }
      continue;
    }
    if (MAPPED.has(key)) continue;
    setOwn(layout, key, fields[key]);
  }
  if (explicit !== undefined && explicit !== null && explicit !== prefixType) layout.nodeType = explicit;
  if (text === undefined || text === '') layout.text = TEXT_ABSENT;

  if (kind === 'defeater') out.challenges = mapped.challenges ?? [];
  for (const k of ['supported_by', 'in_context_of', 'undeveloped']) if (mapped[k] !== undefined) out[k] = mapped[k];
  const url = scalar('url');
  if (url !== undefined) out.url = url;
  const defeated = bool('defeated');
  if (defeated !== undefined) out.defeated = defeated;
  const rel = refList('defeatedRelation');
  if (rel !== undefined) out.defeated_relations = rel;
  const acp = readAcp();
  if (acp !== undefined) out.acp = acp;
  if (Object.keys(layout).length) out.layout = layout;
  return diags.length > before && diags.slice(before).some((d) => d.severity === 'error') ? undefined : out;

  function challenges(v: unknown): string[] | undefined {
    if (v === undefined || v === null) return undefined;
    const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
    if (!list) {
      error(
        'X03',
        ['challenges'],
        `\`challenges\` of ${id} must be an id, a relation "A -> B", or a list of them, but is ${show(v)}.`,
        'Write `challenges: G2` or `challenges: G2 -> Sn1`.',
      );
      return undefined;
    }
    const out: string[] = [];
    list.forEach((item, i) => {
      const p: PathPart[] = Array.isArray(v) ? ['challenges', i] : ['challenges'];
      if (typeof item !== 'string') {
        error(
          'X03',
          p,
          `\`challenges\` of ${id} must name elements, but holds ${show(item)}.`,
          'Write an id or a relation "A -> B".',
        );
        return;
      }
      const arrow = item.indexOf('->');
      const ends = arrow === -1 ? [item.trim()] : [item.slice(0, arrow).trim(), item.slice(arrow + 2).trim()];
      const bad = ends.find((e) => !ID_PATTERN.test(e));
      if (bad !== undefined) {
        error(
          'X02',
          p,
          `\`challenges\` of ${id} names ${JSON.stringify(bad)}, which is not a valid id.`,
          'Challenge an element (`G2`) or a relation between two elements (`G2 -> Sn1`).',
        );
        return;
      }
      out.push(ends.join(' -> '));
    });
    return out;
  }

  function readAcp(): Record<string, string | string[]> | undefined {
    const v = fields.acp;
    if (v === undefined || v === null) return undefined;
    if (!isMapping(v)) {
      error(
        'X03',
        ['acp'],
        `\`acp\` of ${id} must map assurance claim point names to ids, but is ${show(v)}.`,
        'Write `acp: { ACP1: S1 }`.',
      );
      return undefined;
    }
    const out: Record<string, string | string[]> = {};
    for (const [name, target] of Object.entries(v)) {
      if (!ID_PATTERN.test(name)) {
        error(
          'X02',
          ['acp', name],
          `Assurance claim point name \`${name}\` of ${id} is not a valid id.`,
          'Name it with a letter, then letters, digits, ".", "_" or "-".',
          true,
        );
        continue;
      }
      if (typeof target === 'string') out[name] = ids('acp', [target], ['acp', name])[0] ?? target;
      else if (Array.isArray(target)) {
        target.forEach((t, i) => {
          if (typeof t !== 'string')
            error(
              'X03',
              ['acp', name, i],
              `\`acp.${name}\` of ${id} must list ids, but holds ${show(t)}.`,
              'Write the ids as text.',
            );
          else if (!ID_PATTERN.test(t))
            error(
              'X02',
              ['acp', name, i],
              `\`acp.${name}\` of ${id} names ${JSON.stringify(t)}, which is not a valid id.`,
              'Write element ids.',
            );
        });
        out[name] = target.filter((t): t is string => typeof t === 'string');
      } else
        error(
          'X03',
          ['acp', name],
          `\`acp.${name}\` of ${id} must be an id or a list of ids, but is ${show(target)}.`,
          `Write \`${name}: [S1]\`.`,
        );
    }
    return out;
  }
}
