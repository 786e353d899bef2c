// "Did you mean" for many unknown ids against one list of known ids, at a
// cost linear in the case. A suggestion compares the word with every known id,
// so one per finding made a case of n dangling references cost n x n edit
// distances (4,000 of them took 3.5 s; 50,000 would take ten minutes).
// Ids that differ only in case or separators are found by lookup, always; the
// edit-distance scans share a budget, and once it is spent the finding keeps
// its plain hint.
import { closest, toSnake } from './did-you-mean.js';

/** Edit distances one Suggester may compute, at least; more for a long list (see `budgetFor`). */
export const SUGGEST_BUDGET = 1_000_000;

/** Scans of the whole list a Suggester always affords, however long the list. */
const MIN_SCANS = 4;

function budgetFor(candidates: number): number {
  return Math.max(SUGGEST_BUDGET, MIN_SCANS * candidates);
}

/**
 * `closest(word, candidates)` for many words: the same answers while the
 * budget lasts (memoised per word), then only the answers that need no scan.
 * The candidates are read on the first question, once.
 */
export class Suggester {
  private list: string[] | undefined;
  /** Lower-cased candidate -> the positions of the candidates that lower-case to it, in order. */
  private exact: Map<string, number[]> | undefined;
  private left = 0;
  private readonly memo = new Map<string, string | undefined>();

  constructor(private readonly candidates: () => Iterable<string>) {}

  /** The candidate closest to `word`, never `exclude`; undefined when nothing is close (or the budget is spent). */
  suggest(word: string, exclude?: string): string | undefined {
    const key = exclude === undefined ? word : `${word}\u0000${exclude}`;
    if (this.memo.has(key)) return this.memo.get(key);
    const found = this.find(word, exclude);
    this.memo.set(key, found);
    return found;
  }

  private find(word: string, exclude: string | undefined): string | undefined {
    const list = this.known();
    const same = this.sameButForCase(word, exclude);
    if (same !== undefined) return same;
    if (this.left < list.length) return undefined;
    this.left -= list.length;
    return closest(word, exclude === undefined ? list : without(list, exclude));
  }

  private known(): string[] {
    if (this.list === undefined) {
      this.list = [...this.candidates()];
      this.left = budgetFor(this.list.length);
      this.exact = new Map();
      this.list.forEach((c, i) => {
        const k = c.toLowerCase();
        const at = this.exact!.get(k);
        if (at) at.push(i);
        else this.exact!.set(k, [i]);
      });
    }
    return this.list;
  }

  /** What `closest` returns before it measures any distance: the first candidate equal but for case and separators. */
  private sameButForCase(word: string, exclude: string | undefined): string | undefined {
    const norm = toSnake(word);
    let first = Number.POSITIVE_INFINITY;
    for (const k of [norm, norm.replace(/_/g, '-'), word.toLowerCase()]) {
      for (const i of this.exact!.get(k) ?? []) {
        const c = this.list![i]!;
        if (c === word || c === exclude) continue;
        if (i < first) first = i;
        break;
      }
    }
    return Number.isFinite(first) ? this.list![first] : undefined;
  }
}

function* without(list: readonly string[], exclude: string): Generator<string> {
  for (const c of list) if (c !== exclude) yield c;
}
