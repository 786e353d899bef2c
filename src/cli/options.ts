// Option values every command reads the same way: dates, enumerations, size
// limits. One place, so every command gives the same message for the same
// mistake.
import { DEFAULT_LIMITS } from '../format/parse-yaml.js';
import { UsageError } from './io.js';

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A date option (default `fallback`, usually today); anything but a YYYY-MM-DD date is a usage error. */
export function dateOption(value: string | undefined, fallback: string, flag = '--as-of'): string {
  const d = value ?? fallback;
  if (!isIsoDate(d)) throw new UsageError(`${flag} must be a date written YYYY-MM-DD; got "${d}".`);
  return d;
}

/** One of `allowed`, or `fallback` when not given (undefined without a fallback). */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T;
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined;
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback?: T,
): T | undefined {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
}

/** `--max-file-size`: a positive number of bytes, default the loader's limit. */
export function maxBytesOption(v: string | undefined): number {
  if (v === undefined) return DEFAULT_LIMITS.maxBytes;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new UsageError(`--max-file-size must be a positive number of bytes; got "${v}".`);
  return n;
}
