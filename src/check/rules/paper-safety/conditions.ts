// Which argument nodes the decision's conditions name, and by when. Shared by
// the paper-safety rules that let a named, dated condition answer for a hole.
import type { Decision } from '../../../model/schema.js';

export interface NamingCondition {
  /** Index in decision.conditions. */
  index: number;
  /** The due date: the object's `due`, else the latest date written in the text. */
  due?: string;
}

const DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/** Id-like tokens of a text: what an id can be made of, without a sentence's final dot. */
function tokens(text: string): string[] {
  return text
    .split(/[^A-Za-z0-9_.-]+/)
    .map((t) => t.replace(/\.+$/, ''))
    .filter(Boolean);
}

/** Token (a node id when it is one) to the conditions that name it. One pass over the conditions. */
export function conditionsNaming(decision: Decision | undefined): Map<string, NamingCondition[]> {
  const m = new Map<string, NamingCondition[]>();
  (decision?.conditions ?? []).forEach((cond, index) => {
    const text = typeof cond === 'string' ? cond : cond.text;
    const dates = text.match(DATE) ?? [];
    const due = typeof cond === 'string' ? dates.sort().at(-1) : (cond.due ?? dates.sort().at(-1));
    const named = new Set(tokens(text));
    if (typeof cond !== 'string') for (const t of cond.tracks ?? []) named.add(t);
    for (const t of named) {
      const list = m.get(t) ?? [];
      list.push(due === undefined ? { index } : { index, due });
      m.set(t, list);
    }
  });
  return m;
}
