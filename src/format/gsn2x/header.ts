// The `warrant: 2` + `case:` header an imported case needs and gsn2x has
// no equivalent for. Every field can be set by the caller.
import type { CaseHeader } from '../../model/schema.js';
import type { CaseStatus, DecisionKind } from '../../model/vocab.js';
import { toId } from './names.js';

export interface HeaderOptions {
  id?: string;
  title?: string;
  version?: string;
  status?: CaseStatus;
  /** Decision kind. Default `continue-training`: the earliest and narrowest decision, and the one the fewest kind-specific checks build on. */
  kind?: DecisionKind;
  decision?: string;
}

export const DEFAULT_KIND: DecisionKind = 'continue-training';
export const DEFAULT_DECISION =
  'Not stated: imported from gsn2x, which records no decision. Replace this with the exact decision the case supports.';

/** Comment lines written above a synthesised header. */
export const SYNTHESISED_NOTE = [
  'The `case:` header below was synthesised by `warrant import gsn2x`: gsn2x',
  'files have none. Set the id, title, status and above all the decision',
  'boundary (kind and decision) before this case is checked or reviewed.',
];

/** A case header from the root module's name (or file stem) and the caller's overrides. */
export function synthesiseHeader(name: string, o: HeaderOptions = {}): CaseHeader {
  return {
    id: toId(o.id ?? name, 'imported'),
    title: o.title?.trim() ? o.title : `${name} (imported from gsn2x)`,
    version: o.version?.trim() ? o.version : '1',
    status: o.status ?? 'draft',
    decision_boundary: {
      kind: o.kind ?? DEFAULT_KIND,
      decision: o.decision?.trim() ? o.decision : DEFAULT_DECISION,
    },
  };
}
