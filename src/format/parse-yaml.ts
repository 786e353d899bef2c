// Parse one YAML text into a plain value plus a position tree for every key
// and value. js-yaml is the fastest parser available here (about 15x yaml@2)
// and its `listener` hook reports each node's extent as it parses.
import yaml from 'js-yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { LineIndex } from '../model/line-index.js';
import type { Point, PosTree } from '../model/loc.js';
import { utf8Over } from '../util/utf8.js';
import type { LoaderCode } from './codes.js';
import { EventLog, type ParserState } from './yaml-positions.js';
import { yamlSyntaxAdvice } from './yaml-syntax-hint.js';

export interface ParseLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest number of values the document may expand to through aliases. */
  maxExpandedValues: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 64 * 1024 * 1024, maxExpandedValues: 5_000_000 };

export type ParseResult = { ok: true; value: unknown; pos: PosTree } | { ok: false; diagnostic: Diagnostic };

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
 * Parse once, recording the parser's events, and build positions only if
 * something asks (src/format/yaml-positions.ts): a clean case never needs
 * them, and a case with findings needs only the few they point at.
 */
export function parseYamlLazy(text: string, file: string, limits: ParseLimits = DEFAULT_LIMITS): LazyParseResult {
  const log = new EventLog();
  const r = parseText(text, file, limits, log.listener);
  if (!r.ok) return r;
  let tree: PosTree | undefined;
  return {
    ok: true,
    value: r.value,
    positions: () => {
      tree ??= log.tree(text);
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

/** Parse `text` (the content of `file`) with every position built. Pure: never throws for bad input. */
export function parseYaml(text: string, file: string, limits: ParseLimits = DEFAULT_LIMITS): ParseResult {
  const r = parseYamlLazy(text, file, limits);
  return r.ok ? { ok: true, value: r.value, pos: r.positions() } : r;
}

type Listener = (event: 'open' | 'close', state: ParserState) => void;

/** Parse `text` into a plain value, or the diagnostic that says why not. */
function parseText(
  text: string,
  file: string,
  limits: ParseLimits,
  listener: Listener,
): { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic } {
  const bytes = utf8Over(text, limits.maxBytes);
  if (bytes !== undefined) {
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
  let value: unknown;
  try {
    value = yaml.load(text, {
      filename: file,
      schema: yaml.CORE_SCHEMA, // dates stay strings; no custom tags
      json: false,
      listener,
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
      const advice = yamlSyntaxAdvice(text, p, reason);
      return { ok: false, diagnostic: diag(file, p, 'L01', advice.message, advice.hint) };
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
  return { ok: true, value: value ?? null };
}
