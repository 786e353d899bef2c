// The server's support status for a revision: `warrant status` with the
// revision's challenges merged in as defeaters. No second status algorithm:
// each live challenge becomes an open defeater node in a copy of the loaded
// Case, written as the loader writes one (kind defeater, `challenges`: a node
// id or "FROM -> TO"), and src/analysis/status.ts does the rest. So a
// challenge moves a status exactly as a defeater written in the YAML would,
// and `warrant review pull` (which writes them into the case) agrees with it.
//
// Live means open or sustained: both say the doubt stands. answered waits on
// the challenger's judgement and withdrawn is gone; accepted-residual is a
// decision on the record (it belongs in the decision's residual risk), not a
// doubt the argument still has to meet.
import { caseStatus, type StatusOptions } from '../analysis/status.js';
import type { CaseStatus } from '../analysis/status-types.js';
import type { ArgNode, Case } from '../model/case.js';
import { buildGraph, parseChallenge } from '../model/graph.js';
import type { RawNode } from '../model/schema.js';
import type { Challenge, ChallengeStatus } from './types.js';

/** Challenge statuses that count as an open defeater of their target. */
export const LIVE_STATUSES: readonly ChallengeStatus[] = ['open', 'sustained'];

/** A live challenge whose target is not in this revision: it cannot enter the status, and is reported instead. */
export interface Unplaced {
  readonly challenge: string;
  readonly reason: string;
}

export interface MergedCase {
  readonly case: Case;
  /** Challenge id to the id of the defeater node standing for it. */
  readonly defeaters: ReadonlyMap<string, string>;
  readonly unplaced: readonly Unplaced[];
}

export interface MergedStatus extends Omit<MergedCase, 'case'> {
  readonly status: CaseStatus;
}

/** The revision's status with its live challenges as open defeaters. */
export function mergedStatus(c: Case, challenges: readonly Challenge[], opts: StatusOptions): MergedStatus {
  const merged = withChallenges(c, challenges);
  return {
    status: caseStatus(merged.case, buildGraph(merged.case), opts),
    defeaters: merged.defeaters,
    unplaced: merged.unplaced,
  };
}

/** A copy of the case with one open defeater node per live challenge whose target is in it; the case is not changed. */
export function withChallenges(c: Case, challenges: readonly Challenge[]): MergedCase {
  const nodes = new Map(c.nodes);
  const defeaters = new Map<string, string>();
  const unplaced: Unplaced[] = [];
  for (const ch of challenges) {
    if (!LIVE_STATUSES.includes(ch.status)) continue;
    const targets = targetsIn(c, ch);
    if (typeof targets === 'string') {
      unplaced.push({ challenge: ch.id, reason: targets });
      continue;
    }
    const id = freshId(nodes, ch.id);
    nodes.set(id, defeaterNode(c, ch, id, targets));
    defeaters.set(ch.id, id);
  }
  return { case: { ...c, nodes }, defeaters, unplaced };
}

/** What the defeater's `challenges` lists for this target, or why the target is not in the case. */
function targetsIn(c: Case, ch: Challenge): string[] | string {
  const { kind, id } = ch.target;
  if (kind === 'node') return c.nodes.has(id) ? [id] : `node ${id} is not in this revision`;
  if (kind === 'link') {
    const parsed = parseChallenge(id);
    if (!('link' in parsed)) return `${id} is not a link`;
    const from = c.nodes.get(parsed.link.from);
    return from && linksTo(from, parsed.link.to) ? [id] : `link ${id} is not in this revision`;
  }
  // An evidence item is challenged through every evidence node that cites it.
  const citing = [...c.nodes.values()].filter((n) => n.kind === 'evidence' && n.evidence?.includes(id));
  return citing.length > 0 ? citing.map((n) => n.id) : `no evidence node cites item ${id} in this revision`;
}

function linksTo(from: ArgNode, to: string): boolean {
  const supported = 'supported_by' in from ? from.supported_by : undefined;
  const framed = 'in_context_of' in from ? from.in_context_of : undefined;
  return Boolean(supported?.includes(to) || framed?.includes(to));
}

/** The defeater a challenge stands as, as the format writes one: open, at the challenge's tier. `warrant review pull` writes this. */
export function challengeDefeater(ch: Challenge, targets: readonly string[]): Extract<RawNode, { kind: 'defeater' }> {
  return {
    kind: 'defeater',
    form: ch.kind === 'undermining' ? 'counter-evidence' : 'counter-claim',
    text: `Review challenge ${ch.id} (${ch.kind}, ${ch.severity}) by ${ch.author}: ${ch.text}`,
    challenges: [...targets],
    status: 'open',
    tier: ch.tier,
  };
}

/** The challenge's defeater placed in the case: in its first module, in a file named for the challenge. */
function defeaterNode(c: Case, ch: Challenge, id: string, targets: string[]): ArgNode {
  const module = c.modules.keys().next().value ?? 'main';
  return { ...challengeDefeater(ch, targets), id, module, file: `review:${ch.id}`, pos: { line: 1, col: 1 } };
}

/** "challenge.<id>" with anything an id may not hold replaced, made unique against the case's ids. */
export function freshId(nodes: ReadonlyMap<string, unknown>, challengeId: string): string {
  const base = `challenge.${challengeId.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
  let id = base;
  for (let n = 2; nodes.has(id); n++) id = `${base}-${n}`;
  return id;
}
