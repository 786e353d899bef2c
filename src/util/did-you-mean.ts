// "Did you mean" suggestions for misspelt fields, kinds and ids.
import { distance } from 'fastest-levenshtein';

/** camelCase, kebab-case and spaces to snake_case: `supportedBy` -> `supported_by`. */
export function toSnake(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();
}

/**
 * The closest candidate to `word`, or undefined when nothing is close.
 * Exact matches after normalising case and separators win; otherwise the
 * edit distance must be small relative to the word's length.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const norm = toSnake(word);
  const kebab = norm.replace(/_/g, '-');
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const cl = c.toLowerCase();
    if (cl === norm || cl === kebab || cl === word.toLowerCase()) return c;
    const d = distance(norm, toSnake(c));
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      bestD = d;
      best = c;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return bestD <= allowed ? best : undefined;
}
