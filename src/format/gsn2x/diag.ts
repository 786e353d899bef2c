// Small helpers to build located diagnostics from a parsed gsn2x file.
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { descend, type Loc, type PathPart, type PosTree } from '../../model/loc.js';
import type { Gsn2xCode } from './codes.js';

/** Where the value (or, with `key`, the key) at `path` is. */
export function locIn(file: string, pos: PosTree, path: readonly PathPart[], key = false): Loc {
  const t = descend(pos, path);
  const p = key && t.key ? t.key : t;
  return { file, line: p.line, col: p.col };
}

export function diagnostic(
  code: Gsn2xCode,
  severity: Severity,
  at: Loc,
  message: string,
  hint: string,
  target?: string,
): Diagnostic {
  return { code, severity, file: at.file, line: at.line, col: at.col, message, hint, ...(target ? { target } : {}) };
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, single-line rendering of a value for messages. */
export function show(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  return `${typeof v} ${String(v)}`;
}

export { setOwn } from '../../util/own.js';
