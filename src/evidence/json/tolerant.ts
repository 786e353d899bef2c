// JSON parsing that tolerates the bare NaN, Infinity and -Infinity tokens that
// Python's json module writes (and so real Inspect and lm-evaluation-harness
// logs contain), and nothing else beyond strict JSON.
//
// Strict JSON is tried first (the common, fast case). Only when that fails is
// the text scanned once, string-aware, and each bare non-finite token outside a
// string replaced by a sentinel string that a reviver turns back into the
// number. The sentinel carries a per-call random nonce, so no string in the
// input can be mistaken for it.

import { randomBytes } from 'node:crypto';

/** A JSON syntax error with the message JSON.parse gave. */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
}

const NON_FINITE: ReadonlyArray<[string, number]> = [
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
];

/**
 * Parse JSON text, accepting bare NaN / Infinity / -Infinity as values.
 * Throws JsonSyntaxError for anything else that is not JSON.
 */
export function parseJsonTolerant(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const first = e instanceof Error ? e.message : String(e);
    const nonce = randomBytes(8).toString('hex');
    const prefix = `\u0000warrant-nonfinite-${nonce}:`;
    const replaced = replaceNonFinite(text, prefix);
    if (replaced === undefined) throw new JsonSyntaxError(first);
    try {
      return JSON.parse(replaced, (_k, v: unknown) => {
        if (typeof v === 'string' && v.startsWith(prefix)) {
          const tok = v.slice(prefix.length);
          for (const [name, value] of NON_FINITE) if (name === tok) return value;
        }
        return v;
      });
    } catch (e2) {
      throw new JsonSyntaxError(e2 instanceof Error ? e2.message : String(e2));
    }
  }
}

/**
 * Replace bare NaN / Infinity / -Infinity outside strings with quoted
 * sentinels. Returns undefined when there is none (the text's problem is
 * something else).
 */
function replaceNonFinite(text: string, prefix: string): string | undefined {
  const out: string[] = [];
  let last = 0;
  let found = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Skip the string: find the closing quote not preceded by an odd run of backslashes.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return found ? finish() : undefined;
        let bs = 0;
        for (let k = q - 1; k > i && text.charCodeAt(k) === 0x5c; k--) bs++;
        if (bs % 2 === 0) {
          i = q + 1;
          break;
        }
        j = q + 1;
      }
      continue;
    }
    if (c === 0x4e /* N */ || c === 0x49 /* I */ || c === 0x2d /* - */) {
      let replacedHere = false;
      for (const [name] of NON_FINITE) {
        if (
          text.startsWith(name, i) &&
          !isIdentChar(text.charCodeAt(i + name.length)) &&
          !isIdentChar(text.charCodeAt(i - 1))
        ) {
          out.push(text.slice(last, i), JSON.stringify(prefix + name));
          i += name.length;
          last = i;
          found = true;
          replacedHere = true;
          break;
        }
      }
      if (replacedHere) continue;
    }
    i++;
  }
  return found ? finish() : undefined;

  function finish(): string {
    out.push(text.slice(last));
    return out.join('');
  }
}

function isIdentChar(c: number): boolean {
  // NaN (end of text) compares false everywhere, so text boundaries are not identifier characters.
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e;
}
