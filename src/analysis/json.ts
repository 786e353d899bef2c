// The analyses as plain JSON values, in the stable shapes docs/analysis.md
// documents: Maps become arrays in case order, optional fields are left out
// rather than null. The CLI prints these; reports and servers can reuse them.
// Version 2 of status, whatif, critical and why: the statuses of issue 13
// (degraded, contested, unsupported; no partial), failed legs from the top
// down, and critical's single points, reach, uncorroborated claims,
// alternatives and minimal failure sets in place of pairs.
import type { Case } from '../model/case.js';
import { jsonText as printableJson } from '../output/text.js';
import type { CriticalReport } from './critical.js';
import { type FailedLeg, failedLegs } from './failed-legs.js';
import { type CaseStatus, notEstablished, type StatusReason, type SupportStatus } from './status-types.js';
import type { WhatIfResult } from './whatif.js';
import type { WhyReport } from './why.js';

export const STATUS_SCHEMA = 'warrant-status/2';
export const CRITICAL_SCHEMA = 'warrant-critical/2';
export const WHATIF_SCHEMA = 'warrant-whatif/2';
export const WHY_SCHEMA = 'warrant-why/2';

export interface StatusJson {
  schema: typeof STATUS_SCHEMA;
  case: string;
  asOf: string;
  top?: string;
  topStatus?: SupportStatus;
  /** False when the top claim is unsupported, undeveloped or defeated. */
  topEstablished?: boolean;
  /** The top claim's failed legs, each from the top down to where the failure starts. */
  topFailedLegs: FailedLeg[];
  counts: Record<SupportStatus, number>;
  nodes: { id: string; kind: string; status: SupportStatus; reasons: StatusReason[]; resolved?: StatusReason[] }[];
  items: { id: string; status: SupportStatus; reasons: StatusReason[] }[];
}

export function statusJson(c: Case, s: CaseStatus): StatusJson {
  return {
    schema: STATUS_SCHEMA,
    case: c.header.value.id,
    asOf: s.asOf,
    ...(s.top ? topOf(s, s.top) : {}),
    topFailedLegs: s.top ? failedLegs(s, s.top) : [],
    counts: s.counts,
    nodes: [...s.nodes].map(([id, st]) => ({
      id,
      kind: c.nodes.get(id)!.kind,
      status: st.status,
      reasons: st.reasons,
      ...(st.resolved ? { resolved: st.resolved } : {}),
    })),
    items: [...(s.items ?? [])].map(([id, st]) => ({ id, status: st.status, reasons: st.reasons })),
  };
}

function topOf(s: CaseStatus, top: string): { top: string; topStatus: SupportStatus; topEstablished: boolean } {
  const topStatus = s.nodes.get(top)!.status;
  return { top, topStatus, topEstablished: !notEstablished(topStatus) };
}

export function criticalJson(
  c: Case,
  r: CriticalReport,
): { schema: typeof CRITICAL_SCHEMA; case: string } & CriticalReport {
  return { schema: CRITICAL_SCHEMA, case: c.header.value.id, ...r };
}

export interface WhatIfJson {
  schema: typeof WHATIF_SCHEMA;
  case: string;
  asOf: string;
  defeat: string[];
  top?: string;
  topBefore?: SupportStatus;
  topAfter?: SupportStatus;
  /** True when the top claim is established under the what-if: the argument survives the loss. */
  topEstablished?: boolean;
  /** The top claim's failed legs under the what-if, from the top down. */
  topFailedLegs: FailedLeg[];
  changes: WhatIfResult['changes'];
  countsBefore: Record<SupportStatus, number>;
  countsAfter: Record<SupportStatus, number>;
}

export function whatIfJson(c: Case, r: WhatIfResult): WhatIfJson {
  return {
    schema: WHATIF_SCHEMA,
    case: c.header.value.id,
    asOf: r.asOf,
    defeat: r.defeat,
    ...(r.top
      ? { top: r.top, topBefore: r.topBefore!, topAfter: r.topAfter!, topEstablished: !notEstablished(r.topAfter!) }
      : {}),
    topFailedLegs: r.top ? failedLegs(r.after, r.top) : [],
    changes: r.changes,
    countsBefore: r.before.counts,
    countsAfter: r.after.counts,
  };
}

export function whyJson(c: Case, r: WhyReport): { schema: typeof WHY_SCHEMA; case: string } & WhyReport {
  return { schema: WHY_SCHEMA, case: c.header.value.id, ...r };
}

/** JSON text with a trailing newline: the same value always gives the same bytes, printable (output/text.ts). */
export function jsonText(v: unknown): string {
  return `${printableJson(v, 2)}\n`;
}
