// Format 2 lets counter-evidence leave its polarity unsaid: an evidence item a
// defeater cites in its `evidence` is, by being cited there, evidence against
// what the defeater challenges. The loader writes that reading into the item,
// so every check reads one polarity; an item nobody cites as counter-evidence
// must say (L23), since no reading of it is safe.
import type { Case } from '../model/case.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** Fill in each item's absent polarity from the defeaters citing it; the items with no reading, reported. */
export function derivePolarity(c: Case): Diagnostic[] {
  const citedBy = new Map<string, string>();
  for (const n of c.nodes.values())
    if (n.kind === 'defeater') for (const e of n.evidence ?? []) if (!citedBy.has(e)) citedBy.set(e, n.id);
  const out: Diagnostic[] = [];
  for (const e of c.evidence.values()) {
    if ((e as { polarity?: string }).polarity !== undefined) continue;
    const by = citedBy.get(e.id);
    // An unreadable item is reported, and read as `mixed`, so that no check counts it as plain support.
    e.polarity = by !== undefined ? 'undermines' : 'mixed';
    if (by !== undefined && c.format !== 1) continue;
    const at = e.pos.key ?? e.pos;
    out.push({
      code: 'L23',
      severity: 'error',
      file: e.file,
      line: at.line,
      col: at.col,
      message:
        by !== undefined
          ? `Evidence item ${e.id} has no \`polarity\`; format 1 requires one (format 2 reads it as \`undermines\`, as defeater ${by} cites it).`
          : `Evidence item ${e.id} has no \`polarity\`, and no defeater cites it as counter-evidence to read one from.`,
      hint: 'Add `polarity: supports`, `undermines` or `mixed`; or cite the item in the `evidence` of the defeater it backs.',
      target: e.id,
    });
  }
  return out;
}
