// gsn2x element types, how an id's prefix implies one, and how each maps to
// a Warrant node kind (and back). The one table both directions read.
import type { RawNode } from '../../model/schema.js';
import type { DefeaterForm, NodeKind } from '../../model/vocab.js';

export const GSN2X_TYPES = [
  'Goal',
  'Strategy',
  'Solution',
  'Context',
  'Assumption',
  'Justification',
  'CounterGoal',
  'CounterSolution',
] as const;
export type Gsn2xType = (typeof GSN2X_TYPES)[number];

/** Id prefixes, longest first so that `CSn` wins over `C` and `Sn` over `S`. */
export const PREFIXES: readonly (readonly [string, Gsn2xType])[] = [
  ['CSn', 'CounterSolution'],
  ['CG', 'CounterGoal'],
  ['Sn', 'Solution'],
  ['G', 'Goal'],
  ['S', 'Strategy'],
  ['C', 'Context'],
  ['A', 'Assumption'],
  ['J', 'Justification'],
];

/** The type an id's prefix implies, if any (gsn2x's rule: longest prefix wins). */
export function typeFromPrefix(id: string): Gsn2xType | undefined {
  for (const [prefix, type] of PREFIXES) if (id.startsWith(prefix)) return type;
  return undefined;
}

/**
 * The type an id's prefix clearly names: the prefix must be followed by a
 * digit, `.`, `_`, `-` or the end. `CCSn1` (gsn2x's own dialectic example, a
 * counter-solution) and `Gate` name no type, so a `nodeType` cannot contradict them.
 */
export function typeNamedById(id: string): Gsn2xType | undefined {
  for (const [prefix, type] of PREFIXES)
    if (id.startsWith(prefix)) return /^[A-Za-z]/.test(id.slice(prefix.length)) ? undefined : type;
  return undefined;
}

export function isGsn2xType(v: unknown): v is Gsn2xType {
  return typeof v === 'string' && (GSN2X_TYPES as readonly string[]).includes(v);
}

export interface KindAndForm {
  kind: NodeKind;
  form?: DefeaterForm;
}

const TO_KIND: Record<Gsn2xType, KindAndForm> = {
  Goal: { kind: 'claim' },
  Strategy: { kind: 'strategy' },
  Solution: { kind: 'evidence' },
  Context: { kind: 'context' },
  Assumption: { kind: 'assumption' },
  Justification: { kind: 'justification' },
  CounterGoal: { kind: 'defeater', form: 'counter-claim' },
  CounterSolution: { kind: 'defeater', form: 'counter-evidence' },
};

export function kindOf(type: Gsn2xType): KindAndForm {
  return TO_KIND[type];
}

/** The gsn2x type of a Warrant node. A defeater without a form is a counter-claim. */
export function typeOf(node: RawNode): Gsn2xType {
  switch (node.kind) {
    case 'claim':
      return 'Goal';
    case 'strategy':
      return 'Strategy';
    case 'evidence':
      return 'Solution';
    case 'context':
      return 'Context';
    case 'assumption':
      return 'Assumption';
    case 'justification':
      return 'Justification';
    case 'defeater':
      return node.form === 'counter-evidence' ? 'CounterSolution' : 'CounterGoal';
  }
}

/** Which gsn2x link fields a Warrant kind can hold as links of its own. */
export const HOLDS: Record<'supportedBy' | 'inContextOf' | 'undeveloped' | 'challenges', readonly NodeKind[]> = {
  supportedBy: ['claim', 'strategy', 'defeater'],
  inContextOf: ['claim', 'strategy', 'evidence', 'defeater'],
  undeveloped: ['claim', 'strategy'],
  challenges: ['defeater'],
};
