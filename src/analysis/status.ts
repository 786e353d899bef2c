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
import type { ArgNode, Case, EvidenceItem } from '../model/case.js';
import type { CaseGraph } from '../model/graph.js';
import {
  type CaseStatus,
  type NodeStatus,
  STATUS_LABELS,
  type StatusReason,
  SUPPORT_STATUSES,
  type SupportStatus,
  statusRank,
} from './status-types.js';
import {
  type DecidedBuilds,
  decidedBuilds,
  expectedBuilds,
  frames,
  normBuild,
  supportChildren,
  topClaim,
  validUntil,
} from './support.js';

export interface StatusOptions {
  /** The date statuses are computed for (YYYY-MM-DD). */
  asOf: string;
  /** What-if: node ids and evidence item ids to treat as defeated. Unknown ids are ignored (the CLI validates them). */
  defeat?: Iterable<string>;
}

const SUPPORTED = 0;
const PARTIAL = 1;
const STALE = 2;
const CHALLENGED = 3;
const UNDEVELOPED = 4;
const DEFEATED = 5;

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

interface Ranked extends StatusReason {
  rank: number;
}

/**
 * The case's support index: what the status propagation reads, built once per
 * case in O(nodes + links) and reused by every what-if run.
 */
export interface SupportIndex {
  c: Case;
  g: CaseGraph;
  top?: string;
  /** supportChildren(c, g) by id, built on first use (the walks use kidStart/kidList). */
  children(): Map<string, string[]>;
  frames: Map<string, string[]>;
  decided: DecidedBuilds;
  /** Item id to "not bridged" (false) or bridged (true), for items measured on an undecided build. */
  bridged: Map<string, boolean>;
  /** Node objects by number (position in graph.ids). */
  nodes: ArgNode[];
  /** By number: KIND_SUPPORT for claims and strategies, KIND_EVIDENCE for evidence nodes, 0 otherwise. */
  kind: Uint8Array;
  /** `children` as integer adjacency: the support of node i is kidList[kidStart[i] .. kidStart[i + 1]). */
  kidStart: Int32Array;
  kidList: Int32Array;
  /** Numbers of the claims, strategies and evidence nodes, in case order. */
  support: Int32Array;
  /** By number: 1 if some defeater challenges the node itself. */
  challenged: Uint8Array;
  /** By number: 1 if the node is stated in a context, assumption or justification. */
  framed: Uint8Array;
  /** Registered evidence item ids, in registry order; an item's number is its position here. */
  itemIds: string[];
  /** Citations as integer adjacency: the registered items evidence node i cites are citeList[citeStart[i] .. citeStart[i + 1]) (item numbers, written order; unregistered ids left out). */
  citeStart: Int32Array;
  citeList: Int32Array;
}

export const KIND_SUPPORT = 1;
export const KIND_EVIDENCE = 2;

export function supportIndex(c: Case, g: CaseGraph): SupportIndex {
  const n = g.ids.length;
  const nodes = [...c.nodes.values()];
  const kind = new Uint8Array(n);
  const support: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = nodes[i]!.kind;
    if (k === 'claim' || k === 'strategy') kind[i] = KIND_SUPPORT;
    else if (k === 'evidence') kind[i] = KIND_EVIDENCE;
    if (kind[i]) support.push(i);
  }
  // Support links from the graph's integer adjacency, keeping claims, strategies
  // and evidence nodes as children of claims and strategies; then the nodes
  // module developments hang below their targets (rare: looked up by id).
  const extra = new Map<number, number[]>();
  for (const m of c.modules.values()) {
    for (const ext of m.header?.extends ?? []) {
      for (const [target, devs] of Object.entries(ext.develops)) {
        const t = g.index.get(target);
        if (t === undefined || kind[t] !== KIND_SUPPORT) continue;
        const list = extra.get(t) ?? [];
        for (const d of devs) {
          const k = g.index.get(d);
          if (k !== undefined && k !== t && kind[k] && !list.includes(k)) list.push(k);
        }
        extra.set(t, list);
      }
    }
  }
  const kidStart = new Int32Array(n + 1);
  const kids: number[] = [];
  for (let i = 0; i < n; i++) {
    kidStart[i] = kids.length;
    if (kind[i] !== KIND_SUPPORT) continue;
    const first = kids.length;
    for (let e = g.childStart[i]!; e < g.childStart[i + 1]!; e++) {
      const k = g.childList[e]!;
      if (kind[k]) kids.push(k);
    }
    const more = extra.get(i);
    if (more) for (const k of more) if (kids.indexOf(k, first) < 0) kids.push(k);
  }
  kidStart[n] = kids.length;
  const kidList = Int32Array.from(kids);
  let childrenMap: Map<string, string[]> | undefined;
  const fr = frames(c, g);
  const challenged = new Uint8Array(n);
  const framed = new Uint8Array(n);
  for (const id of g.challengers.keys()) {
    const i = g.index.get(id);
    if (i !== undefined) challenged[i] = 1;
  }
  for (const id of fr.keys()) framed[g.index.get(id)!] = 1;
  const itemIds = [...c.evidence.keys()];
  const itemNum = new Map<string, number>();
  itemIds.forEach((id, k) => {
    itemNum.set(id, k);
  });
  const citeStart = new Int32Array(n + 1);
  const cites: number[] = [];
  for (let i = 0; i < n; i++) {
    citeStart[i] = cites.length;
    if (kind[i] !== KIND_EVIDENCE) continue;
    for (const e of (nodes[i] as { evidence?: string[] }).evidence ?? []) {
      const k = itemNum.get(e);
      if (k !== undefined) cites.push(k);
    }
  }
  citeStart[n] = cites.length;
  const idx: SupportIndex = {
    c,
    g,
    top: topClaim(c, g),
    children: () => (childrenMap ??= supportChildren(c, g)),
    frames: fr,
    decided: decidedBuilds(c),
    bridged: new Map(),
    nodes,
    kind,
    kidStart,
    kidList,
    support: Int32Array.from(support),
    challenged,
    framed,
    itemIds,
    citeStart,
    citeList: Int32Array.from(cites),
  };
  bridgeItems(idx);
  return idx;
}

/** For each item measured on a build the case does not decide on: is the gap bridged by a justification framing a citing node or a node above one? */
function bridgeItems(idx: SupportIndex): void {
  const { c, decided } = idx;
  if (decided.all.size === 0) return;
  const mismatched = new Map<string, string>(); // item id -> normalised measured build
  for (const [id, e] of c.evidence) {
    const b = e.measured?.build;
    if (b === undefined) continue;
    const nb = normBuild(b);
    if (!expectedBuilds(decided, e).has(nb)) mismatched.set(id, nb);
  }
  if (mismatched.size === 0) return;
  // Measured build to the nodes framed by a justification bridging it to a decided build.
  const framedBy = new Map<string, string[]>();
  for (const [from, fs] of idx.frames) {
    for (const f of fs) {
      const j = c.nodes.get(f);
      if (j?.kind !== 'justification') continue;
      for (const br of j.bridges ?? []) {
        if (!decided.all.has(normBuild(br.to))) continue;
        const key = normBuild(br.from);
        const list = framedBy.get(key) ?? [];
        list.push(from);
        framedBy.set(key, list);
      }
    }
  }
  const below = new Map<string, Set<string>>();
  for (const [build, starts] of framedBy) below.set(build, walkDown(idx, starts));
  for (const id of mismatched.keys()) idx.bridged.set(id, false);
  for (const n of c.nodes.values()) {
    if (n.kind !== 'evidence') continue;
    for (const e of n.evidence ?? []) {
      const build = mismatched.get(e);
      if (build !== undefined && below.get(build)?.has(n.id)) idx.bridged.set(e, true);
    }
  }
}

function walkDown(idx: SupportIndex, starts: string[]): Set<string> {
  const seen = new Set<string>(starts);
  const stack = [...starts];
  while (stack.length) {
    const v = stack.pop()!;
    for (const k of idx.children().get(v) ?? []) {
      if (!seen.has(k)) {
        seen.add(k);
        stack.push(k);
      }
    }
  }
  return seen;
}

/**
 * The support status of every claim, strategy and evidence node at `asOf`,
 * by the rules at the top of this file. O(nodes + links + citations).
 */
export function caseStatus(c: Case, g: CaseGraph, opts: StatusOptions): CaseStatus {
  return statusOf(supportIndex(c, g), opts);
}

/** caseStatus on a prebuilt index: what-if and the critical-node checks call this repeatedly. */
export function statusOf(idx: SupportIndex, opts: StatusOptions): CaseStatus {
  const { c, g } = idx;
  const defeat = new Set(opts.defeat ?? []);
  const items = new Map<string, NodeStatus>();
  const frameCache = new Map<string, { rank: number; reasons: Ranked[] }>();
  const resolvedOf = (id: string): StatusReason[] => {
    const out: StatusReason[] = [];
    for (const d of g.challengers.get(id) ?? []) {
      const dn = c.nodes.get(d);
      if (dn?.kind === 'defeater' && (dn.status === 'mitigated' || dn.status === 'refuted')) {
        out.push({
          code: `${dn.status}-defeater`,
          message: `Defeater ${d} was ${dn.status}${dn.resolution?.summary ? `: ${oneLine(dn.resolution.summary)}` : ''}.`,
          node: d,
        });
      }
    }
    return out;
  };

  /** A node's own standing from defeaters, `defeated: true` and the what-if. */
  const ownStanding = (n: ArgNode, what: string, out: Ranked[]): void => {
    if (defeat.has(n.id))
      out.push({
        rank: DEFEATED,
        code: 'whatif-defeated',
        message: `${what} is assumed defeated (what-if).`,
        node: n.id,
      });
    if (n.defeated)
      out.push({ rank: DEFEATED, code: 'marked-defeated', message: `${what} is marked defeated.`, node: n.id });
    for (const d of g.challengers.get(n.id) ?? []) {
      const dn = c.nodes.get(d);
      if (dn?.kind !== 'defeater') continue;
      if (dn.status === 'accepted')
        out.push({
          rank: DEFEATED,
          code: 'accepted-defeater',
          message: `Defeater ${d} against ${what.toLowerCase()} is accepted as residual risk.`,
          node: d,
        });
      else if (dn.status === 'open')
        out.push({
          rank: CHALLENGED,
          code: 'open-defeater',
          message: `Defeater ${d} against ${what.toLowerCase()} is open.`,
          node: d,
        });
    }
  };

  const frameStanding = (f: string): { rank: number; reasons: Ranked[] } => {
    let hit = frameCache.get(f);
    if (!hit) {
      const n = c.nodes.get(f)!;
      const reasons: Ranked[] = [];
      ownStanding(n, `${cap(n.kind)} ${f}`, reasons);
      hit = { rank: reasons.reduce((m, r) => Math.max(m, r.rank), SUPPORTED), reasons };
      frameCache.set(f, hit);
    }
    return hit;
  };

  const linkDefeaters = (from: string, to: string, out: Ranked[], what: string): number => {
    let rank = SUPPORTED;
    for (const d of g.linkChallengers.get(from)?.get(to) ?? []) {
      const dn = c.nodes.get(d);
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
  };

  const itemStatus = (id: string): NodeStatus => {
    let hit = items.get(id);
    if (hit) return hit;
    const e = c.evidence.get(id);
    const rs: Ranked[] = [];
    if (!e)
      rs.push({
        rank: UNDEVELOPED,
        code: 'missing-evidence',
        message: `Evidence item ${id} is not in the registry.`,
        evidence: id,
      });
    else itemCauses(e, rs);
    hit = rs.length ? finish(rs, []) : SUPPORTED_STATUS;
    items.set(id, hit);
    return hit;
  };

  const itemCauses = (e: EvidenceItem, rs: Ranked[]): void => {
    if (defeat.has(e.id))
      rs.push({
        rank: DEFEATED,
        code: 'whatif-defeated',
        message: `Evidence item ${e.id} is assumed defeated (what-if).`,
        evidence: e.id,
      });
    if (e.date > opts.asOf)
      rs.push({
        rank: STALE,
        code: 'future-evidence',
        message: `Evidence item ${e.id} is dated ${e.date}, after the as-of date ${opts.asOf}.`,
        evidence: e.id,
      });
    const until = validUntil(e);
    if (until !== undefined && until < opts.asOf)
      rs.push({
        rank: STALE,
        code: 'expired-evidence',
        message: `Evidence item ${e.id} counted until ${until}; the as-of date is ${opts.asOf}.`,
        evidence: e.id,
      });
    if (idx.bridged.get(e.id) === false) {
      const want = [...expectedBuilds(idx.decided, e)].sort().join(', ');
      rs.push({
        rank: STALE,
        code: 'build-mismatch',
        message: `Evidence item ${e.id} measured build ${e.measured!.build}, not the build decided on (${want}), and no justification bridges the gap.`,
        evidence: e.id,
      });
    }
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
    if (e.polarity === 'undermines')
      rs.push({
        rank: CHALLENGED,
        code: 'undermining-evidence',
        message: `Evidence item ${e.id} undermines the claim it is cited for.`,
        evidence: e.id,
      });
    else if (e.polarity === 'mixed')
      rs.push({
        rank: PARTIAL,
        code: 'mixed-evidence',
        message: `Evidence item ${e.id} has mixed results.`,
        evidence: e.id,
      });
  };

  // ---- the walk --------------------------------------------------------------
  // On node numbers (positions in graph.ids) and typed arrays: a string-keyed
  // lookup per link costs more than the rest of the work.
  const { nodes: nodeList, kind, kidStart, kidList } = idx;
  const n = g.ids.length;
  const state = new Uint8Array(n); // 0 new, 1 on the current path, 2 done
  const rankOf = new Int8Array(n);
  const result: (NodeStatus | undefined)[] = new Array(n);
  // Scratch space for the ranks of one node's support, reused across nodes.
  let scratch = new Int8Array(16);

  const evaluate = (i: number): NodeStatus => {
    const node = nodeList[i]!;
    const id = g.ids[i]!;
    const what = () => `${cap(node.kind)} ${id}`;
    // Most nodes are supported with nothing to say: allocate reasons only when one turns up.
    let rs: Ranked[] | undefined;
    const push = (r: Ranked) => void (rs ??= []).push(r);
    const challenged = idx.challenged[i] === 1;
    if (challenged || node.defeated || defeat.size) {
      const own: Ranked[] = [];
      ownStanding(node, what(), own);
      for (const r of own) push(r);
    }
    const fl = idx.framed[i] ? idx.frames.get(id) : undefined;
    if (fl) {
      for (const f of fl) {
        const fs = frameStanding(f);
        const linkRs: Ranked[] = [];
        const link = g.linkChallengers.has(id) ? linkDefeaters(id, f, linkRs, `${f} as a frame of ${id}`) : SUPPORTED;
        const rank = Math.max(fs.rank, link);
        if (rank < CHALLENGED) continue;
        const fk = c.nodes.get(f)!.kind;
        if (rank >= DEFEATED)
          push({
            rank: DEFEATED,
            code: 'frame-defeated',
            message: `It is stated in ${fk} ${f}, which is defeated${causeOf(fs.reasons, linkRs)}.`,
            node: f,
          });
        else
          push({
            rank: CHALLENGED,
            code: 'frame-challenged',
            message: `It is stated in ${fk} ${f}, which is challenged${causeOf(fs.reasons, linkRs)}.`,
            node: f,
          });
      }
    }
    // Support: the rank each piece counts with, then reasons for the ones that are not supported.
    if (node.kind === 'evidence') {
      const cited = node.evidence ?? [];
      if (cited.length === 0)
        push({ rank: UNDEVELOPED, code: 'no-evidence', message: `${what()} cites no evidence item.`, node: id });
      else {
        let held = 0;
        let worst = SUPPORTED;
        for (const e of cited) {
          const r = statusRank(itemStatus(e).status);
          if (r < UNDEVELOPED) held++;
          worst = Math.max(worst, r);
        }
        if (worst > SUPPORTED) {
          for (const e of cited) {
            const st = itemStatus(e);
            const r = statusRank(st.status);
            if (r === SUPPORTED) continue;
            for (const reason of st.reasons)
              push(
                held > 0 && r >= UNDEVELOPED
                  ? { ...reason, rank: PARTIAL, message: `${reason.message} Other evidence it cites still holds.` }
                  : { ...reason, rank: r },
              );
          }
        }
      }
    } else {
      const from = kidStart[i]!;
      const to = kidStart[i + 1]!;
      if (from === to) {
        const marked = (node as { undeveloped?: boolean }).undeveloped;
        push({
          rank: UNDEVELOPED,
          code: marked ? 'undeveloped' : 'no-support',
          message: marked ? `${what()} is marked undeveloped.` : `${what()} has no supporting node.`,
          node: id,
        });
      } else {
        const count = to - from;
        if (scratch.length < count) scratch = new Int8Array(count * 2);
        const links = g.linkChallengers.get(id);
        const dr = node.defeated_relations;
        let held = 0;
        let worst = SUPPORTED;
        for (let e = from; e < to; e++) {
          const k = kidList[e]!;
          let r: number;
          if (state[k] === 1)
            r = -1; // a back edge: counts as undeveloped
          else {
            r = rankOf[k]!;
            if (links || dr) {
              const kid = g.ids[k]!;
              if (links?.has(kid)) r = Math.max(r, linkDefeaters(id, kid, [], ''));
              if (dr?.includes(kid)) r = DEFEATED;
            }
          }
          scratch[e - from] = r;
          const eff = r < 0 ? UNDEVELOPED : r;
          if (eff < UNDEVELOPED) held++;
          if (eff > worst) worst = eff;
        }
        if (worst > SUPPORTED) {
          for (let e = from; e < to; e++) {
            const r = scratch[e - from]!;
            if (r === SUPPORTED) continue;
            const k = kidList[e]!;
            const kid = g.ids[k]!;
            const reasons: Ranked[] = [];
            if (r < 0)
              reasons.push({
                rank: UNDEVELOPED,
                code: 'cycle',
                message: `${kid} rests on ${id} again (a cycle): it cannot count as support here.`,
                node: kid,
              });
            else {
              const st = result[k]!;
              const own = rankOf[k]!;
              if (own > SUPPORTED)
                reasons.push({
                  rank: own,
                  code: 'inherited',
                  message: `It rests on ${kid}, which is ${STATUS_LABELS[st.status]}.`,
                  node: kid,
                });
              if (links?.has(kid)) linkDefeaters(id, kid, reasons, `${kid} as support of ${id}`);
              if (dr?.includes(kid))
                reasons.push({
                  rank: DEFEATED,
                  code: 'link-defeated',
                  message: `The link ${id} -> ${kid} is marked defeated.`,
                  node: kid,
                });
            }
            const failed = (r < 0 ? UNDEVELOPED : r) >= UNDEVELOPED;
            for (const reason of reasons) {
              if (held > 0 && failed)
                push({
                  ...reason,
                  rank: PARTIAL,
                  code: reason.code === 'inherited' ? 'partial-support' : reason.code,
                  message: `${reason.message} Other support still holds.`,
                });
              else push(reason);
            }
          }
        }
      }
    }
    const resolved = challenged ? resolvedOf(id) : NONE;
    return rs || resolved.length ? finish(rs ?? [], resolved) : SUPPORTED_STATUS;
  };

  const stack = new Int32Array(n);
  const next = new Int32Array(n);
  const visit = (s: number) => {
    if (state[s] !== 0) return;
    let sp = 0;
    state[s] = 1;
    stack[sp] = s;
    next[sp++] = kind[s] === KIND_EVIDENCE ? kidStart[s + 1]! : kidStart[s]!;
    while (sp > 0) {
      const v = stack[sp - 1]!;
      const at = next[sp - 1]!;
      if (at < kidStart[v + 1]!) {
        next[sp - 1] = at + 1;
        const w = kidList[at]!;
        if (state[w] === 0) {
          state[w] = 1;
          stack[sp] = w;
          next[sp++] = kind[w] === KIND_EVIDENCE ? kidStart[w + 1]! : kidStart[w]!;
        }
        continue;
      }
      const st = evaluate(v);
      result[v] = st;
      rankOf[v] = statusRank(st.status);
      state[v] = 2;
      sp--;
    }
  };
  if (idx.top) visit(g.index.get(idx.top)!);
  for (const i of idx.support) visit(i);

  const nodes = new Map<string, NodeStatus>();
  const counts = Object.fromEntries(SUPPORT_STATUSES.map((s) => [s, 0])) as Record<SupportStatus, number>;
  for (const i of idx.support) {
    const st = result[i]!;
    nodes.set(g.ids[i]!, st);
    counts[st.status]++;
  }
  const itemsSorted = new Map<string, NodeStatus>();
  for (const id of c.evidence.keys()) if (items.has(id)) itemsSorted.set(id, items.get(id)!);
  for (const [id, st] of items) if (!itemsSorted.has(id)) itemsSorted.set(id, st);
  return { asOf: opts.asOf, ...(idx.top ? { top: idx.top } : {}), nodes, counts, items: itemsSorted };
}

function finish(rs: Ranked[], resolved: StatusReason[]): NodeStatus {
  let rank = SUPPORTED;
  for (const r of rs) rank = Math.max(rank, r.rank);
  // Stable sort: worst first, then in the order found (written order).
  const sorted = rs.map((r, i) => [r, i] as const).sort((a, b) => b[0].rank - a[0].rank || a[1] - b[1]);
  const reasons = sorted.map(([{ rank: _rank, ...r }]) => r);
  return { status: SUPPORT_STATUSES[rank]!, reasons, ...(resolved.length ? { resolved } : {}) };
}

function causeOf(frameReasons: Ranked[], linkReasons: Ranked[]): string {
  const all = [...frameReasons, ...linkReasons].filter((r) => r.rank >= CHALLENGED);
  if (!all.length) return '';
  return ` (${all.map((r) => r.message.replace(/\.$/, '')).join('; ')})`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}
