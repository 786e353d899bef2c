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
  // Thousands of findings in a large case: no empty path, no spread objects, per finding.
  const path = at.path;
  const p = path?.length ? descend(at.thing.pos, path) : (at.thing.pos.key ?? at.thing.pos);
  const d: Diagnostic = {
    code: 'code' in meta ? meta.code : meta.id,
    severity: meta.severity,
    file: at.thing.file,
    line: p.line,
    col: p.col,
    message,
    hint,
  };
  if (extra.target !== undefined) d.target = extra.target;
  if (extra.related?.length) d.related = extra.related;
  return d;
}

export function relatedAt(thing: Located, message: string): Related {
  const p = thing.pos.key ?? thing.pos;
  return { file: thing.file, line: p.line, col: p.col, message };
}
