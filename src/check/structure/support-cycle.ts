import { pathSome } from '../../util/list-some.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

export const supportCycle: StructureCheck = {
  meta: {
    code: 'S11',
    name: 'support-cycle',
    title: 'Circular support',
    severity: 'error',
    gsn2x: 'C04',
    description:
      'Claims that support each other in a cycle: the argument assumes what it sets out to show. The cycle is printed.',
    examples: {
      failing:
        'argument:\n  G0: { kind: claim, text: Safe., supported_by: [G1] }\n  G1: { kind: claim, text: Monitors catch attacks., supported_by: [G2] }\n  G2: { kind: claim, text: Attacks are rare., supported_by: [G1] }\n',
      passing:
        'argument:\n  G0: { kind: claim, text: Safe., supported_by: [G1] }\n  G1: { kind: claim, text: Monitors catch attacks., supported_by: [G2] }\n  G2: { kind: claim, text: Attacks are rare., undeveloped: true }\n',
    },
  },
  run({ case: c, graph }) {
    // One cycle per strongly connected group of nodes (graph.cycles: Tarjan's algorithm, then a shortest cycle).
    return graph.cycles('support').map((cycle) => {
      const closer = c.nodes.get(cycle[cycle.length - 2]!)!;
      const idx = (
        closer.kind === 'claim' || closer.kind === 'strategy' || closer.kind === 'defeater'
          ? (closer.supported_by ?? [])
          : []
      ).indexOf(cycle[cycle.length - 1]!);
      return report(
        this.meta,
        { thing: closer, path: ['supported_by', Math.max(0, idx)] },
        `Circular support: ${pathSome(cycle)}.`,
        'Break the cycle: one of these claims must rest on evidence or on claims outside the cycle.',
        { target: closer.id },
      );
    });
  },
};
