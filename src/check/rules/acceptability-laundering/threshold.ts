// Comparing thresholds: is a new threshold looser than an old one? Shared by
// the rules that read a criterion's threshold history.
import type { Threshold } from '../../../model/schema.js';

/** True if the threshold is operational: it has a numeric bound. */
export function isOperational(t: Threshold | undefined): boolean {
  return t !== undefined && (typeof t.max === 'number' || typeof t.min === 'number');
}

export function describe(t: Threshold): string {
  const parts: string[] = [];
  if (t.min !== undefined) parts.push(`min ${t.min}`);
  if (t.max !== undefined) parts.push(`max ${t.max}`);
  if (t.on && t.on !== 'value') parts.push(`on ${t.on}`);
  if (!parts.length) return t.text ? `"${t.text}"` : 'no bound';
  return parts.join(', ') + (t.unit ? ` ${t.unit}` : '');
}

// How strict the compared quantity is, for each kind of bound: a max compared
// with the upper end of the interval is stricter than with the point estimate.
const MAX_STRICTNESS = { 'interval-high': 2, value: 1, 'interval-low': 0 } as const;
const MIN_STRICTNESS = { 'interval-low': 2, value: 1, 'interval-high': 0 } as const;

/**
 * How `next` is looser than `prev`, in words, or undefined if it is not.
 * Thresholds in different units are not compared.
 */
export function relaxation(prev: Threshold, next: Threshold): string | undefined {
  if (prev.unit && next.unit && prev.unit.trim().toLowerCase() !== next.unit.trim().toLowerCase()) return undefined;
  const out: string[] = [];
  if (prev.max !== undefined) {
    if (next.max === undefined) out.push(`the upper bound (max ${prev.max}) was dropped`);
    else if (next.max > prev.max) out.push(`max raised from ${prev.max} to ${next.max}`);
    else if (MAX_STRICTNESS[next.on ?? 'value'] < MAX_STRICTNESS[prev.on ?? 'value'])
      out.push(`max now compared with ${next.on ?? 'value'} instead of ${prev.on ?? 'value'}`);
  }
  if (prev.min !== undefined) {
    if (next.min === undefined) out.push(`the lower bound (min ${prev.min}) was dropped`);
    else if (next.min < prev.min) out.push(`min lowered from ${prev.min} to ${next.min}`);
    else if (MIN_STRICTNESS[next.on ?? 'value'] < MIN_STRICTNESS[prev.on ?? 'value'])
      out.push(`min now compared with ${next.on ?? 'value'} instead of ${prev.on ?? 'value'}`);
  }
  return out.length ? out.join('; ') : undefined;
}
