// One evidence result in words, for every face of the report (HTML, Markdown,
// the browser app): the parts, unescaped, in reading order.
import type { ReportEvidence, ReportResult } from './data.js';

/** The parts of one result: "chemistry: accuracy (p90)", "value 0.2", "interval [0.1, 0.3] at 0.95", ... */
export function resultParts(r: ReportResult): string[] {
  return [
    `${r.task ? `${r.task}: ` : ''}${r.metric}${r.statistic ? ` (${r.statistic})` : ''}`,
    r.value !== undefined ? `value ${r.value}` : '',
    r.interval
      ? `interval [${r.interval[0]}, ${r.interval[1]}]${r.confidence !== undefined ? ` at ${r.confidence}` : ''}`
      : '',
    r.bound ?? '',
    r.threshold ? `threshold ${r.threshold}` : '',
    r.criterion ? `judged on criterion ${r.criterion}` : '',
    r.sampleSize !== undefined ? `n = ${r.sampleSize}` : '',
    r.frame ? `frame ${r.frame}` : '',
  ].filter(Boolean);
}

/** Every result of an item, the headline first. */
export function allResults(e: Pick<ReportEvidence, 'result' | 'results'>): ReportResult[] {
  return [...(e.result ? [e.result] : []), ...(e.results ?? [])];
}
