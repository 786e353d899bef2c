// Small helpers to build diagnostics at a located thing's field.
import type { Diagnostic, DiagnosticCode, Related, Severity } from '../model/diagnostic.js';
import { descend, type Located, type PathPart } from '../model/loc.js';
import type { RuleCode } from './codes.js';

export interface At {
  thing: Located;
  /** Path of the field inside the thing; empty for the thing itself (its key). */
  path?: PathPart[];
}

/** What a diagnostic is reported as: a check's code, or a rule's id, and a severity. */
export type Reporter = { code: DiagnosticCode; severity: Severity } | { id: RuleCode; severity: Severity };

export function report(
  meta: Reporter,
  at: At,
  message: string,
  hint: string,
  extra: { target?: string; related?: Related[] } = {},
): Diagnostic {
  const path = at.path ?? [];
  const t = descend(at.thing.pos, path);
  const p = path.length === 0 ? (t.key ?? t) : t;
  return {
    code: 'code' in meta ? meta.code : meta.id,
    severity: meta.severity,
    file: at.thing.file,
    line: p.line,
    col: p.col,
    message,
    hint,
    ...(extra.target !== undefined ? { target: extra.target } : {}),
    ...(extra.related?.length ? { related: extra.related } : {}),
  };
}

export function relatedAt(thing: Located, message: string): Related {
  const p = thing.pos.key ?? thing.pos;
  return { file: thing.file, line: p.line, col: p.col, message };
}
