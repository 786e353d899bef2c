// The analyses as plain JSON values, in the stable shapes docs/analysis.md
// documents: Maps become arrays in case order, optional fields are left out
// rather than null. The CLI prints these; reports and servers can reuse them.
import type { Case } from '../model/case.js';
import { jsonText as printableJson } from '../output/text.js';
import type { CriticalReport } from './critical.js';
import type { CaseStatus, StatusReason, SupportStatus } from './status-types.js';
import type { WhatIfResult } from './whatif.js';
import type { WhyReport } from './why.js';

export const STATUS_SCHEMA = 'warrant-status/1';
export const CRITICAL_SCHEMA = 'warrant-critical/1';
export const WHATIF_SCHEMA = 'warrant-whatif/1';
export const WHY_SCHEMA = 'warrant-why/1';

export interface StatusJson {
  schema: typeof STATUS_SCHEMA;
  case: string;
  asOf: string;
  top?: string;
  topStatus?: SupportStatus;
  counts: Record<SupportStatus, number>;
  nodes: { id: string; kind: string; status: SupportStatus; reasons: StatusReason[]; resolved?: StatusReason[] }[];
  items: { id: string; status: SupportStatus; reasons: StatusReason[] }[];
}

export function statusJson(c: Case, s: CaseStatus): StatusJson {
  return {
    schema: STATUS_SCHEMA,
    case: c.header.value.id,
    asOf: s.asOf,
    ...(s.top ? { top: s.top, topStatus: s.nodes.get(s.top)!.status } : {}),
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
  topLosesSupport: boolean;
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
    ...(r.top ? { top: r.top, topBefore: r.topBefore!, topAfter: r.topAfter! } : {}),
    topLosesSupport: r.changes.some((ch) => ch.id === r.top && ch.losesSupport),
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
