import type { Diagnostic } from '../../model/diagnostic.js';
import { Suggester } from '../../util/suggest.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

export const danglingReference: StructureCheck = {
  meta: {
    code: 'S07',
    name: 'dangling-reference',
    title: 'Reference to a node that does not exist',
    severity: 'error',
    gsn2x: 'C03',
    description:
      'A `supported_by`, `in_context_of` or defeater resolution reference names an id that no node (or, for a resolution, no evidence item) in any module defines.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2] }\n  G3: { kind: claim, text: Sub-claim., undeveloped: true }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G3] }\n  G3: { kind: claim, text: Sub-claim., undeveloped: true }\n',
    },
  },
  run({ case: c, graph }) {
    const out: Diagnostic[] = [];
    const ids = new Suggester(() => c.nodes.keys());
    // The references that name no node (challenges are S15's); a resolution may name an evidence item.
    for (const r of graph.unresolvedRefs) {
      if (r.field === 'refs' && c.evidence.has(r.to)) continue;
      const n = c.nodes.get(r.from)!;
      let hint: string;
      if (c.evidence.has(r.to))
        hint = `${r.to} is an evidence item, not a node: cite it from an evidence node (\`kind: evidence\`, \`evidence: [${r.to}]\`) and link that node here.`;
      else if (c.risks.has(r.to) || c.criteria.has(r.to))
        hint = `${r.to} is a ${c.risks.has(r.to) ? 'risk' : 'criterion'}; claims name those in \`${c.risks.has(r.to) ? 'addresses' : 'criteria'}\`.`;
      else {
        const s = ids.suggest(r.to, r.from);
        hint = s ? `Did you mean \`${s}\`?` : 'Define the node in some module, or correct the id.';
      }
      const path = r.field === 'refs' ? ['resolution', 'refs', r.index] : [r.field, r.index];
      out.push(
        report(
          this.meta,
          { thing: n, path },
          `${n.id} refers to \`${r.to}\` in \`${r.field}\`, but no node has that id.`,
          hint,
          { target: n.id },
        ),
      );
    }
    return out;
  },
};
