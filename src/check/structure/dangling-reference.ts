import type { Diagnostic } from '../../model/diagnostic.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';
import { danglingRefs } from './meant-roots.js';

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
  run(ctx) {
    const c = ctx.case;
    const roots = new Set(ctx.graph.roots);
    const out: Diagnostic[] = [];
    for (const { ref: r, meant } of danglingRefs(ctx)) {
      const n = c.nodes.get(r.from)!;
      let hint: string;
      if (c.evidence.has(r.to))
        hint = `${r.to} is an evidence item, not a node: cite it from an evidence node (\`kind: evidence\`, \`evidence: [${r.to}]\`) and link that node here.`;
      else if (c.risks.has(r.to) || c.criteria.has(r.to))
        hint = `${r.to} is a ${c.risks.has(r.to) ? 'risk' : 'criterion'}; claims name those in \`${c.risks.has(r.to) ? 'addresses' : 'criteria'}\`.`;
      else if (meant && roots.has(meant))
        hint = `Did you mean \`${meant}\`? Nothing else links ${meant}, so it is top-level until this is fixed (its S09/S10 findings are not shown).`;
      else hint = meant ? `Did you mean \`${meant}\`?` : 'Define the node in some module, or correct the id.';
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
