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
//   - challenged if its polarity is `undermines` (undermining-evidence: it is
//     counter-evidence until a defeater answers it);
//   - partial if its polarity is `mixed` (mixed-evidence);
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
//       Otherwise each child counts with its own status, except that an
//       accepted defeater on the link "PARENT -> CHILD" (or the parent's
//       `defeated_relations` naming the child) makes it count as defeated, an
//       open one as at least challenged, and a child reached again on the
//       current path (a cycle, which the structural checks report) as
//       undeveloped. A child has *failed* when it counts as undeveloped or
//       defeated. Support is conjunctive (GSN's default: the node needs all of
//       it), so
//         - no child failed: the worst child status;
//         - every child failed: the worst of them (defeated before undeveloped);
//         - some failed, some hold: the worst of the holding children, and at
//           least partial: some of the support it needs is gone while some
//           still stands. The node is no better than its weakest support, but
//           it is not without support.
// A node is *without support* (unsupported) when its status is undeveloped or
// defeated; the critical-node and what-if analyses use that line.
//
// Each cause is a reason pointing at what caused it (the defeater, the frame,
// the item, or the child it inherits from: inherited reasons point one level
// down, so a reader follows them, or runs `warrant why`). Reasons are sorted
// worst first, then in written order.
//
// Complexity: O(nodes + links + citations) time and space: one iterative
// depth-first walk, each node evaluated once after its children, each link
// and citation read once. Bridging justifications add one walk each below the
// nodes they frame (a case has a handful).
import type { ArgNode, Case } from '../model/case.js';
import { type CaseGraph, DepthFirst } from '../model/graph.js';
import {
  type CauseContext,
  CHALLENGED,
  cap,
  causeOf,
  DEFEATED,
  finish,
  itemStanding,
  linkDefeaters,
  ownStanding,
  PARTIAL,
  type Ranked,
  resolvedDefeaters,
  SUPPORTED,
  UNDEVELOPED,
} from './status-causes.js';
import {
  type CaseStatus,
  type NodeStatus,
  STATUS_LABELS,
  type StatusReason,
  SUPPORT_STATUSES,
  type SupportStatus,
  statusRank,
} from './status-types.js';
import { type SupportView, supportView } from './support.js';

export interface StatusOptions {
  /** The date statuses are computed for (YYYY-MM-DD). */
  asOf: string;
  /** What-if: node ids and evidence item ids to treat as defeated. Unknown ids are ignored (the CLI validates them). */
  defeat?: Iterable<string>;
}

/** True for undeveloped and defeated: the node has no support left. */
export function isUnsupported(s: SupportStatus): boolean {
  return statusRank(s) >= UNDEVELOPED;
}

const NONE: StatusReason[] = [];
/** Shared by every supported node with nothing to say; frozen, so no consumer can change it for the others. */
const SUPPORTED_STATUS: NodeStatus = Object.freeze({
  status: 'supported',
  reasons: Object.freeze([]) as unknown as StatusReason[],
}) as NodeStatus;

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
  /** Ranks of one node's support, reused across nodes. */
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

  /** (c) for an evidence node: the items it cites. */
  private evidenceReasons(node: ArgNode & { kind: 'evidence' }): void {
    const cited = node.evidence ?? [];
    if (cited.length === 0) {
      const what = `${cap(node.kind)} ${node.id}`;
      this.push({ rank: UNDEVELOPED, code: 'no-evidence', message: `${what} cites no evidence item.`, node: node.id });
      return;
    }
    let held = 0;
    let worst = SUPPORTED;
    for (const e of cited) {
      const r = statusRank(this.itemStatus(e).status);
      if (r < UNDEVELOPED) held++;
      worst = Math.max(worst, r);
    }
    if (worst === SUPPORTED) return;
    for (const e of cited) {
      const st = this.itemStatus(e);
      const r = statusRank(st.status);
      if (r === SUPPORTED) continue;
      for (const reason of st.reasons)
        this.push(
          held > 0 && r >= UNDEVELOPED
            ? { ...reason, rank: PARTIAL, message: `${reason.message} Other evidence it cites still holds.` }
            : { ...reason, rank: r },
        );
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

  /** (c) for a claim or strategy: each piece of support with the rank it counts with, then the reasons. */
  private childReasons(v: number, node: ArgNode): void {
    const { kids } = this.view;
    const count = kids.degree(v);
    if (this.scratch.length < count) this.scratch = new Int8Array(count * 2);
    let held = 0;
    let worst = SUPPORTED;
    for (let e = kids.first(v); e < kids.end(v); e++) {
      const r = this.countsAs(v, node, kids.target(e));
      this.scratch[e - kids.first(v)] = r;
      const eff = r < 0 ? UNDEVELOPED : r;
      if (eff < UNDEVELOPED) held++;
      if (eff > worst) worst = eff;
    }
    if (worst === SUPPORTED) return;
    for (let e = kids.first(v); e < kids.end(v); e++) {
      const r = this.scratch[e - kids.first(v)]!;
      if (r === SUPPORTED) continue;
      const failed = (r < 0 ? UNDEVELOPED : r) >= UNDEVELOPED;
      for (const reason of this.childCauses(node, kids.target(e), r)) {
        if (held > 0 && failed)
          this.push({
            ...reason,
            rank: PARTIAL,
            code: reason.code === 'inherited' ? 'partial-support' : reason.code,
            message: `${reason.message} Other support still holds.`,
          });
        else this.push(reason);
      }
    }
  }

  /** The rank child k counts with below node v: its own, worsened by defeaters on the link; -1 for a cycle. */
  private countsAs(v: number, node: ArgNode, k: number): number {
    // A child still on the walk's path closes a cycle: it counts as undeveloped.
    if (this.dfs.onPath(k)) return -1;
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

  /** Why child k, counting with rank r (-1 for a cycle), is not plain support of `node`. */
  private childCauses(node: ArgNode, k: number, r: number): Ranked[] {
    const { g } = this.view;
    const id = node.id;
    const kid = g.ids[k]!;
    const reasons: Ranked[] = [];
    if (r < 0) {
      reasons.push({
        rank: UNDEVELOPED,
        code: 'cycle',
        message: `${kid} rests on ${id} again (a cycle): it cannot count as support here.`,
        node: kid,
      });
      return reasons;
    }
    const own = this.rankOf[k]!;
    if (own > SUPPORTED)
      reasons.push({
        rank: own,
        code: 'inherited',
        message: `It rests on ${kid}, which is ${STATUS_LABELS[this.result[k]!.status]}.`,
        node: kid,
      });
    if (g.hasLinkChallenges(node.id)) linkDefeaters(this.ctx, id, kid, reasons, `${kid} as support of ${id}`);
    if (node.defeated_relations?.includes(kid))
      reasons.push({
        rank: DEFEATED,
        code: 'link-defeated',
        message: `The link ${id} -> ${kid} is marked defeated.`,
        node: kid,
      });
    return reasons;
  }
}
