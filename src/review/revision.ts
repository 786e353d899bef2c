// A revision: an exact snapshot of a case (every module file, the evidence
// manifest with artefact hashes, the git commit when there is one), named by
// the SHA-256 of its canonical JSON. Pure: the shell reads the files and
// hashes the artefacts; this puts them in one order and names the result, so
// the same case gives the same id whoever pushes it, in whatever order.
import { canonicalDigest, sha256Hex } from '../record/digest.js';
import type { ReviewResult } from './result.js';
import { refuse } from './result.js';

export interface RevisionFile {
  readonly path: string;
  readonly sha256: string;
  readonly text: string;
}

export interface ManifestEntry {
  /** The evidence item. */
  readonly item: string;
  /** Its artefact's path or URI. */
  readonly uri: string;
  /** SHA-256 of the artefact as the pusher found it; null when it could not be read. */
  readonly sha256: string | null;
}

/** What the digest covers, in canonical order: files by path, manifest by item (one entry per item). */
export interface RevisionSnapshot {
  readonly caseId: string;
  readonly root: string;
  readonly files: readonly RevisionFile[];
  readonly evidence: readonly ManifestEntry[];
  readonly commit: string | null;
}

export interface Revision {
  /** canonicalDigest(snapshot). */
  readonly id: string;
  readonly snapshot: RevisionSnapshot;
}

/** A snapshot as sent: file hashes are optional (computed here, and checked when given). */
export interface RevisionInput {
  readonly caseId: string;
  readonly root: string;
  readonly files: readonly { readonly path: string; readonly text: string; readonly sha256?: string | undefined }[];
  readonly evidence: readonly ManifestEntry[];
  readonly commit: string | null;
}

/** The revision of a case snapshot, or a refusal naming the first file that makes it unusable. */
export function buildRevision(input: RevisionInput): ReviewResult<Revision> {
  const files: RevisionFile[] = [];
  const seen = new Set<string>();
  for (const file of input.files) {
    const bad = badPath(file.path);
    if (bad) return refuse('bad-path', `file "${file.path}": ${bad}`);
    if (seen.has(file.path)) return refuse('duplicate-path', `file "${file.path}" is listed twice`);
    seen.add(file.path);
    const sha256 = sha256Hex(file.text);
    if (file.sha256 !== undefined && file.sha256 !== sha256) {
      return refuse('hash-mismatch', `file "${file.path}": its text hashes to ${sha256}, not ${file.sha256}`);
    }
    files.push({ path: file.path, sha256, text: file.text });
  }
  if (!seen.has(input.root)) return refuse('missing-root', `the root file "${input.root}" is not among the files`);
  const items = new Set<string>();
  for (const entry of input.evidence) {
    if (items.has(entry.item)) return refuse('duplicate-item', `evidence item "${entry.item}" is listed twice`);
    items.add(entry.item);
  }
  const snapshot: RevisionSnapshot = {
    caseId: input.caseId,
    root: input.root,
    files: files.sort((a, b) => compare(a.path, b.path)),
    evidence: [...input.evidence].sort((a, b) => compare(a.item, b.item)),
    commit: input.commit,
  };
  return { ok: true, value: { id: revisionId(snapshot), snapshot } };
}

/** The id of a snapshot already in canonical order (as stored): recompute it to verify a stored revision. */
export function revisionId(snapshot: RevisionSnapshot): string {
  return canonicalDigest(snapshot);
}

/** Why a path cannot name a file inside the case, or undefined when it can. */
function badPath(path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'must be relative to the case root';
  if (path.includes('\\')) return 'must use "/" between folders';
  if (path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    return 'must not contain "..", "." or empty parts';
  }
  return undefined;
}

/** Code-unit order, the same as canonical JSON's member order: locale-free and stable. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
