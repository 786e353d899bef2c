// Evidence kinds that are artefacts about a system or a process, not
// arguments that it is safe for a decision: the boundary rules' vocabulary.
import type { EvidenceItem } from '../../../model/case.js';
import type { EvidenceKind } from '../../../model/vocab.js';
import { listSome } from '../../../util/list-some.js';

export const NON_ARGUMENT_KINDS: ReadonlySet<EvidenceKind> = new Set<EvidenceKind>([
  'benchmark-score',
  'model-card',
  'system-card',
  'risk-register',
  'framework',
  'certificate',
  'regulator-filing',
]);

export function isNonArgument(e: EvidenceItem): boolean {
  return NON_ARGUMENT_KINDS.has(e.kind);
}

/** "E1 (model-card), E2 (benchmark-score)" for messages (the first few, and how many more). */
export function listKinds(items: readonly EvidenceItem[]): string {
  return listSome(items.map((e) => `${e.id} (${e.kind})`));
}
