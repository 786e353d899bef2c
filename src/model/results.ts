// An evidence item's results, whichever way it states them: the headline
// `result` (formats 1 and 2) and the per-task `results` (format 2). Rules,
// reports and the diff read results through this one list, so an item with
// several results is judged on each of them.
import type { EvidenceItem } from './case.js';
import type { EvidenceResult, Statistic, Threshold } from './schema.js';

export interface ItemResult {
  result: EvidenceResult;
  /** Where it sits in the item, for diagnostics: ['result'] or ['results', i]. */
  path: (string | number)[];
  /** How a message names it: "" for a lone result, else its task or metric ("result wmdp-bio"). */
  label: string;
  /** True for `result` when the item also has `results`: the headline (aggregate) over them. */
  headline: boolean;
}

/** Every result of the item, the headline `result` first. */
export function resultsOf(item: Pick<EvidenceItem, 'result' | 'results'>): ItemResult[] {
  const many = item.results ?? [];
  const out: ItemResult[] = [];
  if (item.result)
    out.push({
      result: item.result,
      path: ['result'],
      label: many.length ? nameOf(item.result, 'headline result') : '',
      headline: many.length > 0,
    });
  many.forEach((r, i) => {
    out.push({ result: r, path: ['results', i], label: nameOf(r, `result ${i + 1}`), headline: false });
  });
  // A single entry in `results` and no `result` reads like a lone result.
  if (out.length === 1) out[0]!.label = '';
  return out;
}

function nameOf(r: EvidenceResult, fallback: string): string {
  const name = r.task ?? r.metric;
  return name ? `result "${name}"` : fallback;
}

/** "Evidence E1" or "Evidence E1 (result "wmdp-bio")", for messages. */
export function resultSubject(itemId: string, r: ItemResult): string {
  return r.label ? `Evidence ${itemId} (${r.label})` : `Evidence ${itemId}`;
}

/** The percentile a statistic names (median is 50), or undefined for a mean, proportion or total. */
export function percentileOf(s: Statistic | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (s === 'median') return 50;
  const m = /^p(\d+(?:\.\d+)?)$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** A result whose value fails the threshold it is explicitly judged against. */
export interface FailedResult {
  at: ItemResult;
  threshold: Threshold;
  /** 'result' for its own threshold, else the id of the criterion it links to. */
  source: string;
}

function outside(x: number, t: Threshold): boolean {
  return (t.max !== undefined && x > t.max) || (t.min !== undefined && x < t.min);
}

/** The end of the result's uncertainty a threshold declared on an interval end is compared with. */
function declaredEnd(r: EvidenceResult, t: Threshold): number | undefined {
  const side = t.on === 'interval-low' ? 'lower' : t.on === 'interval-high' ? 'upper' : undefined;
  if (!side) return undefined;
  if (r.bound?.side === side) return r.bound.value;
  return r.interval ? r.interval[side === 'lower' ? 0 : 1] : undefined;
}

/**
 * The item's results whose value fails their explicit threshold: their own,
 * or that of the criterion they link to (`criterion`). A threshold declared on
 * an end of the interval fails only if that end fails too, when it is given.
 * Inferred thresholds (from the claims above) are the rules' business, not this.
 */
export function failedResults(
  item: Pick<EvidenceItem, 'result' | 'results'>,
  criteria: ReadonlyMap<string, { threshold?: Threshold }>,
): FailedResult[] {
  const out: FailedResult[] = [];
  for (const at of resultsOf(item)) {
    const r = at.result;
    const own = hasBounds(r.threshold) ? r.threshold : undefined;
    const linked = own || r.criterion === undefined ? undefined : criteria.get(r.criterion)?.threshold;
    const t = own ?? (hasBounds(linked) ? linked : undefined);
    if (!t || r.value === undefined || !outside(r.value, t)) continue;
    const end = declaredEnd(r, t);
    if (end !== undefined && !outside(end, t)) continue;
    out.push({ at, threshold: t, source: own ? 'result' : r.criterion! });
  }
  return out;
}

function hasBounds(t: Threshold | undefined): t is Threshold {
  return t !== undefined && (t.max !== undefined || t.min !== undefined);
}
