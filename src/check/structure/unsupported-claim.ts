import type { Diagnostic } from '../../model/diagnostic.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

export const unsupportedClaim: StructureCheck = {
  meta: {
    code: 'S02',
    name: 'unsupported-claim',
    title: 'Claim or strategy with no support and not marked undeveloped',
    severity: 'error',
    gsn2x: 'V02',
    description:
      'A claim or strategy that nothing supports is a hole in the argument. If the hole is deliberate, say so with `undeveloped: true` so that readers, the diagram and the rules see it; otherwise support it.',
    examples: {
      failing: 'argument:\n  G1: { kind: claim, text: The model cannot give meaningful uplift to cyber attackers. }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: The model cannot give meaningful uplift to cyber attackers., undeveloped: true }\n',
    },
  },
  run({ graph }) {
    const out: Diagnostic[] = [];
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if (n.kind !== 'claim' && n.kind !== 'strategy') continue;
      if (n.undeveloped || (n.supported_by?.length ?? 0) > 0) continue;
      out.push(
        report(
          this.meta,
          { thing: n },
          `${n.kind === 'claim' ? 'Claim' : 'Strategy'} ${n.id} has no support and is not marked undeveloped.`,
          'Add `supported_by: [...]` with the claims, strategies or evidence nodes that support it, or mark it `undeveloped: true` if it is deliberately left open.',
          { target: n.id },
        ),
      );
    }
    return out;
  },
};
