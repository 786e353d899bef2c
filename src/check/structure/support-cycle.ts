import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

/**
 * Cycles of supported_by, one report per strongly connected component.
 * Tarjan's algorithm, iterative so that deep arguments cannot overflow the stack: O(nodes + links).
 */
export function supportCycles(order: Iterable<string>, children: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  for (const start of order) {
    if (index.has(start)) continue;
    const work: [string, number][] = [[start, 0]];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      const kids = children.get(v) ?? [];
      if (i < kids.length) {
        top[1]++;
        const w = kids[i]!;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(v)!));
      if (low.get(v) === index.get(v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1) cycles.push(cyclePath(new Set(comp), children, v));
      }
    }
  }
  return cycles;
}

/** One concrete cycle inside a strongly connected component, from `start` back to it. */
function cyclePath(comp: Set<string>, children: Map<string, string[]>, start: string): string[] {
  const prev = new Map<string, string>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (const w of children.get(v) ?? []) {
      if (!comp.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let u = v; u !== start; ) {
          u = prev.get(u)!;
          path.push(u);
        }
        return [...path.reverse(), start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

export const supportCycle: StructureCheck = {
  meta: {
    code: 'S11',
    name: 'support-cycle',
    title: 'Circular support',
    severity: 'error',
    gsn2x: 'C04',
    description: 'Claims that support each other in a cycle: the argument assumes what it sets out to show. The cycle is printed.',
    examples: {
      failing: 'argument:\n  G0: { kind: claim, text: Safe., supported_by: [G1] }\n  G1: { kind: claim, text: Monitors catch attacks., supported_by: [G2] }\n  G2: { kind: claim, text: Attacks are rare., supported_by: [G1] }\n',
      passing: 'argument:\n  G0: { kind: claim, text: Safe., supported_by: [G1] }\n  G1: { kind: claim, text: Monitors catch attacks., supported_by: [G2] }\n  G2: { kind: claim, text: Attacks are rare., undeveloped: true }\n',
    },
  },
  run({ case: c, graph }) {
    return supportCycles(c.nodes.keys(), graph.children).map((cycle) => {
      const closer = c.nodes.get(cycle[cycle.length - 2]!)!;
      const idx = (closer.kind === 'claim' || closer.kind === 'strategy' || closer.kind === 'defeater' ? closer.supported_by ?? [] : []).indexOf(cycle[cycle.length - 1]!);
      return report(this.meta, { thing: closer, path: ['supported_by', Math.max(0, idx)] }, `Circular support: ${cycle.join(' -> ')}.`, 'Break the cycle: one of these claims must rest on evidence or on claims outside the cycle.', { target: closer.id });
    });
  },
};
