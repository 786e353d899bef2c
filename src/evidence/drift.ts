// Re-import: what changed between the evidence item in the case and the item
// a newer log gives, and which claims rest on it. Pure.
//
// "Marked for review" is recorded on the item itself as
// `review: { reason, since, claims, changes }`, so that the marker travels with
// the case in git, every reader sees it, and the rules report it
// (scope-substitution/evidence-under-review) until a person has looked at the
// claims and removed it. The command also prints the same.
import type { ArgNode, Case } from '../model/case.js';
import type { CaseGraph } from '../model/graph.js';
import type { RawEvidenceItem, ReviewMarker } from '../model/schema.js';

export interface Change {
  /** What changed, in words a reviewer knows: "snapshot (measured.build)", "accuracy (model_graded_fact)". */
  what: string;
  from: string;
  to: string;
  /** True when the change bears on what the evidence shows (scores, snapshot, samples, status); false for bookkeeping (artefact digest, path, date). */
  material: boolean;
}

function show(v: unknown): string {
  if (v === undefined) return '(none)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What differs between the item in the case and the re-imported one, in a fixed order. */
export function evidenceDrift(old: RawEvidenceItem, next: RawEvidenceItem): Change[] {
  const out: Change[] = [];
  const add = (what: string, a: unknown, b: unknown, material: boolean) => {
    if (!same(a, b)) out.push({ what, from: show(a), to: show(b), material });
  };
  add('snapshot (measured.build)', old.measured?.build, next.measured?.build, true);
  add('requested model (measured.model)', old.measured?.model, next.measured?.model, true);
  add('run status', old.provenance?.status, next.provenance?.status, true);
  add('result metric', old.result?.metric, next.result?.metric, true);
  add('result value', old.result?.value, next.result?.value, true);
  add('result interval', old.result?.interval, next.result?.interval, true);
  add('sample size', old.result?.sample_size, next.result?.sample_size, true);
  const os = old.provenance?.samples;
  const ns = next.provenance?.samples;
  add('samples total', os?.total, ns?.total, true);
  add('samples completed', os?.completed, ns?.completed, true);
  add('samples errored', os?.errored, ns?.errored, true);
  const scores = (item: RawEvidenceItem) => {
    const m = new Map<string, number | null>();
    for (const s of item.provenance?.scores ?? [])
      for (const [k, v] of Object.entries(s.metrics)) m.set(`${k} (${s.name ?? s.scorer})`, v);
    return m;
  };
  const a = scores(old);
  const b = scores(next);
  // The headline is reported above; the other metrics, in the new log's order then any that disappeared.
  for (const k of [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))]) add(k, a.get(k), b.get(k), true);
  add('artefact sha256', old.artefact?.sha256, next.artefact?.sha256, false);
  add('artefact uri', old.artefact?.uri, next.artefact?.uri, false);
  add('date', old.date, next.date, false);
  add('framework version', old.provenance?.framework_version, next.provenance?.framework_version, false);
  add('eval id', old.provenance?.eval_id, next.provenance?.eval_id, false);
  return out;
}

/**
 * The claims that rest on an evidence item, nearest first: the claims above
 * every evidence node citing it, and above every node a defeater citing it
 * (as counter-evidence) challenges. Walks `supported_by` upwards through
 * strategies and claims, breadth first, each claim once.
 */
export function claimsRestingOn(c: Case, g: CaseGraph, itemId: string): string[] {
  const start: string[] = [];
  for (const n of c.nodes.values()) {
    if (n.kind === 'evidence' && n.evidence?.includes(itemId)) start.push(n.id);
    if (n.kind === 'defeater' && n.evidence?.includes(itemId)) {
      for (const ch of g.challenges) if (ch.defeater === n.id && ch.node) start.push(ch.node);
    }
  }
  const seen = new Set<string>(start);
  const claims: string[] = [];
  const queue = [...start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const node: ArgNode | undefined = c.nodes.get(id);
    if (node?.kind === 'claim') claims.push(id);
    for (const p of g.parentsOf(id)) {
      if (seen.has(p)) continue;
      seen.add(p);
      queue.push(p);
    }
  }
  return claims;
}

/** The review marker for material changes, or undefined when nothing material changed. */
export function driftMarker(
  changes: readonly Change[],
  claims: readonly string[],
  since: string,
): ReviewMarker | undefined {
  const material = changes.filter((c) => c.material);
  if (!material.length) return undefined;
  return {
    reason: `Re-imported from a newer log: ${material.map((c) => c.what).join(', ')} changed. Review the claims resting on it, then remove this marker.`,
    since,
    ...(claims.length ? { claims: [...claims] } : {}),
    changes: material.map((c) => `${c.what}: ${c.from} -> ${c.to}`),
  };
}
