// Parse one YAML text into a plain value plus a position tree for every key
// and value. js-yaml is the fastest parser available here (about 15x yaml@2)
// and its `listener` hook reports each node's extent at no extra cost.
import yaml from 'js-yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Point, PosTree } from '../model/loc.js';

export interface ParseLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest number of values the document may expand to through aliases. */
  maxExpandedValues: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 64 * 1024 * 1024, maxExpandedValues: 5_000_000 };

export type ParseResult =
  | { ok: true; value: unknown; pos: PosTree }
  | { ok: false; diagnostic: Diagnostic };

interface Frame {
  start: number;
  children: Frame[];
  result: unknown;
  tree?: PosTree;
}

/** Offsets of the start of each line, for offset to line/column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function pointAt(starts: number[], offset: number): Point {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - (starts[lo] as number) + 1 };
}

/** js-yaml reports where it started looking for a node; move to its first character. */
function skipBlank(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return text.length;
      i = nl + 1;
    } else return i;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Attach children positions to a closed frame's tree. */
function build(text: string, starts: number[], f: Frame): PosTree {
  const tree: PosTree = pointAt(starts, skipBlank(text, f.start));
  const { result, children } = f;
  if (Array.isArray(result)) {
    // Block sequences emit no frame for an empty (null) item; positions are
    // only trusted when the counts line up.
    if (children.length === result.length) tree.items = children.map((c) => c.tree as PosTree);
  } else if (isPlainObject(result) && children.length % 2 === 0 && children.length > 0) {
    const fields = new Map<string, PosTree>();
    for (let i = 0; i < children.length; i += 2) {
      const k = children[i] as Frame;
      const v = children[i + 1] as Frame;
      const vt = v.tree as PosTree;
      vt.key = { line: (k.tree as PosTree).line, col: (k.tree as PosTree).col };
      fields.set(String(k.result), vt);
    }
    tree.fields = fields;
  }
  return tree;
}

/** Count the values a document expands to when aliases are followed (memoised by identity). */
function expandedSize(value: unknown, memo: Map<object, number>, limit: number): number {
  if (typeof value !== 'object' || value === null) return 1;
  const seen = memo.get(value);
  if (seen !== undefined) return seen;
  memo.set(value, 1); // a self-referencing alias counts once
  let n = 1;
  const kids = Array.isArray(value) ? value : Object.values(value);
  for (const k of kids) {
    n += expandedSize(k, memo, limit);
    if (n > limit) break;
  }
  memo.set(value, n);
  return n;
}

function diag(file: string, p: Point, code: string, message: string, hint?: string): Diagnostic {
  return { code, severity: 'error', file, line: p.line, col: p.col, message, ...(hint ? { hint } : {}) };
}

/** Parse `text` (the content of `file`). Pure: never throws for bad input. */
export function parseYaml(text: string, file: string, limits: ParseLimits = DEFAULT_LIMITS): ParseResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    return {
      ok: false,
      diagnostic: diag(
        file,
        { line: 1, col: 1 },
        'L03',
        `File is ${bytes} bytes, over the limit of ${limits.maxBytes} bytes.`,
        'Split the case into modules with `includes:`, or raise the limit with --max-file-size if the file is trusted.',
      ),
    };
  }
  const starts = lineStarts(text);
  const stack: Frame[] = [];
  let top: Frame | undefined;
  let value: unknown;
  try {
    value = yaml.load(text, {
      filename: file,
      schema: yaml.CORE_SCHEMA, // dates stay strings; no custom tags
      json: false,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ start: state.position, children: [], result: undefined });
          return;
        }
        const f = stack.pop();
        if (!f) return;
        f.result = state.result;
        // js-yaml opens some nodes twice (block sequence entries, explicit
        // keys); collapse a frame whose only child is the same value.
        const only = f.children.length === 1 ? f.children[0] : undefined;
        let done = f;
        if (only && only.result === f.result) done = only;
        else f.tree = build(text, starts, f);
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(done);
        else top = done;
      },
    });
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      const mark = e.mark as { line?: number; column?: number } | undefined;
      const p = { line: (mark?.line ?? 0) + 1, col: (mark?.column ?? 0) + 1 };
      const reason = e.reason || 'invalid YAML';
      if (/duplicated mapping key/.test(reason)) {
        return {
          ok: false,
          diagnostic: diag(file, p, 'L02', 'Duplicate key: a mapping lists the same key twice.', 'Every id and field may appear once in a mapping; rename or merge the two entries.'),
        };
      }
      return { ok: false, diagnostic: diag(file, p, 'L01', `YAML syntax error: ${reason}.`, 'Fix the YAML at this position; check indentation, colons and quotes.') };
    }
    // js-yaml can overflow the stack on absurdly deep nesting.
    return { ok: false, diagnostic: diag(file, { line: 1, col: 1 }, 'L01', `YAML could not be parsed: ${e instanceof Error ? e.message : String(e)}.`, 'Reduce the nesting depth of the document.') };
  }
  const memo = new Map<object, number>();
  const size = expandedSize(value, memo, limits.maxExpandedValues);
  if (size > limits.maxExpandedValues) {
    return {
      ok: false,
      diagnostic: diag(
        file,
        { line: 1, col: 1 },
        'L04',
        `YAML aliases expand this document to more than ${limits.maxExpandedValues} values (an alias bomb).`,
        'Write the repeated content out, or use fewer nested aliases.',
      ),
    };
  }
  const pos = top?.tree ?? (top ? build(text, starts, top) : { line: 1, col: 1 });
  return { ok: true, value: value ?? null, pos };
}
