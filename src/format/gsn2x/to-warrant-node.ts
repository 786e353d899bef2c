// Convert one gsn2x element into a Warrant argument node. Fields the node's
// kind can hold become Warrant fields; layout-only fields and fields the kind
// cannot hold go under `layout:` with their gsn2x names, so export restores them.
import type { Diagnostic } from '../../model/diagnostic.js';
import type { PosTree } from '../../model/loc.js';
import { ID_PATTERN } from '../../model/schema.js';
import type { NodeKind } from '../../model/vocab.js';
import { withArticle } from '../../util/article.js';
import { isMapping, setOwn, show } from './diag.js';
import { ElementReader } from './element-reader.js';
import {
  GSN2X_TYPES,
  type Gsn2xType,
  HOLDS,
  isGsn2xType,
  kindOf,
  PREFIXES,
  typeFromPrefix,
  typeNamedById,
} from './node-types.js';

const prefixOf = (type: Gsn2xType): string => PREFIXES.find(([, t]) => t === type)![0];

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

/** The element's gsn2x type: an explicit nodeType wins over the id's prefix. */
interface ElementType {
  type: Gsn2xType;
  prefixType: Gsn2xType | undefined;
  /** The nodeType as written, when it was. */
  explicit: unknown;
}

/** The element's type, or undefined (reported) when it has none or an unknown nodeType. */
function elementType(r: ElementReader): ElementType | undefined {
  const { id } = r;
  const prefixType = typeFromPrefix(id);
  let type: Gsn2xType | undefined = prefixType;
  const explicit = r.fields.nodeType;
  if (explicit !== undefined && explicit !== null) {
    if (!isGsn2xType(explicit)) {
      r.error(
        'X01',
        ['nodeType'],
        `\`nodeType\` of ${id} is ${show(explicit)}, which is not a gsn2x type.`,
        `Use one of: ${GSN2X_TYPES.join(', ')}.`,
      );
      return undefined;
    }
    type = explicit;
    const named = typeNamedById(id);
    if (named && named !== explicit) {
      r.warn(
        'X06',
        ['nodeType'],
        `${id} is declared ${withArticle(explicit)}, but its id says ${named}; the declared type is used.`,
        `Rename the element so that its id starts with ${prefixOf(explicit)}, or remove \`nodeType\` if it is ${withArticle(named)}.`,
      );
    }
  }
  if (!type) {
    r.error(
      'X01',
      [],
      `Element ${id} has no type: its id starts with no known prefix and it has no \`nodeType\`.`,
      'Start the id with G, S, Sn, C, A, J, CG or CSn, or add `nodeType: Goal` (Strategy, Solution, Context, ...).',
      true,
    );
    return undefined;
  }
  return { type, prefixType, explicit };
}

/**
 * The element's link fields its kind can hold, as Warrant fields (`mapped`),
 * and every field Warrant has no place for, under its gsn2x name (`layout`):
 * a link the kind cannot hold goes there too, with a warning.
 */
function splitFields(
  r: ElementReader,
  type: Gsn2xType,
  kind: NodeKind,
): { layout: Record<string, unknown>; mapped: Record<string, unknown> } {
  const { id, fields } = r;
  const layout: Record<string, unknown> = {};
  const mapped: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const warrantKey = LINK_FIELDS.get(key);
    if (!warrantKey) {
      if (!MAPPED.has(key)) setOwn(layout, key, fields[key]);
      continue;
    }
    if (key === 'challenges' && kind !== 'defeater') {
      r.error(
        'X07',
        [key],
        `${id} is a gsn2x ${type}, which cannot challenge: only counter-goals and counter-solutions do.`,
        'Make it a counter-goal (CG prefix or `nodeType: CounterGoal`) or a counter-solution ' +
          '(CSn prefix or `nodeType: CounterSolution`), or remove `challenges`.',
        true,
      );
      continue;
    }
    if (!HOLDS[key as keyof typeof HOLDS].includes(kind)) {
      setOwn(layout, key, fields[key]);
      r.warn(
        'X04',
        [key],
        `${id} is a gsn2x ${type} (Warrant ${kind}), which cannot hold \`${key}\`; ` +
          'it is kept under `layout:` and is not a link in Warrant.',
        type === 'Solution' && key === 'supportedBy'
          ? 'A solution is a leaf in GSN. ' +
              'If this element argues further, make it a goal (G prefix or `nodeType: Goal`).'
          : 'Check the element type: gsn2x would report this with V04.',
        true,
      );
      continue;
    }
    const v = key === 'undeveloped' ? r.bool(key) : key === 'challenges' ? r.challenges() : r.refList(key);
    if (v !== undefined) mapped[warrantKey] = v;
  }
  return { layout, mapped };
}

/** The Warrant node of a typed element, fields in output order. */
function nodeOf(r: ElementReader, t: ElementType): PlainNode {
  const { kind, form } = kindOf(t.type);
  const out: PlainNode = { kind, ...(form ? { form } : {}) };
  const text = r.scalar('text');
  out.text = text === undefined || text === '' ? r.id : text;
  if (kind === 'defeater') out.status = 'open';
  const { layout, mapped } = splitFields(r, t.type, kind);
  if (t.explicit !== undefined && t.explicit !== null && t.explicit !== t.prefixType) layout.nodeType = t.explicit;
  if (text === undefined || text === '') layout.text = TEXT_ABSENT;

  if (kind === 'defeater') out.challenges = mapped.challenges ?? [];
  for (const k of ['supported_by', 'in_context_of', 'undeveloped']) if (mapped[k] !== undefined) out[k] = mapped[k];
  const url = r.scalar('url');
  if (url !== undefined) out.url = url;
  const defeated = r.bool('defeated');
  if (defeated !== undefined) out.defeated = defeated;
  const rel = r.refList('defeatedRelation');
  if (rel !== undefined) out.defeated_relations = rel;
  const acp = r.acp();
  if (acp !== undefined) out.acp = acp;
  if (Object.keys(layout).length) out.layout = layout;
  return out;
}

/** The Warrant node of one gsn2x element, or undefined when an error about it was reported. */
export function toWarrantNode(
  id: string,
  value: unknown,
  pos: PosTree,
  file: string,
  diags: Diagnostic[],
): PlainNode | undefined {
  const before = diags.length;
  const r = new ElementReader(id, isMapping(value) ? value : {}, pos, file, diags);
  if (!ID_PATTERN.test(id)) {
    r.error(
      'X02',
      [],
      `Element id \`${id}\` is not a valid Warrant id.`,
      'An id starts with a letter, followed by letters, digits, ".", "_" or "-". ' +
        'Rename the element and its references.',
      true,
    );
  }
  if (value !== null && !isMapping(value)) {
    r.error(
      'X03',
      [],
      `Element ${id} must be a mapping of fields, but is ${show(value)}.`,
      `Write \`${id}:\` followed by indented fields such as \`text:\`.`,
    );
    return undefined;
  }
  const type = elementType(r);
  if (!type) return undefined;
  const out = nodeOf(r, type);
  return diags.slice(before).some((d) => d.severity === 'error') ? undefined : out;
}
