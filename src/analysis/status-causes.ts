// The causes of a support status that lie in one place: a node's own standing
// (defeaters on it, `defeated: true`, the what-if), a challenged link, and an
// evidence item's own standing (dates, builds, runs, polarity). status.ts
// combines them along the support links; the rules are stated there.
import type { ArgNode, Case, EvidenceItem } from '../model/case.js';
import type { CaseGraph } from '../model/graph.js';
import { failedResults } from '../model/results.js';
import { listSome } from '../util/list-some.js';
import { type NodeStatus, type StatusReason, SUPPORT_STATUSES, statusRank } from './status-types.js';
import { expectedBuilds, type SupportView, validUntil } from './support.js';

// Ranks in SUPPORT_STATUSES (status-types.ts), the one order of severity, read from it.
export const SUPPORTED = statusRank('supported');
export const DEGRADED = statusRank('degraded');
export const STALE = statusRank('stale');
export const CONTESTED = statusRank('contested');
export const CHALLENGED = statusRank('challenged');
export const UNSUPPORTED = statusRank('unsupported');
export const UNDEVELOPED = statusRank('undeveloped');
export const DEFEATED = statusRank('defeated');

/** A reason with the rank of the status it causes. */
export interface Ranked extends StatusReason {
  rank: number;
}

/** What every cause reads: the case, its graph, the what-if and the as-of date. */
export interface CauseContext {
  c: Case;
  g: CaseGraph;
  view: SupportView;
  defeat: ReadonlySet<string>;
  asOf: string;
}

/** A node's own standing from defeaters, `defeated: true` and the what-if. */
export function ownStanding(ctx: CauseContext, n: ArgNode, what: string, out: Ranked[]): void {
  if (ctx.defeat.has(n.id))
    out.push({
      rank: DEFEATED,
      code: 'whatif-defeated',
      message: `${what} is assumed defeated (what-if).`,
      node: n.id,
    });
  if (n.defeated)
    out.push({ rank: DEFEATED, code: 'marked-defeated', message: `${what} is marked defeated.`, node: n.id });
  for (const d of ctx.g.challengersOf(n.id)) {
    const dn = ctx.c.nodes.get(d);
    if (dn?.kind !== 'defeater') continue;
    if (dn.status === 'accepted')
      out.push({
        rank: DEFEATED,
        code: 'accepted-defeater',
        message: `Defeater ${d} against ${n.kind} ${n.id} is accepted as residual risk.`,
        node: d,
      });
    else if (dn.status === 'open')
      out.push({
        rank: CHALLENGED,
        code: 'open-defeater',
        message: `Defeater ${d} against ${n.kind} ${n.id} is open.`,
        node: d,
      });
  }
}

/** Mitigated and refuted defeaters against a node: listed, no effect on its status. */
export function resolvedDefeaters(ctx: CauseContext, id: string): StatusReason[] {
  const out: StatusReason[] = [];
  for (const d of ctx.g.challengersOf(id)) {
    const dn = ctx.c.nodes.get(d);
    if (dn?.kind === 'defeater' && (dn.status === 'mitigated' || dn.status === 'refuted')) {
      const summary = dn.resolution?.summary ? `: ${oneLine(dn.resolution.summary)}` : '';
      out.push({ code: `${dn.status}-defeater`, message: `Defeater ${d} was ${dn.status}${summary}.`, node: d });
    }
  }
  return out;
}

/** Defeaters on the link "from -> to": reasons pushed to `out`, and the worst rank they cause. */
export function linkDefeaters(ctx: CauseContext, from: string, to: string, out: Ranked[], what: string): number {
  let rank = SUPPORTED;
  for (const d of ctx.g.linkChallengersOf(from, to)) {
    const dn = ctx.c.nodes.get(d);
    if (dn?.kind !== 'defeater') continue;
    if (dn.status === 'accepted') {
      rank = Math.max(rank, DEFEATED);
      out.push({
        rank: DEFEATED,
        code: 'link-defeated',
        message: `Defeater ${d} against the link ${from} -> ${to} is accepted: ${what} no longer counts.`,
        node: d,
      });
    } else if (dn.status === 'open') {
      rank = Math.max(rank, CHALLENGED);
      out.push({
        rank: CHALLENGED,
        code: 'link-challenged',
        message: `Defeater ${d} against the link ${from} -> ${to} is open.`,
        node: d,
      });
    }
  }
  return rank;
}

/** The rank each cause of an item's standing gives it (a status keeps its reasons, not their ranks). */
export const ITEM_CAUSE_RANK: ReadonlyMap<string, number> = new Map([
  ['missing-evidence', UNDEVELOPED],
  ['whatif-defeated', DEFEATED],
  ['future-evidence', STALE],
  ['expired-evidence', STALE],
  ['build-mismatch', STALE],
  ['incomplete-run', UNDEVELOPED],
  ['under-review', STALE],
  ['undermining-evidence', CHALLENGED],
  ['result-fails-threshold', UNSUPPORTED],
  ['mixed-evidence', CONTESTED],
]);

/** An evidence item's status on its own: registered or not, then its causes (see itemCauses). */
export function itemStanding(ctx: CauseContext, id: string): NodeStatus | undefined {
  const e = ctx.c.evidence.get(id);
  const rs: Ranked[] = [];
  if (!e)
    rs.push({
      rank: UNDEVELOPED,
      code: 'missing-evidence',
      message: `Evidence item ${id} is not in the registry.`,
      evidence: id,
    });
  else {
    itemDateCauses(ctx, e, rs);
    itemRunCauses(ctx, e, rs);
  }
  return rs.length ? finish(rs, []) : undefined;
}

/** What-if, dates and builds. */
function itemDateCauses(ctx: CauseContext, e: EvidenceItem, rs: Ranked[]): void {
  const { asOf } = ctx;
  if (ctx.defeat.has(e.id))
    rs.push({
      rank: DEFEATED,
      code: 'whatif-defeated',
      message: `Evidence item ${e.id} is assumed defeated (what-if).`,
      evidence: e.id,
    });
  if (e.date > asOf)
    rs.push({
      rank: STALE,
      code: 'future-evidence',
      message: `Evidence item ${e.id} is dated ${e.date}, after the as-of date ${asOf}.`,
      evidence: e.id,
    });
  const until = validUntil(e);
  if (until !== undefined && until < asOf)
    rs.push({
      rank: STALE,
      code: 'expired-evidence',
      message: `Evidence item ${e.id} counted until ${until}; the as-of date is ${asOf}.`,
      evidence: e.id,
    });
  if (ctx.view.bridged.get(e.id) === false) {
    const want = listSome([...expectedBuilds(ctx.view.decided, e)].sort());
    rs.push({
      rank: STALE,
      code: 'build-mismatch',
      message: `Evidence item ${e.id} measured build ${e.measured!.build}, not the build decided on (${want}), and no justification bridges the gap.`,
      evidence: e.id,
    });
  }
}

/** The run it came from, the review marker, a result failing its own threshold, and its polarity. */
function itemRunCauses(ctx: CauseContext, e: EvidenceItem, rs: Ranked[]): void {
  const run = e.provenance;
  if (run && (run.status !== 'success' || run.invalidated)) {
    const how = run.invalidated ? 'was invalidated' : `ended with status ${run.status}`;
    rs.push({
      rank: UNDEVELOPED,
      code: 'incomplete-run',
      message: `Evidence item ${e.id} comes from an evaluation run that ${how}; it establishes nothing until a completed run replaces it.`,
      evidence: e.id,
    });
  }
  if (e.review)
    rs.push({
      rank: STALE,
      code: 'under-review',
      message: `Evidence item ${e.id} is marked for review since ${e.review.since}: ${e.review.reason}`,
      evidence: e.id,
    });
  if (e.polarity === 'supports')
    for (const f of failedResults(e, ctx.c.criteria)) {
      const what = f.at.label ? `its ${f.at.label}` : 'its result';
      const against = f.source === 'result' ? 'its own threshold' : `the threshold of criterion ${f.source}`;
      rs.push({
        rank: UNSUPPORTED,
        code: 'result-fails-threshold',
        message: `Evidence item ${e.id} is marked as supporting, but ${what} (${f.at.result.value}) fails ${against}: it does not show what it is cited for.`,
        evidence: e.id,
      });
    }
  if (e.polarity === 'undermines')
    rs.push({
      rank: CHALLENGED,
      code: 'undermining-evidence',
      message: `Evidence item ${e.id} undermines the claim it is cited for.`,
      evidence: e.id,
    });
  else if (e.polarity === 'mixed')
    rs.push({
      rank: CONTESTED,
      code: 'mixed-evidence',
      message: `Evidence item ${e.id} has mixed results: it is contested until they are resolved.`,
      evidence: e.id,
    });
}

/** A status from its ranked reasons: the worst rank wins; reasons worst first, then in the order found. */
export function finish(rs: Ranked[], resolved: StatusReason[]): NodeStatus {
  let rank = SUPPORTED;
  for (const r of rs) rank = Math.max(rank, r.rank);
  // Stable sort: worst first, then in the order found (written order).
  const sorted = rs.map((r, i) => [r, i] as const).sort((a, b) => b[0].rank - a[0].rank || a[1] - b[1]);
  const reasons = sorted.map(([{ rank: _rank, ...r }]) => r);
  return { status: SUPPORT_STATUSES[rank]!, reasons, ...(resolved.length ? { resolved } : {}) };
}

/** The causes of a frame's standing and of a challenged link, in words, for a message. */
export function causeOf(frameReasons: Ranked[], linkReasons: Ranked[]): string {
  const all = [...frameReasons, ...linkReasons].filter((r) => r.rank >= CHALLENGED);
  if (!all.length) return '';
  return ` (${listSome(
    all.map((r) => r.message.replace(/\.$/, '')),
    { sep: '; ' },
  )})`;
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}
