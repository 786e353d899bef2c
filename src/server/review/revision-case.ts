// A stored revision loaded as a case, from its own files (never the disk), so
// the server's status, check results and publication redactions are those of
// exactly the snapshot that was pushed. Revisions never change, so each is
// loaded once per process.

import { checkCase } from '../../check/check-case.js';
import { loadCase } from '../../format/load-case.js';
import { memoryReader } from '../../format/memory-reader.js';
import type { Case } from '../../model/case.js';
import type { Severity } from '../../model/diagnostic.js';
import { buildGraph } from '../../model/graph.js';
import type { RevisionSnapshot } from '../../review/revision.js';

export interface LoadedRevision {
  /** The case, when the snapshot loads; undefined when its files do not make a case. */
  readonly case: Case | undefined;
  /** Loader and check findings: what `warrant check` would say of the revision. */
  readonly findings: readonly { readonly severity: Severity }[];
}

const MAX_CACHED = 64;

export function revisionLoader(): (digest: string, snapshot: unknown) => LoadedRevision {
  const cache = new Map<string, LoadedRevision>();
  return (digest, snapshot) => {
    const hit = cache.get(digest);
    if (hit) return hit;
    const loaded = loadSnapshot(snapshot as RevisionSnapshot);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(digest, loaded);
    return loaded;
  };
}

export function loadSnapshot(snapshot: RevisionSnapshot): LoadedRevision {
  const files = new Map(snapshot.files.map((f) => [f.path, f.text]));
  const result = loadCase(snapshot.root, memoryReader(files));
  const c = result.case;
  const findings = c ? [...result.diagnostics, ...checkCase(c, buildGraph(c))] : result.diagnostics;
  return { case: c, findings: findings.map((d) => ({ severity: d.severity })) };
}
