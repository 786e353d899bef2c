import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

export const selfReference: StructureCheck = {
  meta: {
    code: 'S06',
    name: 'self-reference',
    title: 'A node that refers to itself',
    severity: 'error',
    gsn2x: 'V06',
    description: 'A node that supports itself, or is its own context, is circular reasoning in one step.',
    examples: {
      failing: 'argument:\n  G1: { kind: claim, text: Safe because safe., supported_by: [G1] }\n',
      passing: 'argument:\n  G1: { kind: claim, text: Safe., undeveloped: true }\n',
    },
  },
  run({ case: c, graph }) {
    return graph.selfRefs.map((r) => {
      const n = c.nodes.get(r.from)!;
      const path = r.field === 'refs' ? ['resolution', 'refs', r.index] : [r.field, r.index];
      return report(
        this.meta,
        { thing: n, path },
        `${n.id} refers to itself in \`${r.field}\`.`,
        'A node cannot support, frame or resolve itself. Point to the node that actually does.',
        { target: n.id },
      );
    });
  },
};
