// What-if: the support status with some nodes or evidence items assumed
// defeated, compared with the status as written.
//
// A defeated claim, strategy or evidence node is defeated itself; a defeated
// assumption, justification or context defeats every node stated in it; a
// defeated evidence item no longer supports the evidence nodes citing it (which
// are then unsupported: every item they cite is needed). The status is then
// propagated by the same rules (status.ts). Defeaters cannot be
// defeated this way: change their `status` to see the case without them.
//
// Complexity: two status runs on one support view, O(nodes + links +
// citations), plus a comparison of the two, O(nodes).
import type { Case } from '../model/case.js';
import type { CaseGraph } from '../model/graph.js';
import { closest } from '../util/did-you-mean.js';
import { statusOf } from './status.js';
import { type CaseStatus, notEstablished, type SupportStatus, statusRank } from './status-types.js';
import { type SupportView, supportView } from './support.js';

export interface WhatIfOptions {
  asOf: string;
  /** Node ids (claims, strategies, evidence nodes, assumptions, justifications, contexts) and evidence item ids. */
  defeat: string[];
}

export interface StatusChange {
  id: string;
  kind: 'claim' | 'strategy' | 'evidence';
  before: SupportStatus;
  after: SupportStatus;
  /** True if it was established before and is not after (unsupported, undeveloped or defeated). */
  fails: boolean;
}

export interface WhatIfResult {
  asOf: string;
  defeat: string[];
  top?: string;
  topBefore?: SupportStatus;
  topAfter?: SupportStatus;
  /** Nodes whose status changed, in case order. */
  changes: StatusChange[];
  before: CaseStatus;
  after: CaseStatus;
}

export interface TargetProblem {
  id: string;
  message: string;
  suggestion?: string;
}

/**
 * Check what-if ids: each must name a claim, strategy, evidence node,
 * assumption, justification or context, or an evidence item. Returns the
 * problems (empty when all are usable), each with a did-you-mean suggestion.
 */
export function checkTargets(c: Case, ids: string[]): TargetProblem[] {
  const out: TargetProblem[] = [];
  for (const id of ids) {
    const n = c.nodes.get(id);
    if (n?.kind === 'defeater') {
      out.push({
        id,
        message: `${id} is a defeater; a what-if defeats claims, strategies, evidence nodes, frames or evidence items. Change the defeater's status to see the case without it.`,
      });
    } else if (!n && !c.evidence.has(id)) {
      const suggestion = closest(id, [
        ...[...c.nodes.values()].filter((x) => x.kind !== 'defeater').map((x) => x.id),
        ...c.evidence.keys(),
      ]);
      out.push({
        id,
        message: `There is no node or evidence item ${id} in the case.`,
        ...(suggestion ? { suggestion } : {}),
      });
    }
  }
  return out;
}

export function whatIf(c: Case, g: CaseGraph, opts: WhatIfOptions): WhatIfResult {
  return whatIfOf(supportView(c, g), opts);
}

export function whatIfOf(view: SupportView, opts: WhatIfOptions): WhatIfResult {
  const before = statusOf(view, { asOf: opts.asOf });
  const after = statusOf(view, { asOf: opts.asOf, defeat: opts.defeat });
  const changes: StatusChange[] = [];
  for (const [id, b] of before.nodes) {
    const a = after.nodes.get(id)!;
    if (a.status === b.status) continue;
    changes.push({
      id,
      kind: view.c.nodes.get(id)!.kind as StatusChange['kind'],
      before: b.status,
      after: a.status,
      fails: !notEstablished(b.status) && notEstablished(a.status),
    });
  }
  const top = view.top;
  return {
    asOf: opts.asOf,
    defeat: [...opts.defeat],
    ...(top ? { top, topBefore: before.nodes.get(top)!.status, topAfter: after.nodes.get(top)!.status } : {}),
    changes,
    before,
    after,
  };
}

/** True if the top claim is not established under the what-if: the argument does not survive the loss. */
export function topFails(r: WhatIfResult): boolean {
  return r.topAfter !== undefined && notEstablished(r.topAfter);
}

/** True if the what-if made the top claim's status worse. */
export function topWorsened(r: WhatIfResult): boolean {
  return r.topBefore !== undefined && statusRank(r.topAfter!) > statusRank(r.topBefore);
}
