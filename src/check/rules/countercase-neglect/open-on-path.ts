// Open defeaters that bear on the argument an approval rests on, and whether
// the decision tracks them: shared by the error for untracked ones and the
// note for tracked ones.
import type { Case, NodeOf } from '../../../model/case.js';
import type { CaseGraph } from '../../../model/graph.js';
import type { CaseFacts } from '../facts.js';

export interface OpenOnPath {
  defeater: NodeOf<'defeater'>;
  /** Index in `challenges` of the first target on the decision path. */
  index: number;
  target: string;
  owner?: string;
  due?: string;
  /** 1-based number of the first decision condition that names the defeater. */
  condition?: number;
  /** What keeps it from being tracked; empty when tracked. */
  missing: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True if `text` names `id` as a whole id (a trailing full stop is punctuation). */
export function namesId(text: string, id: string): boolean {
  // The pattern is built per id; most texts do not contain the id at all, and then it cannot match.
  if (!text.includes(id)) return false;
  return new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegExp(id)}(?![A-Za-z0-9_-]|\\.[A-Za-z0-9_-])`).test(text);
}

/**
 * Every id `namesId(text, id)` is true for: each run of id characters, and each
 * start of it that ends before a full stop not followed by an id character
 * ("D1." names D1, "D1.2" names only D1.2).
 */
export function idsNamedIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z0-9_.-]+/g)) {
    const run = m[0];
    out.add(run);
    for (let e = run.indexOf('.'); e > 0; e = run.indexOf('.', e + 1))
      if (e + 1 === run.length || run[e + 1] === '.') out.add(run.slice(0, e));
  }
  return out;
}

/**
 * The position of the first decision condition naming each id (in its text,
 * as its id, or in its `tracks`): one pass, not one per defeater.
 */
function conditionNaming(
  conditions: readonly (string | { text: string; id?: string; tracks?: string[] })[],
): Map<string, number> {
  const first = new Map<string, number>();
  conditions.forEach((k, i) => {
    const named = idsNamedIn(typeof k === 'string' ? k : k.text);
    if (typeof k !== 'string') {
      if (k.id !== undefined) named.add(k.id);
      for (const t of k.tracks ?? []) named.add(t);
    }
    for (const id of named) if (!first.has(id)) first.set(id, i);
  });
  return first;
}

/**
 * Open defeaters that challenge a node on the decision path (or a context,
 * assumption or justification such a node is stated in), or a link from a
 * node on the path, when the decision approves. Empty otherwise.
 */
export function openDefeatersOnPath(c: Case, g: CaseGraph, facts: CaseFacts, asOf: string): OpenOnPath[] {
  // The error and the note both ask in each run; the facts object lives for one run, so it keys the cache.
  const hit = cache.get(facts);
  if (hit && hit.asOf === asOf) return hit.found;
  const found = find(c, g, facts, asOf);
  cache.set(facts, { asOf, found });
  return found;
}

const cache = new WeakMap<CaseFacts, { asOf: string; found: OpenOnPath[] }>();

function find(c: Case, g: CaseGraph, facts: CaseFacts, asOf: string): OpenOnPath[] {
  if (!facts.approves()) return [];
  const onPath = (id: string) => facts.onDecisionPath(id);
  // On the decision path, or a context, assumption or justification a node on it is stated in.
  const bears = (id: string) => facts.onDecisionPath(id) || facts.framesDecisionPath(id);
  const conditions = c.decision?.value.conditions ?? [];
  const naming = conditionNaming(conditions);
  const out: OpenOnPath[] = [];
  const seen = new Set<string>();
  for (const ch of g.challenges) {
    if (seen.has(ch.defeater)) continue;
    const d = c.nodes.get(ch.defeater);
    if (d?.kind !== 'defeater' || d.status !== 'open') continue;
    const on =
      ch.node !== undefined ? bears(ch.node) : ch.link !== undefined && onPath(ch.link.from) && bears(ch.link.to);
    if (!on) continue;
    seen.add(d.id);
    // Tracking declared on the defeater names its condition; otherwise a condition names the defeater.
    const ci =
      d.tracked_by !== undefined
        ? conditions.findIndex((k) => typeof k !== 'string' && k.id === d.tracked_by)
        : (naming.get(d.id) ?? -1);
    const cond = ci >= 0 ? conditions[ci] : undefined;
    const structured = cond !== undefined && typeof cond !== 'string' ? cond : undefined;
    const owner = d.owner ?? d.resolution?.owner ?? structured?.owner;
    const due = d.due ?? structured?.due;
    const missing: string[] = [];
    if (!owner) missing.push('no owner');
    if (!due) missing.push('no due date');
    else if (due < asOf) missing.push(`its due date ${due} has passed (as of ${asOf}): it is overdue`);
    if (ci < 0)
      missing.push(
        d.tracked_by !== undefined
          ? `its tracked_by names no decision condition ${d.tracked_by}`
          : `no decision condition names ${d.id}`,
      );
    out.push({
      defeater: d,
      index: ch.index,
      target: ch.raw,
      ...(owner ? { owner } : {}),
      ...(due ? { due } : {}),
      ...(ci >= 0 ? { condition: ci + 1 } : {}),
      missing,
    });
  }
  return out;
}
