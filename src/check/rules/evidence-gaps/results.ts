// Comparing evidence results with thresholds, for the statistical rules.
import type { ArgNode, Criterion, EvidenceItem, NodeOf } from '../../../model/case.js';
import { resultsOf } from '../../../model/results.js';
import type { EvidenceResult, Threshold } from '../../../model/schema.js';
import type { RuleContext } from '../types.js';

/** Kinds whose results come from sampling behaviour, where sample size and intervals mean something. */
export const SAMPLED_KINDS = new Set([
  'capability-evaluation',
  'red-team',
  'control-evaluation',
  'interpretability',
  'monitoring-performance',
  'security-control',
  'incident-record',
  'external-audit',
  'telemetry',
  'benchmark-score',
]);

export function hasBound(t: Threshold | undefined): t is Threshold {
  return t !== undefined && (t.max !== undefined || t.min !== undefined);
}

/** The bound `x` fails, in words ("above the maximum 0.2"), or undefined if it passes. */
export function failedBound(x: number, t: Threshold): string | undefined {
  if (t.max !== undefined && x > t.max) return `above the maximum ${t.max}`;
  if (t.min !== undefined && x < t.min) return `below the minimum ${t.min}`;
  return undefined;
}

/** The threshold in words, for messages. */
export function describeThreshold(t: Threshold): string {
  const parts = [t.max !== undefined ? `max ${t.max}` : '', t.min !== undefined ? `min ${t.min}` : ''].filter(Boolean);
  return `${parts.join(', ')}${t.unit ? ` ${t.unit}` : ''}${t.on ? ` on ${t.on}` : ''}`;
}

export interface ApplicableThreshold {
  threshold: Threshold;
  /** Where it comes from: the result itself, or a criterion id. */
  source: 'result' | string;
}

/** Content words of a metric, for telling whether a criterion's metric is the result's. */
function metricWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z0-9@]+/)
    .filter((w) => w.length > 2 && !['the', 'and', 'for', 'with', 'per', 'of', 'on', 'at', 'in'].includes(w));
}

/**
 * The threshold a result is judged against: its own, else the criterion it
 * links to (`result.criterion`), else the criterion of the claims resting
 * directly on the item, when that is unambiguous (the claims name exactly one
 * criterion with a bound) and the criterion is about this result: the item has
 * one result and the claims rest on no other evidence, or every word of the
 * result's metric appears in the criterion's metric or statement. One
 * criterion's bound is never applied to a different metric. `citing`: the
 * evidence nodes citing the item (PathItem.citing).
 */
export function applicableThreshold(
  ctx: RuleContext,
  item: EvidenceItem,
  r: EvidenceResult | undefined,
  citing: readonly string[],
): ApplicableThreshold | undefined {
  const own = r?.threshold;
  if (hasBound(own)) return { threshold: own, source: 'result' };
  const { case: c, facts } = ctx;
  const linked = r?.criterion !== undefined ? c.criteria.get(r.criterion) : undefined;
  if (linked) return hasBound(linked.threshold) ? { threshold: linked.threshold, source: linked.id } : undefined;
  // The criteria first: most claims name none, and only an unambiguous one needs the sole-evidence test.
  let criteria: Set<string> | undefined; // made only when a claim names one: most items have none
  for (const claim of claimsResting(ctx, citing))
    for (const k of claim.criteria ?? []) if (hasBound(c.criteria.get(k)?.threshold)) (criteria ??= new Set()).add(k);
  if (criteria === undefined || criteria.size !== 1) return undefined;
  let soleEvidence = resultsOf(item).length <= 1;
  for (const id of citing)
    for (const p of facts.parentsOf(id))
      if (p.kind === 'claim' && itemsUnder(facts.childrenOf(p.id)).size !== 1) soleEvidence = false;
  const crit = c.criteria.get([...criteria][0]!)!;
  if (!soleEvidence) {
    const words = new Set(metricWords(`${crit.metric ?? ''} ${crit.statement}`));
    const own = metricWords(r?.metric ?? '');
    if (own.length === 0 || !own.every((w) => words.has(w))) return undefined;
  }
  return { threshold: crit.threshold!, source: crit.id };
}

/** An end of a result's uncertainty: a one-sided bound, or an end of the two-sided interval. */
export interface End {
  value: number;
  /** One-sided confidence: the bound's own, or (1 + c) / 2 for an end of a two-sided interval at level c. */
  confidence?: number;
  from: 'bound' | 'interval';
}

/** The upper or lower end the result reports: its one-sided bound on that side, else that end of its interval. */
export function endOf(r: EvidenceResult, side: 'upper' | 'lower'): End | undefined {
  if (r.bound?.side === side) return { value: r.bound.value, confidence: r.bound.confidence, from: 'bound' };
  if (!r.interval) return undefined;
  const value = side === 'upper' ? r.interval[1] : r.interval[0];
  return r.confidence !== undefined
    ? { value, confidence: (1 + r.confidence) / 2, from: 'interval' }
    : { value, from: 'interval' };
}

/** True if the result reports any uncertainty (an interval or a one-sided bound). */
export function hasUncertainty(r: EvidenceResult): boolean {
  return r.interval !== undefined || r.bound !== undefined;
}

/** The claims directly above the evidence nodes that name a criterion, once per citing node and parent. */
function claimsResting(ctx: RuleContext, citing: readonly string[]): NodeOf<'claim'>[] {
  const out: NodeOf<'claim'>[] = [];
  for (const id of citing)
    for (const p of ctx.facts.parentsOf(id)) if (p.kind === 'claim' && p.criteria?.length) out.push(p);
  return out;
}

/** Words declaring that a threshold is compared with the point estimate, not an interval bound. */
const POINT = /\bpoint[- ]estimates?\b/i;
// "Interval" as a span of time ("a 30-day interval", "the weekly sampling interval") is not a confidence interval.
const BOUND = new RegExp(
  [
    /\b(?:upper|lower) (?:\d+% )?(?:confidence )?(?:bound|end|limit)/.source,
    /(?<!\b(?:\d+[- ](?:second|minute|hour|day|week|month|year)s?|time|sampling|reporting|review|monitoring|polling|measurement|hourly|daily|weekly|monthly)[- ])\binterval\b/
      .source,
    /\bCI\b/.source,
  ].join('|'),
  'i',
);

function declaresPoint(text: string | undefined): boolean {
  return !!text && POINT.test(text) && !BOUND.test(text);
}

/**
 * True if the threshold is declared, in words, on the point estimate: its own
 * text, or the metric or statement of a criterion with the same bound named by
 * the claims resting on the evidence ("recall at the deployed threshold (point estimate)").
 * `citing`: the evidence nodes citing it.
 */
export function declaredOnPoint(ctx: RuleContext, t: Threshold, citing: readonly string[]): boolean {
  if (t.on === 'value' || declaresPoint(t.text)) return true;
  for (const claim of claimsResting(ctx, citing)) {
    for (const k of claim.criteria!) {
      const crit = ctx.case.criteria.get(k);
      const ct = crit?.threshold;
      if (!crit || !ct || ct.max !== t.max || ct.min !== t.min) continue;
      if (criterionOnPoint(crit)) return true;
    }
  }
  return false;
}

const onPoint = new WeakMap<Criterion, boolean>();

/** True if a criterion declares its threshold on the point estimate; remembered per criterion (a module-level function: no closure per call). */
function criterionOnPoint(crit: Criterion): boolean {
  let v = onPoint.get(crit);
  if (v === undefined) {
    const ct = crit.threshold;
    onPoint.set(
      crit,
      (v =
        ct?.on === 'value' || declaresPoint(ct?.text) || declaresPoint(crit.metric) || declaresPoint(crit.statement)),
    );
  }
  return v;
}

function itemsUnder(nodes: readonly ArgNode[]): Set<string> {
  const s = new Set<string>();
  for (const n of nodes) {
    if (n.kind === 'evidence') for (const e of n.evidence ?? []) s.add(e);
    else s.add(`node:${n.id}`); // a sub-claim or strategy is other support
  }
  return s;
}
