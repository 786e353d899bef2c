// An evidence item's results, whichever way it states them: the headline
// `result` (formats 1 and 2) and the per-task `results` (format 2). Rules,
// reports and the diff read results through this one list, so an item with
// several results is judged on each of them.
import type { EvidenceItem } from './case.js';
import type { EvidenceResult, Statistic } from './schema.js';

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
