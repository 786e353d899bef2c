import type { PathPart } from '../../model/loc.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

const LIST_FIELDS = ['supported_by', 'in_context_of', 'challenges', 'evidence', 'addresses', 'criteria', 'defeated_relations'] as const;

export const duplicateReference: StructureCheck = {
  meta: {
    code: 'S05',
    name: 'duplicate-reference',
    title: 'The same reference listed twice',
    severity: 'warning',
    gsn2x: 'V05',
    description: 'A list of references names the same id twice. It adds nothing and usually hides a typo for another id.',
    examples: {
      failing: 'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2, G2] }\n  G2: { kind: claim, text: Sub-claim., undeveloped: true }\n',
      passing: 'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2] }\n  G2: { kind: claim, text: Sub-claim., undeveloped: true }\n',
    },
  },
  run({ case: c }) {
    const out: Diagnostic[] = [];
    for (const n of c.nodes.values()) {
      const lists: [PathPart[], unknown][] = LIST_FIELDS.map((f) => [[f], (n as unknown as Record<string, unknown>)[f]]);
      if (n.kind === 'defeater') lists.push([['resolution', 'refs'], n.resolution?.refs]);
      for (const [path, list] of lists) {
        if (!Array.isArray(list)) continue;
        const seen = new Set<string>();
        list.forEach((id: string, i) => {
          if (seen.has(id)) out.push(report(this.meta, { thing: n, path: [...path, i] }, `${n.id} lists \`${id}\` twice in \`${path.join('.')}\`.`, 'Remove the repeated entry, or correct it if another id was meant.', { target: n.id }));
          seen.add(id);
        });
      }
    }
    return out;
  },
};
