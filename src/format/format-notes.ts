// Format 1 still loads, and is read as it always was. Where format 2 would
// say more, the loader says what format 1 leaves unsaid and how it is read,
// so that a reader of an old case knows which of its findings rest on that
// reading. Format 2 reads the same silence differently (docs/format.md,
// "Format versions"); `warrant migrate` writes the format-1 reading out.
import type { Diagnostic } from '../model/diagnostic.js';
import { descend, type PosTree } from '../model/loc.js';
import type { RootFile } from '../model/schema.js';

/** The notes for a root file: none unless it is in format 1 and format 2 would say more. */
export function formatNotes(root: RootFile, positions: () => PosTree, file: string): Diagnostic[] {
  if (root.warrant !== 1) return [];
  const unscoped = (root.case.reviewers ?? []).filter((r) => r.reviewed === undefined);
  if (unscoped.length === 0) return [];
  const t = descend(positions(), ['case', 'reviewers']);
  const at = t.key ?? t;
  const all = unscoped.length === (root.case.reviewers ?? []).length;
  const who = all
    ? unscoped.length === 1
      ? 'its reviewer does'
      : `its ${unscoped.length} reviewers do`
    : `${unscoped.length} of its reviewers do`;
  return [
    {
      code: 'L22',
      severity: 'info',
      file,
      line: at.line,
      col: at.col,
      message: `This case is in format 1: ${who} not say what they reviewed, so each is read as having reviewed the whole case.`,
      hint:
        '`warrant migrate` rewrites the case to format 2 and writes `reviewed: whole-case` for them, keeping this ' +
        'reading visible; then narrow each to the risks, claims or evidence they reviewed and add `independent_of`.',
      target: root.case.id,
    },
  ];
}
