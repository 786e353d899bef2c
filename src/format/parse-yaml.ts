// Parse one YAML text into a plain value plus a position tree for every key
// and value. js-yaml is the fastest parser available here (about 15x yaml@2)
// and its `listener` hook reports each node's extent at no extra cost.
import yaml from 'js-yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { LineIndex } from '../model/line-index.js';
import type { Point, PosTree } from '../model/loc.js';
import type { LoaderCode } from './codes.js';

export interface ParseLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest number of values the document may expand to through aliases. */
  maxExpandedValues: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 64 * 1024 * 1024, maxExpandedValues: 5_000_000 };

export type ParseResult = { ok: true; value: unknown; pos: PosTree } | { ok: false; diagnostic: Diagnostic };

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

/**
 * Builds the position tree from js-yaml's open/close events. Nodes open in
 * document order, so each line is found a step or two after the last one
 * (O(text) overall); the stack is kept in parallel arrays to spare the
 * garbage collector.
 */
class PositionBuilder {
  private readonly lines: LineIndex;
  private line = 1;
  private trees: PosTree[] = [];
  private kidTrees: (PosTree[] | undefined)[] = [];
  private kidResults: (unknown[] | undefined)[] = [];
  private depth = 0;
  top: PosTree | undefined;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  open(position: number): void {
    const at = skipBlank(this.text, position);
    const line = (this.line = this.lines.lineAt(at, this.line));
    const d = this.depth++;
    this.trees[d] = { line, col: at - this.lines.lineStart(line) + 1 };
    this.kidTrees[d] = undefined;
    this.kidResults[d] = undefined;
  }

  close(result: unknown): void {
    if (this.depth === 0) return;
    const d = --this.depth;
    let tree = this.trees[d] as PosTree;
    const kids = this.kidTrees[d];
    const kidResults = this.kidResults[d];
    if (kids && kidResults) {
      // js-yaml opens some nodes twice (block sequence entries, explicit keys):
      // a frame whose only child is the same value is that child.
      if (kids.length === 1 && kidResults[0] === result) tree = kids[0] as PosTree;
      else if (Array.isArray(result)) {
        // Block sequences emit no frame for an empty (null) item; positions
        // are only trusted when the counts line up.
        if (kids.length === result.length) tree.items = kids;
      } else if (isPlainObject(result) && kids.length % 2 === 0) {
        const fields = new Map<string, PosTree>();
        for (let i = 0; i < kids.length; i += 2) {
          const k = kids[i] as PosTree;
          const v = kids[i + 1] as PosTree;
          v.key = { line: k.line, col: k.col };
          fields.set(String(kidResults[i]), v);
        }
        tree.fields = fields;
      }
    }
    if (d === 0) {
      this.top = tree;
      return;
    }
    const p = d - 1;
    let pk = this.kidTrees[p];
    let pr = this.kidResults[p];
    if (!pk || !pr) {
      pk = this.kidTrees[p] = [];
      pr = this.kidResults[p] = [];
    }
    pk.push(tree);
    pr.push(result);
  }
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

function diag(file: string, p: Point, code: LoaderCode, message: string, hint?: string): Diagnostic {
  return { code, severity: 'error', file, line: p.line, col: p.col, message, ...(hint ? { hint } : {}) };
}

export type LazyParseResult =
  | { ok: true; value: unknown; positions: () => PosTree }
  | { ok: false; diagnostic: Diagnostic };

/**
 * Parse without building positions, and build them only if something asks:
 * a clean case never needs them, and they cost a quarter of the load time.
 * Asking re-parses the text once with the position listener.
 */
export function parseYamlLazy(text: string, file: string, limits: ParseLimits = DEFAULT_LIMITS): LazyParseResult {
  const r = parseYaml(text, file, limits, false);
  if (!r.ok) return r;
  let tree: PosTree | undefined;
  return {
    ok: true,
    value: r.value,
    positions: () => {
      if (!tree) {
        const again = parseYaml(text, file, limits, true);
        tree = again.ok ? again.pos : { line: 1, col: 1 };
      }
      return tree;
    },
  };
}

interface YamlMark {
  position?: number;
  line?: number;
  column?: number;
}

/**
 * Where a js-yaml error points. Its offset is reliable; its line and column are
 * not (at the end of an unterminated flow mapping it reports column -11), so
 * the point is computed from the offset, and clamped to the text either way.
 */
function markPoint(text: string, mark: YamlMark | undefined): Point {
  if (mark && Number.isFinite(mark.position)) return new LineIndex(text).pointAt(mark.position as number);
  return { line: Math.max(1, (mark?.line ?? 0) + 1), col: Math.max(1, (mark?.column ?? 0) + 1) };
}

/** Parse `text` (the content of `file`). Pure: never throws for bad input. */
export function parseYaml(
  text: string,
  file: string,
  limits: ParseLimits = DEFAULT_LIMITS,
  withPositions = true,
): ParseResult {
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
  const positions = new PositionBuilder(withPositions ? text : '');
  let value: unknown;
  try {
    value = yaml.load(text, {
      filename: file,
      schema: yaml.CORE_SCHEMA, // dates stay strings; no custom tags
      json: false,
      ...(withPositions
        ? {
            listener(event: 'open' | 'close', state: { position: number; result: unknown }) {
              if (event === 'open') positions.open(state.position);
              else positions.close(state.result);
            },
          }
        : {}),
    });
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      const p = markPoint(text, e.mark as YamlMark | undefined);
      const reason = e.reason || 'invalid YAML';
      if (/duplicated mapping key/.test(reason)) {
        // js-yaml marks the end of the repeated key; show the key and point at its start.
        const lineText = new LineIndex(text).lineText(p.line);
        const found = /^(\s*(?:-\s+)?)(["']?)([^:"'{}[\],]+?)\2\s*:/.exec(lineText);
        // Trust the key only if js-yaml's mark falls on it (not inside a later flow mapping).
        const m = found && p.col - 1 <= found[0].length ? found : undefined;
        const key = m?.[3]?.trim();
        const at = m ? { line: p.line, col: (m[1]?.length ?? 0) + 1 } : p;
        return {
          ok: false,
          diagnostic: diag(
            file,
            at,
            'L02',
            key
              ? `Duplicate key \`${key}\`: this mapping already has an entry \`${key}\`.`
              : 'Duplicate key: a mapping lists the same key twice.',
            'YAML keeps only one of two entries with the same key, so the loader refuses the file. Rename one (ids must be unique) or merge the two entries.',
          ),
        };
      }
      return {
        ok: false,
        diagnostic: diag(
          file,
          p,
          'L01',
          `YAML syntax error: ${reason}.`,
          'Fix the YAML at this position; check indentation, colons and quotes.',
        ),
      };
    }
    // js-yaml can overflow the stack on absurdly deep nesting.
    return {
      ok: false,
      diagnostic: diag(
        file,
        { line: 1, col: 1 },
        'L01',
        `YAML could not be parsed: ${e instanceof Error ? e.message : String(e)}.`,
        'Reduce the nesting depth of the document.',
      ),
    };
  }
  // Aliases need an anchor, written after a space, a line start or a flow indicator.
  const mayAlias = text.includes('&') && /(?:^|[\s,[{])&[^\s,[\]{}]/m.test(text);
  if (mayAlias && expandedSize(value, new Map(), limits.maxExpandedValues) > limits.maxExpandedValues) {
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
  const pos = positions.top ?? { line: 1, col: 1 };
  return { ok: true, value: value ?? null, pos };
}
