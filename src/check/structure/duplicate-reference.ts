import type { ArgNode } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { PathPart } from '../../model/loc.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

const LIST_FIELDS = [
  'supported_by',
  'in_context_of',
  'challenges',
  'evidence',
  'addresses',
  'criteria',
  'defeated_relations',
] as const;

/** Lists up to this long are scanned; longer ones get a Set, so a list of 50,000 ids costs 50,000 steps, not a billion. */
const SCAN_UP_TO = 32;

/** Whether the item at position i (i > 0) equals an earlier one, asked in increasing i. */
function repeats(list: readonly unknown[]): (i: number) => boolean {
  // Most lists are short: a scan beats allocating a Set per list.
  if (list.length <= SCAN_UP_TO) return (i) => list.indexOf(list[i]) < i;
  const seen = new Set<unknown>([list[0]]);
  return (i) => {
    if (seen.has(list[i])) return true;
    seen.add(list[i]);
    return false;
  };
}

export const duplicateReference: StructureCheck = {
  meta: {
    code: 'S05',
    name: 'duplicate-reference',
    title: 'The same reference listed twice',
    severity: 'warning',
    gsn2x: 'V05',
    description:
      'A list of references names the same id twice. It adds nothing and usually hides a typo for another id.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2, G2] }\n  G2: { kind: claim, text: Sub-claim., undeveloped: true }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2] }\n  G2: { kind: claim, text: Sub-claim., undeveloped: true }\n',
    },
  },
  run({ graph }) {
    const out: Diagnostic[] = [];
    const scan = (n: ArgNode, path: PathPart[], list: unknown[]) => {
      const seenBefore = repeats(list);
      for (let i = 1; i < list.length; i++) {
        if (seenBefore(i))
          out.push(
            report(
              this.meta,
              { thing: n, path: [...path, i] },
              `${n.id} lists \`${String(list[i])}\` twice in \`${path.join('.')}\`.`,
              'Remove the repeated entry, or correct it if another id was meant.',
              { target: n.id },
            ),
          );
      }
    };
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      const fields = n as unknown as Record<string, unknown>;
      // Most fields are absent or hold one id: nothing is allocated for them.
      for (let k = 0; k < LIST_FIELDS.length; k++) {
        const f = LIST_FIELDS[k]!;
        const list = fields[f];
        if (Array.isArray(list) && list.length > 1) scan(n, [f], list);
      }
      const refs = n.kind === 'defeater' ? n.resolution?.refs : undefined;
      if (refs && refs.length > 1) scan(n, ['resolution', 'refs'], refs);
    }
    return out;
  },
};
