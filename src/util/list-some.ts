// Lists in messages: a message names at most a few examples and counts the
// rest, so that its length does not grow with the case. A list that grew with
// the case, repeated in one finding per item (every top-level node naming
// every other one), made output quadratic: 10,000 unconnected nodes printed
// 2 GB before the process died.

/** How many items a message names before it counts the rest. */
export const LIST_MAX = 5;

export interface ListOptions {
  /** Items named before the rest are counted (default LIST_MAX, at least 1). */
  max?: number;
  /** Between two items (default ", "). */
  sep?: string;
  /** Before the count of the rest (default " and "). */
  and?: string;
  /** What the rest is called: "and 12 more" by default, "and 12 more nodes" with "nodes". */
  noun?: string;
}

/** `n` with a comma between each group of three digits: 9997 -> "9,997" (the same in every locale). */
export function count(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}

/**
 * The first `max` items joined by `sep`, and the number left out:
 * `listSome(['a', …, 'q'], { max: 5 })` is "a, b, c, d, e and 12 more".
 * A list of at most `max` items is exactly `items.join(sep)`.
 */
export function listSome(items: Iterable<string>, opts: ListOptions = {}): string {
  const max = Math.max(1, Math.floor(opts.max ?? LIST_MAX));
  const sep = opts.sep ?? ', ';
  const { shown, rest } = takeSome(items, max);
  if (rest === 0) return shown.join(sep);
  const noun = opts.noun ? ` ${opts.noun}` : '';
  return `${shown.join(sep)}${opts.and ?? ' and '}${count(rest)} more${noun}`;
}

/**
 * The first `max` items, and how many were left out. Only those are copied; an
 * array or a collection with a `size` (Set, Map) is read no further, any other
 * iterable is counted to its end.
 */
export function takeSome<T>(items: Iterable<T>, max: number = LIST_MAX): { shown: T[]; rest: number } {
  if (Array.isArray(items)) {
    const list = items as readonly T[];
    return { shown: list.slice(0, max), rest: Math.max(0, list.length - max) };
  }
  const shown: T[] = [];
  const size = sizeOf(items);
  let seen = 0;
  for (const x of items) {
    if (seen < max) shown.push(x);
    seen++;
    if (seen > max && size !== undefined) return { shown, rest: size - max };
  }
  return { shown, rest: seen - shown.length };
}

function sizeOf(items: Iterable<unknown>): number | undefined {
  const size = (items as { size?: unknown }).size;
  return typeof size === 'number' ? size : undefined;
}

/**
 * A path's first steps and its last two, with the number left out between:
 * "G1 -> G2 -> G3 -> G4 -> G5 -> ... 3,992 more ... -> G3999 -> G1" for a cycle of 4,000 nodes.
 * A path of at most `max + 2` steps is exactly `steps.join(sep)`.
 */
export function pathSome(steps: readonly string[], opts: Pick<ListOptions, 'max' | 'sep'> = {}): string {
  const max = Math.max(1, Math.floor(opts.max ?? LIST_MAX));
  const sep = opts.sep ?? ' -> ';
  if (steps.length <= max + 2) return steps.join(sep);
  const left = steps.length - max - 2;
  return `${steps.slice(0, max).join(sep)}${sep}... ${count(left)} more ...${sep}${steps.slice(-2).join(sep)}`;
}
