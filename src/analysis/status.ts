// Support status: how well each claim, strategy and evidence node is
// supported at an as-of date, propagated up to the top claim. Pure: no fs,
// no clock, no node: imports (the browser report uses it too).
//
// The rules (docs/analysis.md states them for readers):
//
// Evidence items. An item cited by an evidence node is
//   - undeveloped if no such item is registered (missing-evidence);
//   - defeated if a what-if defeats it (whatif-defeated);
//   - stale if dated after the as-of date (future-evidence), past its validity
//     (expired-evidence: `expires`, or `date` + `valid_for_days`, the item
//     still counting on that day), or measured on a build the context does not
//     decide on (build-mismatch: the model's build, a component's build or
//     decision.scope.build; the component's own builds when `measured.component`
//     names a role the context lists) unless a justification with `bridges`
//     from that build to a decided build frames a node citing the item or a
//     node above one;
//   - undeveloped if it was imported from an evaluation run that did not
//     finish (incomplete-run: `provenance.status` error, cancelled or started,
//     or the log is invalidated): such a run establishes nothing;
//   - stale if it carries a `review` marker (under-review: a re-import changed
//     its result, snapshot or sample counts, so the claims resting on it must
//     be reviewed before it counts again);
//   - unsupported if it is marked `supports` but one of its results fails
//     its explicit threshold (result-fails-threshold: its own, or its linked
//     criterion's; model/results.ts failedResults);
//   - challenged if its polarity is `undermines` (undermining-evidence: it is
//     counter-evidence until a defeater answers it);
//   - contested if its polarity is `mixed` (mixed-evidence);
//   - otherwise supported. Several causes: the worst wins, all are listed.
//
// Claims, strategies and evidence nodes. A node's status is the worst of
//   (a) its own standing: `defeated: true`, an accepted defeater challenging it
//       or a what-if defeating it make it defeated; an open defeater makes it
//       challenged; mitigated and refuted defeaters change nothing and are
//       listed in `resolved`;
//   (b) its frames (in_context_of: assumptions, justifications, contexts): a
//       frame that is defeated (`defeated: true`, an accepted defeater, a
//       what-if, or an accepted defeater on the link "NODE -> FRAME") makes the
//       node defeated, because the argument was made on it; an open defeater on
//       the frame or the link makes the node challenged;
//   (c) its support: for a claim or strategy, its supported_by children (and
//       the nodes a module `extends: develops:` hangs below it); for an
//       evidence node, the items it cites. No support at all is undeveloped
//       (`undeveloped` when marked so, `no-support` or `no-evidence` when not).
//       Otherwise each leg counts with its own status, except that an
//       accepted defeater on the link "PARENT -> CHILD" (or the parent's
//       `defeated_relations` naming the child) makes it fail, an open one
//       makes it at least challenged, and a child reached again on the current
//       path (a cycle, which the structural checks report) fails. A leg has
//       *failed* when it is not established (unsupported, undeveloped or
//       defeated). Support is conjunctive (GSN's default: the node needs all
//       of it), so
//         - no leg failed: the worst leg status (inherited);
//         - a leg failed: unsupported, naming the failed leg (failed-leg,
//           link-defeated, cycle, or the item's cause for an evidence node).
//       A claim or strategy may declare its children alternatives
//       (`support: { at_least: k, justification }`): then
//         - at least k legs hold and some failed: the worst holding leg, and
//           at least degraded (lost-alternative, naming each lost leg);
//         - fewer than k hold: unsupported (too-few-alternatives).
// A node is *established* while its status is better than unsupported; the
// critical-node and what-if analyses use that line.
//
// Each cause is a reason pointing at what caused it (the defeater, the frame,
// the item, or the child it inherits from: inherited and failed-leg reasons
// point one level down, so a reader follows them, or runs `warrant why`;
// failed-legs.ts follows them from the top down). Reasons are sorted worst
// first, then in written order.
//
// Complexity: O(nodes + links + citations) time and space: one iterative
// depth-first walk, each node evaluated once after its children, each link
// and citation read once. Bridging justifications add one walk each below the
// nodes they frame (a case has a handful).
import type { ArgNode, Case } from '../model/case.js';
import { type CaseGraph, DepthFirst } from '../model/graph.js';
import { listSome } from '../util/list-some.js';
import {
  type CauseContext,
  CHALLENGED,
  cap,
  causeOf,
  DEFEATED,
  DEGRADED,
  finish,
  ITEM_CAUSE_RANK,
  itemStanding,
  linkDefeaters,
  ownStanding,
  type Ranked,
  resolvedDefeaters,
  SUPPORTED,
  UNDEVELOPED,
  UNSUPPORTED,
} from './status-causes.js';
import {
  type CaseStatus,
  type NodeStatus,
  type StatusReason,
  SUPPORT_STATUSES,
  type SupportStatus,
  statusPhrase,
  statusRank,
} from './status-types.js';
import { type SupportView, supportView } from './support.js';

export interface StatusOptions {
  /** The date statuses are computed for (YYYY-MM-DD). */
  asOf: string;
  /** What-if: node ids and evidence item ids to treat as defeated. Unknown ids are ignored (the CLI validates them). */
  defeat?: Iterable<string>;
}

const NONE: StatusReason[] = [];
/** Shared by every supported node with nothing to say; frozen, so no consumer can change it for the others. */
const SUPPORTED_STATUS: NodeStatus = Object.freeze({
  status: 'supported',
  reasons: Object.freeze([]) as unknown as StatusReason[],
}) as NodeStatus;
/** The rank a leg reached again on the walk's path (a cycle) counts with: it fails. */
const CYCLE = -1;

/**
 * The support status of every claim, strategy and evidence node at `asOf`,
 * by the rules at the top of this file. O(nodes + links + citations).
 */
export function caseStatus(c: Case, g: CaseGraph, opts: StatusOptions): CaseStatus {
  return statusOf(supportView(c, g), opts);
}

/** caseStatus on the case's support view: what-if and the critical-node checks call this repeatedly. */
export function statusOf(view: SupportView, opts: StatusOptions): CaseStatus {
  return new StatusWalk(view, opts).run();
}

/**
 * One status run: a depth-first walk over the support links from the top
 * claim, then from every claim, strategy and evidence node in case order,
 * each node evaluated once after everything it rests on. On node numbers and
 * typed arrays: a string-keyed lookup per link costs more than the rest.
 */
class StatusWalk {
  private readonly ctx: CauseContext;
  private readonly dfs: DepthFirst;
  private readonly rankOf: Int8Array;
  private readonly result: (NodeStatus | undefined)[];
  private readonly items = new Map<string, NodeStatus>();
  private readonly frameCache = new Map<number, { rank: number; reasons: Ranked[] }>();
  /** Ranks of one node's legs, reused across nodes. */
  private scratch = new Int8Array(16);
  /** The reasons of the node being evaluated; most nodes have none, so made only when one turns up. */
  private reasons: Ranked[] | undefined;

  constructor(
    private readonly view: SupportView,
    private readonly opts: StatusOptions,
  ) {
    const { c, g } = view;
    this.ctx = { c, g, view, defeat: new Set(opts.defeat ?? []), asOf: opts.asOf };
    this.dfs = new DepthFirst(view.kids);
    this.rankOf = new Int8Array(g.size);
    this.result = new Array(g.size);
  }

  run(): CaseStatus {
    const finish = (v: number) => {
      const st = this.evaluate(v);
      this.result[v] = st;
      this.rankOf[v] = statusRank(st.status);
    };
    this.dfs.run(this.view.topNum, finish);
    for (const v of this.view.support) this.dfs.run(v, finish);
    return this.assemble();
  }

  private assemble(): CaseStatus {
    const { c, g, top, support } = this.view;
    const nodes = new Map<string, NodeStatus>();
    const counts = Object.fromEntries(SUPPORT_STATUSES.map((s) => [s, 0])) as Record<SupportStatus, number>;
    for (const v of support) {
      const st = this.result[v]!;
      nodes.set(g.ids[v]!, st);
      counts[st.status]++;
    }
    const itemsSorted = new Map<string, NodeStatus>();
    for (const id of c.evidence.keys()) if (this.items.has(id)) itemsSorted.set(id, this.items.get(id)!);
    for (const [id, st] of this.items) if (!itemsSorted.has(id)) itemsSorted.set(id, st);
    return { asOf: this.opts.asOf, ...(top ? { top } : {}), nodes, counts, items: itemsSorted };
  }

  private push(r: Ranked): void {
    (this.reasons ??= []).push(r);
  }

  private evaluate(v: number): NodeStatus {
    const { g } = this.view;
    const node = g.nodes[v]!;
    this.reasons = undefined;
    const challenged = g.isChallenged(v);
    if (challenged || node.defeated || this.ctx.defeat.size) {
      const own: Ranked[] = [];
      ownStanding(this.ctx, node, `${cap(node.kind)} ${node.id}`, own);
      for (const r of own) this.push(r);
    }
    if (this.view.frames.degree(v)) this.frameReasons(v, node);
    if (node.kind === 'evidence') this.evidenceReasons(node);
    else if (this.view.kids.degree(v) === 0) this.noSupport(node);
    else this.childReasons(v, node);
    const rs = this.reasons;
    const resolved = challenged ? resolvedDefeaters(this.ctx, node.id) : NONE;
    return rs || resolved.length ? finish(rs ?? [], resolved) : SUPPORTED_STATUS;
  }

  /** (b) The frames it is stated in, and the links to them. */
  private frameReasons(v: number, node: ArgNode): void {
    const { g, frames } = this.view;
    const id = node.id;
    const links = g.hasLinkChallenges(v);
    for (let e = frames.first(v); e < frames.end(v); e++) {
      const fs = this.frameStanding(frames.target(e));
      const f = g.ids[frames.target(e)]!;
      const linkRs: Ranked[] = [];
      const link = links ? linkDefeaters(this.ctx, id, f, linkRs, `${f} as a frame of ${id}`) : SUPPORTED;
      const rank = Math.max(fs.rank, link);
      if (rank < CHALLENGED) continue;
      const fk = g.nodes[frames.target(e)]!.kind;
      const how = rank >= DEFEATED ? 'defeated' : 'challenged';
      this.push({
        rank: rank >= DEFEATED ? DEFEATED : CHALLENGED,
        code: `frame-${how}`,
        message: `It is stated in ${fk} ${f}, which is ${how}${causeOf(fs.reasons, linkRs)}.`,
        node: f,
      });
    }
  }

  private frameStanding(f: number): { rank: number; reasons: Ranked[] } {
    let hit = this.frameCache.get(f);
    if (!hit) {
      const n = this.view.g.nodes[f]!;
      const reasons: Ranked[] = [];
      ownStanding(this.ctx, n, `${cap(n.kind)} ${n.id}`, reasons);
      hit = { rank: reasons.reduce((m, r) => Math.max(m, r.rank), SUPPORTED), reasons };
      this.frameCache.set(f, hit);
    }
    return hit;
  }

  /** (c) for an evidence node: the items it cites, every one of them needed. */
  private evidenceReasons(node: ArgNode & { kind: 'evidence' }): void {
    const cited = node.evidence ?? [];
    if (cited.length === 0) {
      const what = `${cap(node.kind)} ${node.id}`;
      this.push({ rank: UNDEVELOPED, code: 'no-evidence', message: `${what} cites no evidence item.`, node: node.id });
      return;
    }
    for (const e of cited) {
      const st = this.itemStatus(e);
      const r = statusRank(st.status);
      if (r === SUPPORTED) continue;
      // An item that establishes nothing leaves the node without a leg it needs: unsupported, with the item's cause.
      for (const reason of st.reasons)
        this.push({ ...reason, rank: Math.min(ITEM_CAUSE_RANK.get(reason.code) ?? r, UNSUPPORTED) });
    }
  }

  private itemStatus(id: string): NodeStatus {
    let hit = this.items.get(id);
    if (!hit) this.items.set(id, (hit = itemStanding(this.ctx, id) ?? SUPPORTED_STATUS));
    return hit;
  }

  /** (c) for a claim or strategy with nothing below it. */
  private noSupport(node: ArgNode): void {
    const what = `${cap(node.kind)} ${node.id}`;
    const marked = (node as { undeveloped?: boolean }).undeveloped;
    this.push({
      rank: UNDEVELOPED,
      code: marked ? 'undeveloped' : 'no-support',
      message: marked ? `${what} is marked undeveloped.` : `${what} has no supporting node.`,
      node: node.id,
    });
  }

  /** (c) for a claim or strategy: each leg with the rank it counts with, then the reasons. */
  private childReasons(v: number, node: ArgNode): void {
    const { kids } = this.view;
    const first = kids.first(v);
    const count = kids.degree(v);
    if (this.scratch.length < count) this.scratch = new Int8Array(count * 2);
    let failed = 0;
    let worst = SUPPORTED;
    for (let e = first; e < kids.end(v); e++) {
      const r = this.countsAs(v, node, kids.target(e));
      this.scratch[e - first] = r;
      if (r === CYCLE || r >= UNSUPPORTED) failed++;
      else if (r > worst) worst = r;
    }
    const k = this.view.atLeast[v]!;
    if (worst === SUPPORTED && failed === 0 && k <= count) return;
    const legs: Legs = { node, k, count, held: count - failed };
    for (let e = first; e < kids.end(v); e++) {
      const r = this.scratch[e - first]!;
      if (r === SUPPORTED) continue;
      const kid = kids.target(e);
      if (r !== CYCLE && r < UNSUPPORTED) for (const reason of this.childCauses(node, kid)) this.push(reason);
      else this.failedLeg(legs, kid, r);
    }
    if (k > count)
      this.push({
        rank: UNSUPPORTED,
        code: 'too-few-alternatives',
        message:
          `${cap(node.kind)} ${node.id} declares that at least ${k} of its supporting nodes must hold, ` +
          `but it has only ${count}.`,
        node: node.id,
      });
  }

  /** A leg that failed: the node is unsupported, or, among declared alternatives that still suffice, degraded. */
  private failedLeg(legs: Legs, kid: number, r: number): void {
    const { node, k, count, held } = legs;
    const causes = this.failureCauses(node, kid, r);
    if (k === 0) {
      for (const c of causes) this.push({ ...c, rank: Math.min(c.rank, UNSUPPORTED) });
      return;
    }
    const id = this.view.g.ids[kid]!;
    const why = listSome(
      causes.map((c) => c.message.replace(/\.$/, '')),
      { sep: '; ' },
    );
    const tally = `${held} of its ${count} declared alternatives hold; at least ${k} ${k === 1 ? 'is' : 'are'} needed`;
    this.push(
      held >= k
        ? {
            rank: DEGRADED,
            code: 'lost-alternative',
            message: `Alternative ${id} is lost (${why}): ${tally}.`,
            node: id,
          }
        : { rank: UNSUPPORTED, code: 'too-few-alternatives', message: `${why}, and ${tally}.`, node: id },
    );
  }

  /** The rank child k counts with below node v: its own, worsened by defeaters on the link; CYCLE for a cycle. */
  private countsAs(v: number, node: ArgNode, k: number): number {
    // A child still on the walk's path closes a cycle: it cannot count as support.
    if (this.dfs.onPath(k)) return CYCLE;
    let r = this.rankOf[k]!;
    const { g } = this.view;
    const dr = node.defeated_relations;
    if (g.hasLinkChallenges(v) || dr) {
      const kid = g.ids[k]!;
      if (g.hasLinkChallenges(v)) r = Math.max(r, linkDefeaters(this.ctx, node.id, kid, [], ''));
      if (dr?.includes(kid)) r = DEFEATED;
    }
    return r;
  }

  /** Why child k, which holds, is not plain support of `node`: its own status, an open defeater on the link. */
  private childCauses(node: ArgNode, k: number): Ranked[] {
    const reasons: Ranked[] = [];
    const kid = this.view.g.ids[k]!;
    const own = this.rankOf[k]!;
    if (own > SUPPORTED)
      reasons.push({
        rank: own,
        code: 'inherited',
        message: `It rests on ${kid}, which is ${statusPhrase(this.result[k]!.status)}.`,
        node: kid,
      });
    if (this.view.g.hasLinkChallenges(node.id))
      linkDefeaters(this.ctx, node.id, kid, reasons, `${kid} as support of ${node.id}`);
    return reasons;
  }

  /** Why leg k of `node` failed: a cycle, a defeated link, or the leg itself not established. */
  private failureCauses(node: ArgNode, k: number, r: number): Ranked[] {
    const { g } = this.view;
    const id = node.id;
    const kid = g.ids[k]!;
    if (r === CYCLE)
      return [
        {
          rank: UNSUPPORTED,
          code: 'cycle',
          message: `${kid} rests on ${id} again (a cycle): it cannot count as support here.`,
          node: kid,
        },
      ];
    const reasons: Ranked[] = [];
    const own = this.rankOf[k]!;
    if (own >= UNSUPPORTED)
      reasons.push({
        rank: UNSUPPORTED,
        code: 'failed-leg',
        message: `It needs ${kid}, which is ${statusPhrase(this.result[k]!.status)}.`,
        node: kid,
      });
    if (g.hasLinkChallenges(node.id)) linkDefeaters(this.ctx, id, kid, reasons, `${kid} as support of ${id}`);
    if (node.defeated_relations?.includes(kid))
      reasons.push({
        rank: UNSUPPORTED,
        code: 'link-defeated',
        message: `The link ${id} -> ${kid} is marked defeated.`,
        node: kid,
      });
    return reasons;
  }
}

/** A claim or strategy's legs, for the reasons of one that failed. */
interface Legs {
  node: ArgNode;
  /** Declared at_least, or 0 when every leg is needed. */
  k: number;
  count: number;
  held: number;
}
