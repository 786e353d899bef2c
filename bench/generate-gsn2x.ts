// A large gsn2x argument, generated deterministically, for the output suite
// (bench/output.ts): the shape of a hazard-by-hazard GSN argument as gsn2x users
// write it. Every goal is either developed by a strategy over three sub-goals,
// with one context, assumption or justification beside it, or closed by one
// solution. So about two nodes in seven are solutions, and every one of them
// becomes an evidence node without a registered evidence item when imported:
// thousands of findings (S28) on a well-formed case, as on any gsn2x import.

/** The fewest nodes a generated argument can have: a goal and its solution. */
export const MIN_GSN2X_NODES = 2;

export interface GeneratedGsn2x {
  /** The gsn2x YAML: one module, no `module:` header. */
  text: string;
  stats: { nodes: number; goals: number; strategies: number; solutions: number; contexts: number; bytes: number };
}

interface Entry {
  id: string;
  text: string;
  supportedBy: string[];
  inContextOf: string[];
}

const CONTEXT_KINDS = [
  { prefix: 'C', text: (g: string) => `Operating context for hazard ${g}, the deployment and users it concerns.` },
  { prefix: 'A', text: (g: string) => `The hazard analysis behind ${g} is complete for this deployment.` },
  {
    prefix: 'J',
    text: (g: string) => `Decomposing ${g} by sub-hazard covers it, because the sub-hazards partition it.`,
  },
] as const;

/** A growing argument: ids per prefix, entries in the order they are written. */
class Builder {
  readonly entries = new Map<string, Entry>();
  private readonly next = new Map<string, number>();
  count = 0;

  add(prefix: string, text: string): Entry {
    const n = (this.next.get(prefix) ?? 0) + 1;
    this.next.set(prefix, n);
    const e: Entry = { id: `${prefix}${n}`, text, supportedBy: [], inContextOf: [] };
    this.entries.set(e.id, e);
    this.count++;
    return e;
  }

  counted(prefix: string): number {
    return this.next.get(prefix) ?? 0;
  }
}

/** Develop goals breadth first while the budget allows, close the rest with solutions. */
function grow(b: Builder, nodes: number): Entry[] {
  const goals = [b.add('G', 'The system is acceptably safe to deploy in its stated context.')];
  for (let i = 0; i < goals.length; i++) {
    const goal = goals[i] as Entry;
    // Every goal still waiting needs at least its solution; developing this one adds five nodes.
    const waiting = goals.length - i - 1;
    if (b.count + 5 + 3 + waiting <= nodes) {
      const strategy = b.add('S', `Argue over the sub-hazards of ${goal.id}, each shown mitigated.`);
      const kind = CONTEXT_KINDS[i % CONTEXT_KINDS.length] as (typeof CONTEXT_KINDS)[number];
      const context = b.add(kind.prefix, kind.text(goal.id));
      goal.supportedBy.push(strategy.id);
      goal.inContextOf.push(context.id);
      for (let k = 1; k <= 3; k++) {
        const sub = b.add('G', `Sub-hazard ${k} of ${goal.id} is mitigated to an acceptable level.`);
        strategy.supportedBy.push(sub.id);
        goals.push(sub);
      }
    } else {
      const solution = b.add('Sn', `Test report, the mitigation of ${goal.id} was verified by an independent team.`);
      goal.supportedBy.push(solution.id);
    }
  }
  return goals;
}

function yamlOf(entries: Iterable<Entry>): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(`${e.id}:`, `  text: ${e.text}`);
    if (e.supportedBy.length) out.push(`  supportedBy: [${e.supportedBy.join(', ')}]`);
    if (e.inContextOf.length) out.push(`  inContextOf: [${e.inContextOf.join(', ')}]`);
    out.push('');
  }
  return out.join('\n');
}

/** An argument of exactly `nodes` elements (at least MIN_GSN2X_NODES). Same input, same text. */
export function generateGsn2x(nodes: number): GeneratedGsn2x {
  if (!Number.isInteger(nodes) || nodes < MIN_GSN2X_NODES)
    throw new Error(`a gsn2x argument needs at least ${MIN_GSN2X_NODES} nodes, got ${nodes}`);
  const b = new Builder();
  const goals = grow(b, nodes);
  // The few nodes the last development step could not use become extra contexts, spread over the goals.
  for (let i = 0; b.count < nodes; i++) {
    const goal = goals[i % goals.length] as Entry;
    goal.inContextOf.push(b.add('C', `Further context for ${goal.id}.`).id);
  }
  const text = yamlOf(b.entries.values());
  const contexts = b.counted('C') + b.counted('A') + b.counted('J');
  return {
    text,
    stats: {
      nodes: b.count,
      goals: b.counted('G'),
      strategies: b.counted('S'),
      solutions: b.counted('Sn'),
      contexts,
      bytes: Buffer.byteLength(text),
    },
  };
}
