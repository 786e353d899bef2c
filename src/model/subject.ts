// What an evidence item is about: the model, one component, or a process
// (format 2, `subject`). Rules that judge a build read this rather than the
// kind, so that a drill of the on-call rota is never "evidence from another
// build", and a classifier evaluation is compared with the classifier's version.
import type { ComponentSubject, RawEvidenceItem } from './schema.js';
import { PROCESS_EVIDENCE_KINDS } from './vocab.js';

export type EvidenceSubject =
  | { about: 'model'; model?: string; stated: boolean }
  | { about: 'component'; component: ComponentSubject; stated: true }
  | { about: 'process'; process?: string; stated: boolean };

const PROCESS_KINDS: ReadonlySet<string> = new Set(PROCESS_EVIDENCE_KINDS);

/**
 * The item's subject as stated, or inferred from its kind where that is
 * unambiguous: a process for the process and governance kinds (policy, drill,
 * post-mortem ...), else the model, which is how format 1 read every item.
 */
export function evidenceSubject(e: Pick<RawEvidenceItem, 'kind' | 'subject'>): EvidenceSubject {
  const s = e.subject;
  if (s && 'component' in s) return { about: 'component', component: s.component, stated: true };
  if (s && 'process' in s) return { about: 'process', process: s.process, stated: true };
  if (s && 'model' in s) return { about: 'model', model: s.model, stated: true };
  return PROCESS_KINDS.has(e.kind) ? { about: 'process', stated: false } : { about: 'model', stated: false };
}
