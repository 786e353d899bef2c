// A decision's conditions as the condition rules read them: each one's name,
// due date and what it tracks. A structured condition says these in fields
// (`due`, `tracks`); a string condition only in words, so its due date is the
// latest date written in it (docs/format.md, "decision") and it tracks the
// defeaters and risks it names by id. A defeater may also declare the
// condition that tracks it (`tracked_by`).
import type { Case, NodeOf } from '../../model/case.js';
import type { Condition } from '../../model/schema.js';
import { idsNamedIn } from './countercase-neglect/open-on-path.js';

export interface ConditionView {
  /** Index in decision.conditions. */
  index: number;
  /** How messages name it: its id, else its 1-based number. */
  name: string;
  /** What a suppression names: its id, else the case. */
  target: string;
  text: string;
  /** The structured condition; absent for a string. */
  structured?: Condition;
  /** Its `due`, else the latest date in its text. */
  due?: string;
  /** Defeaters it tracks: in `tracks`, named in its text, or declaring it in their `tracked_by`. */
  defeaters: NodeOf<'defeater'>[];
}

const DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/** Every decision condition, in order, with its due date and the defeaters it tracks. */
export function conditionViews(c: Case): ConditionView[] {
  const conditions = c.decision?.value.conditions ?? [];
  const declaring = new Map<string, NodeOf<'defeater'>[]>();
  for (const n of c.nodes.values())
    if (n.kind === 'defeater' && n.tracked_by !== undefined)
      declaring.set(n.tracked_by, [...(declaring.get(n.tracked_by) ?? []), n]);
  return conditions.map((cond, index) => {
    const structured = typeof cond === 'string' ? undefined : cond;
    const text = structured ? structured.text : (cond as string);
    const due = structured?.due ?? (text.match(DATE) ?? []).sort().at(-1);
    const named = idsNamedIn(text);
    for (const t of structured?.tracks ?? []) named.add(t);
    const defeaters: NodeOf<'defeater'>[] = [];
    for (const id of named) {
      const n = c.nodes.get(id);
      if (n?.kind === 'defeater') defeaters.push(n);
    }
    for (const d of structured?.id !== undefined ? (declaring.get(structured.id) ?? []) : [])
      if (!defeaters.includes(d)) defeaters.push(d);
    return {
      index,
      name: structured?.id ?? String(index + 1),
      target: structured?.id ?? c.header.value.id,
      text,
      ...(structured ? { structured } : {}),
      ...(due !== undefined ? { due } : {}),
      defeaters,
    };
  });
}
