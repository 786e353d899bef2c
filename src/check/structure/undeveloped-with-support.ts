import type { Diagnostic } from '../../model/diagnostic.js';
import { listSome } from '../../util/list-some.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

export const undevelopedWithSupport: StructureCheck = {
  meta: {
    code: 'S03',
    name: 'undeveloped-with-support',
    title: 'Node marked undeveloped that has support',
    severity: 'error',
    gsn2x: 'V03',
    description:
      'A node cannot be both undeveloped and supported: one of the two statements is wrong, and readers cannot tell which.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: Safe enough to launch., undeveloped: true, supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Red-team report, evidence: [E1] }\nevidence:\n  E1: { title: Red team, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Red team, polarity: supports }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe enough to launch., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Red-team report, evidence: [E1] }\nevidence:\n  E1: { title: Red team, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Red team, polarity: supports }\n',
    },
  },
  run({ graph }) {
    const out: Diagnostic[] = [];
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if ((n.kind === 'claim' || n.kind === 'strategy') && n.undeveloped && (n.supported_by?.length ?? 0) > 0) {
        out.push(
          report(
            this.meta,
            { thing: n, path: ['undeveloped'] },
            `${n.id} is marked undeveloped but is supported by ${listSome(n.supported_by ?? [])}.`,
            'Remove `undeveloped: true` if the support is real, or remove `supported_by` if the node is deliberately open.',
            { target: n.id },
          ),
        );
      }
    }
    return out;
  },
};
