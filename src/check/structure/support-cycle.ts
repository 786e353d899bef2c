import type { CaseGraph } from '../../model/graph.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

/**
 * Cycles of supported_by, one per strongly connected component of two or more
 * nodes. Tarjan's algorithm over the graph's integer adjacency, iterative so
 * that deep arguments cannot overflow the stack: O(nodes + links).
 */
export function supportCycles(g: Pick<CaseGraph, 'ids' | 'childStart' | 'childList'>): string[][] {
  const n = g.ids.length;
  const { childStart, childList } = g;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let sp = 0;
  const work = new Int32Array(n); // the DFS path
  const edge = new Int32Array(n); // next edge to follow, per node on the path
  let wp = 0;
  let next = 0;
  const cycles: string[][] = [];
  for (let start = 0; start < n; start++) {
    if (index[start] !== -1) continue;
    index[start] = low[start] = next++;
    stack[sp++] = start;
    onStack[start] = 1;
    work[wp++] = start;
    edge[start] = childStart[start]!;
    while (wp > 0) {
      const v = work[wp - 1]!;
      if (edge[v]! < childStart[v + 1]!) {
        const w = childList[edge[v]!]!;
        edge[v]!++;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          onStack[w] = 1;
          work[wp++] = w;
          edge[w] = childStart[w]!;
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      wp--;
      if (wp > 0) {
        const p = work[wp - 1]!;
        low[p] = Math.min(low[p]!, low[v]!);
      }
      if (low[v] === index[v]) {
        const comp = new Set<number>();
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          comp.add(w);
        } while (w !== v);
        if (comp.size > 1) cycles.push(cyclePath(comp, g, v).map((i) => g.ids[i]!));
      }
    }
  }
  return cycles;
}

/** One concrete cycle inside a strongly connected component, from `start` back to it (breadth first: a shortest one). */
function cyclePath(comp: Set<number>, g: Pick<CaseGraph, 'childStart' | 'childList'>, start: number): number[] {
  const prev = new Map<number, number>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (let e = g.childStart[v]!; e < g.childStart[v + 1]!; e++) {
      const w = g.childList[e]!;
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
    return supportCycles(graph).map((cycle) => {
      const closer = c.nodes.get(cycle[cycle.length - 2]!)!;
      const idx = (
        closer.kind === 'claim' || closer.kind === 'strategy' || closer.kind === 'defeater'
          ? (closer.supported_by ?? [])
          : []
      ).indexOf(cycle[cycle.length - 1]!);
      return report(
        this.meta,
        { thing: closer, path: ['supported_by', Math.max(0, idx)] },
        `Circular support: ${cycle.join(' -> ')}.`,
        'Break the cycle: one of these claims must rest on evidence or on claims outside the cycle.',
        { target: closer.id },
      );
    });
  },
};
