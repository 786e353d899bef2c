// Load-bearing nodes: what the top claim cannot do without.
//
// The failure model is the status propagation's (status.ts): a claim,
// strategy or evidence node is established unless it is defeated itself, a
// frame it is stated in (assumption, justification, context) is defeated, it
// has no support, or a leg it needs has failed: any leg, unless it declares
// its legs alternatives (`support: { at_least: k }`), when more than its
// margin (the legs holding, less k) must fail. An evidence node needs every
// item it cites. So the argument is a monotone threshold circuit
// (critical-graph.ts): one vertex per failure point (claim, strategy, evidence
// node, frame, registered item), links the way failure spreads, and per node
// its tolerance, how many more legs it can lose.
//
// The basis. If the top claim is established, the circuit is the case as it
// stands: what has failed stays failed (a lost alternative has used up
// margin). If it is not, nothing more can fail, so the question becomes what
// the argument would not survive losing once its failures are repaired: the
// circuit is built with every failure of the case's own treated as holding
// (the what-if, if any, kept), and the report says so and lists the failed
// legs as they stand.
//
// The region: what holds in the basis and lies below the top claim (a
// breadth-first walk down from the top, which also gives each point its depth,
// the fewest links from the top).
//
// Single points of failure: points whose failure alone fails the top claim.
// Each point's failure is propagated up (a node with tolerance 0, or any node
// through a frame, fails with its first failed input; a node with tolerance t
// with its (t + 1)th), counting the claims and strategies that fall (`fails`,
// everywhere: a claim outside the region that shares a frame falls too).
// That is one walk per point over what falls, nearest the top first, within a
// work budget (`work`, default 20,000,000 link visits). Without declared
// alternatives every point of the region is a single point of failure (it has
// a path of needed links to the top), so the list is exact whatever the
// budget; only the counts can be cut short. Ranked by `fails`, descending,
// then by depth (the highest first), then case order.
//
// Reach: for every evidence item, assumption, justification and context in the
// region, `restsOn` counts the claims and strategies with it anywhere below
// them, `fails` those that fall with it, `share` is fails over the argument's
// size, `critical` whether it is a single point of failure; ranked by restsOn,
// fails, then depth and case order.
//
// Uncorroborated claims: claims whose whole evidential base in the region is
// one evidence item (the distinct items below each node, counted up to two,
// in one pass bottom-up).
//
// Alternatives and minimal failure sets: every node in the region that
// declares alternatives, with its legs, how many hold, its margin, and whether
// its own failure fails the top; and the minimal sets of their legs (two or
// more, up to `maxSetSize`, default 3) whose joint loss fails the top claim,
// computed bottom-up as minimal cut sets over those legs (critical-sets.ts).
//
// Complexity: the circuit and the region O(nodes + links + citations); the
// failure walks, the sum over points of what falls with each (for an argument
// of depth d, about d per point), within the budget; the rest O(V + E).
import type { Case } from '../model/case.js';
import { type CaseGraph, levels } from '../model/graph.js';
import { type Basis, buildCircuit, type Circuit, type FailureKind, pointOf, type Work } from './critical-graph.js';
import { type CutSet, cutSets } from './critical-sets.js';
import { type FailedLeg, failedLegs } from './failed-legs.js';
import { statusOf } from './status.js';
import { notEstablished, type SupportStatus } from './status-types.js';
import { isFrameKind, type SupportView, supportView } from './support.js';

export type { Basis, CutSet, FailureKind };

export interface CriticalOptions {
  asOf: string;
  /** Analyse the case as if these node or item ids were defeated (what-if). */
  defeat?: Iterable<string>;
  /** Work budget of the failure walks and reach counts (link visits). Default 20,000,000. */
  work?: number;
  /** Work budget of the minimal failure sets. Default 4,000,000. */
  setWork?: number;
  /** Largest minimal failure set listed. Default 3. */
  maxSetSize?: number;
}

export interface SinglePoint {
  id: string;
  kind: FailureKind;
  /** Claims and strategies no longer established if it alone fails (the top included). */
  fails: number;
  /** Fewest links from the top claim down to it. */
  depth: number;
}

export interface RankEntry {
  id: string;
  kind: FailureKind;
  /** True if its failure alone fails the top claim. */
  critical: boolean;
  /** Claims and strategies no longer established if it alone fails. */
  fails: number;
  /** Claims and strategies with it anywhere below them. */
  restsOn: number;
  /** fails / argumentSize, 0..1. */
  share: number;
}

export interface Uncorroborated {
  id: string;
  /** The one evidence item its support comes down to. */
  item: string;
  depth: number;
}

export interface AlternativesNode {
  id: string;
  kind: 'claim' | 'strategy';
  atLeast: number;
  /** Its supporting nodes, in written order. */
  legs: string[];
  /** How many of them hold in the basis. */
  held: number;
  /** The legs that do not. */
  lost: string[];
  /** How many more legs it can lose and still hold. */
  margin: number;
  /** True if its own failure fails the top claim. */
  critical: boolean;
}

export interface CriticalReport {
  asOf: string;
  top?: string;
  topStatus?: SupportStatus;
  /** The case as it stands, or as if its failures were repaired (when the top is not established). */
  basis: Basis;
  /** The top claim's failed legs as the case stands, from the top down (empty when it is established). */
  topFailedLegs: FailedLeg[];
  /** Claims and strategies in the region, the top included. */
  argumentSize: number;
  singlePoints: SinglePoint[];
  ranking: RankEntry[];
  uncorroborated: Uncorroborated[];
  alternatives: AlternativesNode[];
  cutSets: CutSet[];
  /** False if a work budget ran out: then `fails` and `restsOn` counts are lower bounds, and lists may be short. */
  exact: boolean;
  cutSetSearch: { maxSize: number; exhaustive: boolean };
}

/** The load-bearing nodes of a case; see the top of this file for the model and the complexity. */
export function criticalNodes(c: Case, g: CaseGraph, opts: CriticalOptions): CriticalReport {
  return criticalOf(supportView(c, g), opts);
}

export function criticalOf(view: SupportView, opts: CriticalOptions): CriticalReport {
  const defeat = new Set(opts.defeat ?? []);
  const status = statusOf(view, { asOf: opts.asOf, defeat });
  const topStatus = view.top ? status.nodes.get(view.top)!.status : undefined;
  const basis: Basis = topStatus && notEstablished(topStatus) ? 'repaired' : 'current';
  const maxSize = opts.maxSetSize ?? 3;
  const report: CriticalReport = {
    asOf: opts.asOf,
    ...(view.top ? { top: view.top, topStatus: topStatus! } : {}),
    basis,
    topFailedLegs: view.top ? failedLegs(status, view.top) : [],
    argumentSize: 0,
    singlePoints: [],
    ranking: [],
    uncorroborated: [],
    alternatives: [],
    cutSets: [],
    exact: true,
    cutSetSearch: { maxSize, exhaustive: true },
  };
  if (!view.top) return report;
  const ctx = { c: view.c, g: view.g, view, defeat, asOf: opts.asOf };
  const circuit = buildCircuit(view, ctx, basis);
  if (!circuit.holds[circuit.top]) return report;
  const r = regionOf(circuit);
  report.argumentSize = r.size;
  const fall = fallOf(r, opts.work ?? 20_000_000);
  report.exact = fall.exact;
  report.singlePoints = singlePoints(r, fall);
  report.ranking = ranking(r, fall);
  report.uncorroborated = uncorroborated(r);
  report.alternatives = alternatives(r, fall);
  const sets = cutSets(r.circuit, r.inRegion, r.order, { budget: opts.setWork ?? 4_000_000, maxSize });
  report.cutSets = sets.sets;
  report.cutSetSearch.exhaustive = sets.exhaustive;
  return report;
}

/** The part of the circuit that matters: holding, below the top. */
export interface Region {
  circuit: Circuit;
  inRegion: Uint8Array;
  depth: Int32Array;
  /** Region vertices, nearest the top first (breadth-first), each layer in case order. */
  byDepth: number[];
  /** Region vertices, each after everything it needs. */
  order: number[];
  size: number;
  /** True if some node in the region can lose a leg and hold. */
  tolerant: boolean;
}

function regionOf(c: Circuit): Region {
  const inRegion = new Uint8Array(c.n);
  const depth = new Int32Array(c.n).fill(-1);
  const byDepth: number[] = [];
  let d = 0;
  let size = 0;
  let tolerant = false;
  for (const layer of levels(c.down, [c.top], (w) => c.holds[w] === 1)) {
    // Each layer in vertex order, which is case order: the lists below break ties by it.
    for (const v of layer.sort((a, b) => a - b)) {
      inRegion[v] = 1;
      depth[v] = d;
      byDepth.push(v);
      size += c.isClaim[v]!;
      if (c.tolerance[v]! > 0) tolerant = true;
    }
    d++;
  }
  const order = c.order.filter((v) => inRegion[v] === 1);
  return { circuit: c, inRegion, depth, byDepth, order, size, tolerant };
}

/** What falls with each point: claims and strategies, and whether the top does. */
interface Fall {
  fails: Int32Array;
  topFalls: Uint8Array;
  /** 1 for the points walked within the budget. */
  walked: Uint8Array;
  exact: boolean;
  work: Work;
  budget: number;
}

/**
 * One failure walk per region point, nearest the top first, within the
 * budget. A point whose failure reaches one node only, and fails it for
 * certain (it needs the point), fails exactly what that node fails: its
 * count is that node's, found already (the node is nearer the top), so most
 * points of a tree-like argument cost one step.
 */
function fallOf(r: Region, budget: number): Fall {
  const { circuit: c } = r;
  const fall: Fall = {
    fails: new Int32Array(c.n),
    topFalls: new Uint8Array(c.n),
    walked: new Uint8Array(c.n),
    exact: true,
    work: { done: 0 },
    budget,
  };
  const walk = failureWalk(c, fall);
  for (const p of r.byDepth) {
    if (p === c.top) continue;
    const only = onlyNeededBy(c, p);
    if (only >= 0 && (fall.walked[only] || only === c.top)) {
      fall.fails[p] = c.isClaim[p]! + (only === c.top ? 1 : fall.fails[only]!);
      fall.topFalls[p] = only === c.top ? 1 : fall.topFalls[only]!;
      fall.walked[p] = 1;
      fall.work.done++;
      continue;
    }
    if (fall.work.done >= budget) {
      fall.exact = false;
      break;
    }
    walk(p);
  }
  return fall;
}

/** The one holding node p's failure reaches, if it fails with p for certain; else -1. */
function onlyNeededBy(c: Circuit, p: number): number {
  let only = -1;
  for (let e = c.up.first(p); e < c.up.end(p); e++) {
    const v = c.up.target(e);
    if (!c.holds[v]) continue;
    if (only >= 0 && only !== v) return -1;
    only = v;
  }
  return only >= 0 && (c.isFrame[p] || c.tolerance[only] === 0) ? only : -1;
}

/** The failure walk of one point: what falls with it, by the tolerance of each node it reaches. */
function failureWalk(c: Circuit, fall: Fall): (p: number) => void {
  const { up, isFrame, tolerance, isClaim, holds } = c;
  const failed = new Uint8Array(c.n);
  const hits = new Int32Array(c.n);
  const queue = new Int32Array(c.n);
  return (p) => {
    let head = 0;
    let tail = 0;
    queue[tail++] = p;
    failed[p] = 1;
    let n = isClaim[p]!;
    const touched: number[] = [];
    while (head < tail) {
      const u = queue[head++]!;
      fall.work.done += 1 + up.degree(u);
      for (let e = up.first(u); e < up.end(u); e++) {
        const v = up.target(e);
        // What holds outside the region (resting only on what has failed already) falls with it too.
        if (!holds[v] || failed[v]) continue;
        if (!isFrame[u] && tolerance[v]! > 0) {
          if (hits[v] === 0) touched.push(v);
          if (++hits[v]! <= tolerance[v]!) continue;
        }
        failed[v] = 1;
        queue[tail++] = v;
        n += isClaim[v]!;
      }
    }
    fall.fails[p] = n;
    fall.topFalls[p] = failed[c.top]!;
    fall.walked[p] = 1;
    for (let i = 0; i < tail; i++) failed[queue[i]!] = 0;
    for (const v of touched) hits[v] = 0;
  };
}

/** True if point p's failure alone fails the top (without alternatives, every region point's does). */
function isCritical(r: Region, fall: Fall, p: number): boolean {
  return fall.walked[p] ? fall.topFalls[p] === 1 : !r.tolerant;
}

/** A point's fails count; for one the budget did not reach, a lower bound (the top, and itself). */
function failsOf(r: Region, fall: Fall, p: number): number {
  return fall.walked[p] ? fall.fails[p]! : r.circuit.isClaim[p]! + (isCritical(r, fall, p) ? 1 : 0);
}

function singlePoints(r: Region, fall: Fall): SinglePoint[] {
  const { circuit: c, depth } = r;
  const points: number[] = [];
  for (const p of r.byDepth) if (p !== c.top && isCritical(r, fall, p)) points.push(p);
  const fails = new Int32Array(c.n);
  for (const p of points) fails[p] = failsOf(r, fall, p);
  // Numbers only: tens of thousands of points sort fast without comparing ids (vertex order is case order).
  points.sort((a, b) => fails[b]! - fails[a]! || depth[a]! - depth[b]! || a - b);
  return points.map((p) => {
    const { id, kind } = pointOf(c, p);
    return { id, kind, fails: fails[p]!, depth: depth[p]! };
  });
}

/** Evidence items and frames: what rests on them and what falls with them. */
function ranking(r: Region, fall: Fall): RankEntry[] {
  const { circuit: c } = r;
  const out: RankEntry[] = [];
  const seen = new Int32Array(c.n);
  let stamp = 0;
  for (const p of r.byDepth) {
    const { id, kind } = pointOf(c, p);
    if (kind !== 'item' && !isFrameKind(kind)) continue;
    const fails = failsOf(r, fall, p);
    // Without alternatives everything above a point falls with it, so the failure walk counted its reach.
    const restsOn = !r.tolerant && fall.walked[p] ? fails : reachAbove(r, p, ++stamp, seen, fall);
    out.push({ id, kind, critical: isCritical(r, fall, p), fails, restsOn, share: r.size ? fails / r.size : 0 });
  }
  // Stable: ties stay nearest the top first, then in case order.
  return out.sort((a, b) => b.restsOn - a.restsOn || b.fails - a.fails);
}

/** Claims and strategies above p in the region, counted within the budget (else a lower bound). */
function reachAbove(r: Region, p: number, stamp: number, seen: Int32Array, fall: Fall): number {
  const { up, isClaim } = r.circuit;
  if (fall.work.done >= fall.budget) {
    fall.exact = false;
    return 0;
  }
  const stack = [p];
  seen[p] = stamp;
  let n = 0;
  while (stack.length) {
    const u = stack.pop()!;
    fall.work.done += 1 + up.degree(u);
    for (let e = up.first(u); e < up.end(u); e++) {
      const v = up.target(e);
      if (!r.circuit.holds[v] || seen[v] === stamp) continue;
      seen[v] = stamp;
      n += isClaim[v]!;
      stack.push(v);
    }
  }
  return n;
}

/** Claims whose evidence, all of it, is one item: up to two distinct items kept per vertex, bottom-up. */
function uncorroborated(r: Region): Uncorroborated[] {
  const { circuit: c, inRegion } = r;
  const { down, isFrame } = c;
  const { g } = c.view;
  const first = new Int32Array(c.n).fill(-1);
  const second = new Int32Array(c.n).fill(-1);
  const add = (v: number, item: number) => {
    if (first[v] === -1) first[v] = item;
    else if (first[v] !== item && second[v] === -1) second[v] = item;
  };
  for (const v of r.order) {
    if (v >= g.size) {
      first[v] = v;
      continue;
    }
    for (let e = down.first(v); e < down.end(v) && second[v] === -1; e++) {
      const w = down.target(e);
      if (!inRegion[w] || isFrame[w]) continue;
      if (first[w]! >= 0) add(v, first[w]!);
      if (second[w]! >= 0) add(v, second[w]!);
    }
  }
  const out: Uncorroborated[] = [];
  for (const v of r.byDepth)
    if (v < g.size && g.nodes[v]!.kind === 'claim' && first[v]! >= 0 && second[v] === -1)
      out.push({ id: g.ids[v]!, item: pointOf(c, first[v]!).id, depth: r.depth[v]! });
  return out;
}

/** Every node in the region that declares alternatives. */
function alternatives(r: Region, fall: Fall): AlternativesNode[] {
  const { circuit: c } = r;
  const { g, kids, atLeast } = c.view;
  const out: AlternativesNode[] = [];
  for (const v of r.byDepth) {
    if (v >= g.size || atLeast[v] === 0) continue;
    const legs = kids.targets(v);
    const heldSet = new Set<number>();
    for (let e = c.down.first(v); e < c.down.end(v); e++)
      if (c.holds[c.down.target(e)] && !c.isFrame[c.down.target(e)]) heldSet.add(c.down.target(e));
    out.push({
      id: g.ids[v]!,
      kind: g.nodes[v]!.kind as 'claim' | 'strategy',
      atLeast: atLeast[v]!,
      legs: legs.map((k) => g.ids[k]!),
      held: legs.filter((k) => heldSet.has(k)).length,
      lost: legs.filter((k) => !heldSet.has(k)).map((k) => g.ids[k]!),
      margin: c.tolerance[v]!,
      critical: v === c.top || isCritical(r, fall, v),
    });
  }
  return out;
}
