// Convert one Warrant argument node into a gsn2x element, restoring the
// layout fields, the explicit type and the absent text an import recorded.
import type { RawNode } from '../../model/schema.js';
import { setOwn } from './diag.js';
import { typeFromPrefix, typeOf } from './node-types.js';
import { TEXT_ABSENT } from './to-warrant-node.js';

/** Warrant node fields gsn2x has no place for. */
export const WARRANT_ONLY_FIELDS = [
  'tier',
  'owner',
  'addresses',
  'criteria',
  'evidence',
  'ref',
  'bridges',
  'support',
  'resolution',
  'due',
  'tracked_by',
] as const;

/**
 * gsn2x fields export always writes from Warrant fields, so a layout entry
 * under one of these names is never copied. (`supportedBy`, `inContextOf`,
 * `challenges` and `undeveloped` are copied from layout when the kind cannot
 * hold them: the import kept them there.)
 */
const NEVER_FROM_LAYOUT = new Set(['text', 'nodeType', 'defeated', 'defeatedRelation', 'acp', 'url']);

export interface Converted {
  element: Record<string, unknown>;
  /** Warrant-only content of this node that was not written, e.g. `addresses`, `status mitigated`. */
  dropped: string[];
}

const field = (node: RawNode, key: string): unknown => (node as Record<string, unknown>)[key];
const one = (list: string[]): string | string[] => (list.length === 1 ? (list[0] as string) : list);

export function toGsn2xElement(id: string, node: RawNode): Converted {
  const el: Record<string, unknown> = {};
  const layout = node.layout ?? {};
  if (!(layout.text === TEXT_ABSENT && node.text === id)) el.text = node.text;
  const type = typeOf(node);
  if (typeFromPrefix(id) !== type) el.nodeType = type;
  const supportedBy = field(node, 'supported_by');
  if (Array.isArray(supportedBy) && supportedBy.length) el.supportedBy = supportedBy;
  const inContextOf = field(node, 'in_context_of');
  // gsn2x links nothing from an assumption (V04): an assumption's frames (format 2) are Warrant's own.
  const framed = Array.isArray(inContextOf) && inContextOf.length > 0;
  if (framed && node.kind !== 'assumption') el.inContextOf = inContextOf;
  if (node.kind === 'defeater' && node.challenges.length) el.challenges = one(node.challenges);
  const undeveloped = field(node, 'undeveloped');
  if (typeof undeveloped === 'boolean') el.undeveloped = undeveloped;
  if (node.defeated !== undefined) el.defeated = node.defeated;
  if (node.defeated_relations?.length) el.defeatedRelation = one(node.defeated_relations);
  if (node.acp && Object.keys(node.acp).length) el.acp = node.acp;
  if (node.url !== undefined) el.url = node.url;
  for (const [k, v] of Object.entries(layout)) {
    if (Object.hasOwn(el, k) || NEVER_FROM_LAYOUT.has(k)) continue;
    setOwn(el, k, v);
  }

  const dropped: string[] = [];
  for (const k of WARRANT_ONLY_FIELDS) if (field(node, k) !== undefined) dropped.push(k);
  if (node.kind === 'defeater' && node.status !== 'open') dropped.push(`status ${node.status}`);
  if (framed && node.kind === 'assumption') dropped.push('in_context_of');
  return { element: el, dropped };
}
