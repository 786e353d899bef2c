// When an evidence item stops counting: the static-claims rules' shared date logic.
import type { EvidenceItem } from '../../../model/case.js';
import { addDays } from '../facts.js';

export interface Validity {
  /** The last day the item counts (inclusive). */
  until: string;
  /** The field that sets it, for positions and messages. */
  field: 'expires' | 'valid_for_days';
  /** How the end was worked out, for messages. */
  how: string;
}

/**
 * The end of an item's validity: `expires`, or `date` + `valid_for_days`
 * (the item counts through that day), whichever comes first. Undefined if
 * the item states neither.
 */
export function validity(e: EvidenceItem): Validity | undefined {
  const byDays = e.valid_for_days !== undefined ? addDays(e.date, e.valid_for_days) : undefined;
  if (e.expires !== undefined && (byDays === undefined || e.expires <= byDays))
    return { until: e.expires, field: 'expires', how: `expires ${e.expires}` };
  if (byDays !== undefined)
    return {
      until: byDays,
      field: 'valid_for_days',
      how: `dated ${e.date}, valid for ${e.valid_for_days} days, so until ${byDays}`,
    };
  return undefined;
}

/** The validity end if it is before the as-of date (the item no longer counts), else undefined. */
export function expiredAt(e: EvidenceItem, asOf: string): Validity | undefined {
  // The end date first, without the wording: most items on a path are still valid.
  const byDays = e.valid_for_days !== undefined ? addDays(e.date, e.valid_for_days) : undefined;
  const until = e.expires !== undefined && (byDays === undefined || e.expires <= byDays) ? e.expires : byDays;
  return until !== undefined && until < asOf ? validity(e) : undefined;
}
