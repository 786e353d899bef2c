// Minimal failure sets where alternatives are declared (critical.ts states
// the model): the minimal sets of legs of declared alternatives, two or more,
// whose joint loss fails the top claim. Computed bottom-up as minimal cut sets
// over those legs: a node that needs all of its legs (tolerance 0) fails with
// any set that fails one of them; a node with tolerance t fails with the
// union of sets failing t + 1 distinct legs; a leg fails with itself. Sets are
// kept minimal at every node and no larger than `maxSize` (a larger set can
// only grow on the way up), within a work budget.
import type { Circuit, FailureKind } from './critical-graph.js';
import { pointOf } from './critical-graph.js';

export interface CutSet {
  ids: string[];
  kinds: FailureKind[];
}

/** A set of legs: their indices, ascending. */
type Legs = readonly number[];

const NONE: readonly Legs[] = [];

interface Search {
  budget: number;
  maxSize: number;
  done: number;
}

export function cutSets(
  c: Circuit,
  inRegion: Uint8Array,
  order: readonly number[],
  opts: { budget: number; maxSize: number },
): { sets: CutSet[]; exhaustive: boolean } {
  const { legs, legOf } = legsOfAlternatives(c, inRegion);
  if (!legs.length) return { sets: [], exhaustive: true };
  const s: Search = { budget: opts.budget, maxSize: opts.maxSize, done: 0 };
  const failing: (readonly Legs[])[] = new Array(c.n);
  for (const v of order) {
    failing[v] = setsOf(c, v, legOf, failing, inRegion, s);
    if (s.done > s.budget) return { sets: [], exhaustive: false };
  }
  const sets = (failing[c.top] ?? NONE)
    .filter((set) => set.length >= 2)
    .map((set) => {
      const points = set.map((i) => pointOf(c, legs[i]!));
      return { ids: points.map((p) => p.id), kinds: points.map((p) => p.kind) };
    });
  sets.sort((a, b) => a.ids.length - b.ids.length || compareIds(a.ids, b.ids));
  return { sets, exhaustive: true };
}

/** The legs of every node in the region that declares alternatives, numbered; -1 for any other vertex. */
function legsOfAlternatives(c: Circuit, inRegion: Uint8Array): { legs: number[]; legOf: Int32Array } {
  const legs: number[] = [];
  const legOf = new Int32Array(c.n).fill(-1);
  const { atLeast, g } = c.view;
  for (let v = 0; v < g.size; v++) {
    if (!inRegion[v] || atLeast[v] === 0) continue;
    for (let e = c.down.first(v); e < c.down.end(v); e++) {
      const w = c.down.target(e);
      if (!inRegion[w] || legOf[w]! >= 0 || c.isFrame[w]) continue;
      legOf[w] = legs.push(w) - 1;
    }
  }
  return { legs, legOf };
}

/** The minimal sets failing vertex v, from those failing what it needs. */
function setsOf(
  c: Circuit,
  v: number,
  legOf: Int32Array,
  failing: (readonly Legs[])[],
  inRegion: Uint8Array,
  s: Search,
): readonly Legs[] {
  const inputs: (readonly Legs[])[] = [];
  for (let e = c.down.first(v); e < c.down.end(v); e++) {
    const w = c.down.target(e);
    const f = inRegion[w] ? failing[w] : undefined;
    if (f?.length && !c.isFrame[w]) inputs.push(f);
  }
  const own: Legs[] = legOf[v]! >= 0 ? [[legOf[v]!]] : [];
  const t = c.tolerance[v]!;
  if (t === 0) {
    if (!own.length && inputs.length === 1) return inputs[0]!;
    if (!own.length && !inputs.length) return NONE;
    return minimal([...own, ...inputs.flat()], s);
  }
  const out: Legs[] = [...own];
  for (const combo of combinations(inputs.length, t + 1)) {
    let partial: Legs[] = [[]];
    for (const i of combo) {
      partial = product(partial, inputs[i]!, s);
      if (!partial.length || s.done > s.budget) break;
    }
    out.push(...partial);
    if (s.done > s.budget) break;
  }
  return out.length ? minimal(out, s) : NONE;
}

/** Unions of one set from each side, no larger than maxSize. */
function product(left: readonly Legs[], right: readonly Legs[], s: Search): Legs[] {
  const out: Legs[] = [];
  for (const a of left)
    for (const b of right) {
      s.done++;
      const u = union(a, b);
      if (u.length <= s.maxSize) out.push(u);
    }
  return out;
}

function union(a: Legs, b: Legs): Legs {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** The sets none of the others is a subset of (one copy of each). */
function minimal(sets: Legs[], s: Search): Legs[] {
  const sorted = [...sets].sort((a, b) => a.length - b.length || compareNums(a, b));
  const kept: Legs[] = [];
  for (const x of sorted) {
    s.done += kept.length;
    if (!kept.some((k) => isSubset(k, x))) kept.push(x);
  }
  return kept;
}

function isSubset(small: Legs, big: Legs): boolean {
  let j = 0;
  for (const x of small) {
    while (j < big.length && big[j]! < x) j++;
    if (j === big.length || big[j] !== x) return false;
  }
  return true;
}

/** Every choice of k of 0..n-1, ascending. */
function* combinations(n: number, k: number): Generator<number[]> {
  if (k > n) return;
  const idx = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    yield idx.slice();
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1]! + 1;
  }
}

function compareNums(a: Legs, b: Legs): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function compareIds(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}
