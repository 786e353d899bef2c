// What a YAML syntax error most often is in a hand-written case: a plain
// (unquoted) value with ": " in it, such as `title: Launch: phase 2` or, in a
// flow mapping, `{ text: Safe: mostly. }`. YAML reads the second colon as the
// start of another key and reports something else ("bad indentation of a
// mapping entry", "missed comma between flow collection entries"). This finds
// that case on the error's line and writes the quoted fix. Pure.
import type { Point } from '../model/loc.js';

/** A syntax error's message and hint. */
export interface SyntaxAdvice {
  message: string;
  hint: string;
}

const GENERIC_HINT = 'Fix the YAML at this position; check indentation, colons and quotes.';

// A block entry: indent, an optional "- ", a plain key, then a plain value with ": " (or a final ":") in it.
const BLOCK_ENTRY = /^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*):[ \t]+([^"'\s[{|>&*!#%@`][^#]*?:(?:[ \t].*)?)\s*$/;
// A flow entry: a plain key and a plain value with ": " in it, up to the next "," or "}" (no quotes, no nesting).
const FLOW_ENTRY = /([A-Za-z_][\w.-]*):[ \t]+([^"'\s,{}[\]][^,{}[\]"']*?:[ \t][^,{}[\]"']*?)\s*(?=[,}]|$)/g;

/** The message and hint for a YAML syntax error at `at` (1-based) in `text`, given the parser's reason. */
export function yamlSyntaxAdvice(text: string, at: Point, reason: string): SyntaxAdvice {
  const generic = { message: `YAML syntax error: ${reason}.`, hint: GENERIC_HINT };
  const line = text.split(/\r?\n/)[at.line - 1];
  if (line === undefined) return generic;
  const found = colonInBlockValue(line) ?? colonInFlowValue(line, at.col);
  if (!found) return generic;
  return {
    message:
      `YAML syntax error: the value of \`${found.key}\` is not quoted and has ": " in it, ` +
      `which YAML reads as the start of another key (${reason}).`,
    hint: `Quote the value: \`${found.key}: ${quoted(found.value)}\`.`,
  };
}

function colonInBlockValue(line: string): { key: string; value: string } | undefined {
  const m = BLOCK_ENTRY.exec(line);
  return m ? { key: m[2]!, value: m[3]!.trim() } : undefined;
}

/** The flow entry with a colon in its value that ends nearest after the error column. */
function colonInFlowValue(line: string, col: number): { key: string; value: string } | undefined {
  if (!/[{[]/.test(line)) return undefined;
  let best: { key: string; value: string } | undefined;
  for (const m of line.matchAll(FLOW_ENTRY)) {
    const start = m.index;
    if (start > col - 1) break;
    best = { key: m[1]!, value: m[2]!.trim() };
  }
  return best;
}

/** A YAML double-quoted scalar holding `s`. */
export function quoted(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
