// `warrant evidence verify`: does every artefact the case points to still
// exist with the digest the case records? Pure: the shell passes a function
// that hashes a local file.
//
// An artefact URI is local when it has no scheme, or the `file:` scheme. A
// relative path is taken from the directory of the case's root file (where
// `warrant evidence import` writes it from). Other schemes (s3:, https:, ...)
// cannot be checked without the network and are reported as skipped. The
// shell's hash function refuses a file outside the case's directory (or its
// repository) as `outside` (A06): it is neither hashed nor its digest printed.
import type { Case } from '../model/case.js';
import { descend } from '../model/loc.js';
import { posixPath as path } from '../util/posix-path.js';

export type HashResult =
  | { ok: true; sha256: string }
  | { ok: false; reason: 'missing' | 'unreadable' | 'outside'; detail: string };

export type ArtefactStatus = 'ok' | 'missing' | 'changed' | 'unhashed' | 'not-local' | 'unreadable' | 'outside';

/** Stable codes of the verify report, documented in docs/evidence.md. */
export const VERIFY_CODES = {
  missing: {
    code: 'A01',
    severity: 'error',
    hint: 'Restore the artefact at this path, or correct artefact.uri. Evidence whose artefact is gone cannot be re-checked by anyone.',
  },
  changed: {
    code: 'A02',
    severity: 'error',
    hint: 'The file is not the one the case cites. Restore the original, or re-import the new log with `warrant evidence import` so the change is shown and the claims resting on it are marked for review.',
  },
  unreadable: {
    code: 'A05',
    severity: 'error',
    hint: 'Make the artefact a readable regular file (not a directory, device, named pipe or socket).',
  },
  outside: {
    code: 'A06',
    severity: 'error',
    hint:
      "Only artefacts inside the case's directory, or its git repository, are re-hashed. Keep the artefact " +
      'there, or cite it by a non-local URI (s3:, https:) and check it where it is stored.',
  },
  unhashed: {
    code: 'A03',
    severity: 'warning',
    hint: 'Record its digest as artefact.sha256 (the digest is printed above) so a later change is detected.',
  },
  'not-local': {
    code: 'A04',
    severity: 'info',
    hint: 'Only local files are re-hashed; fetch the artefact and check it against artefact.sha256 where it is stored.',
  },
} as const satisfies Record<
  Exclude<ArtefactStatus, 'ok'>,
  { code: `A${number}`; severity: 'error' | 'warning' | 'info'; hint: string }
>;

/** A code of the verify report: A01 to A06. */
export type VerifyCode = (typeof VERIFY_CODES)[keyof typeof VERIFY_CODES]['code'];

export interface ArtefactCheck {
  /** Evidence item id. */
  id: string;
  uri: string;
  /** Where artefact.uri is written in the case. */
  file: string;
  line: number;
  col: number;
  status: ArtefactStatus;
  /** The local path checked (relative to the root file's directory as written, resolved). */
  path?: string;
  expected?: string;
  actual?: string;
  detail?: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The local path an artefact URI names, or its scheme when it is not local. */
export function artefactPath(root: string, uri: string): { path: string } | { scheme: string } {
  const m = SCHEME.exec(uri);
  // A one-letter "scheme" is a Windows drive letter, which is a local path.
  if (m && m[1]!.length > 1) {
    if (m[1]!.toLowerCase() !== 'file') return { scheme: m[1]!.toLowerCase() };
    let p = uri.slice(5);
    if (p.startsWith('//')) p = p.replace(/^\/\/[^/]*/, '');
    return { path: decodeURIComponent(p) };
  }
  return { path: path.isAbsolute(uri) ? uri : path.join(path.dirname(root), uri) };
}

/** Check every artefact of every evidence item, in case order. */
export function verifyArtefacts(c: Case, hash: (file: string) => HashResult): ArtefactCheck[] {
  const out: ArtefactCheck[] = [];
  for (const item of c.evidence.values()) {
    const a = item.artefact;
    if (!a) continue;
    const at = descend(item.pos, ['artefact', 'uri']);
    const base = { id: item.id, uri: a.uri, file: item.file, line: at.line, col: at.col };
    const where = artefactPath(c.root, a.uri);
    if ('scheme' in where) {
      out.push({ ...base, status: 'not-local', detail: `URI scheme ${where.scheme}:` });
      continue;
    }
    const h = hash(where.path);
    if (!h.ok) {
      out.push({
        ...base,
        path: where.path,
        status: h.reason,
        detail: h.detail,
        ...(a.sha256 ? { expected: a.sha256 } : {}),
      });
      continue;
    }
    if (!a.sha256) out.push({ ...base, path: where.path, status: 'unhashed', actual: h.sha256 });
    else if (a.sha256 !== h.sha256)
      out.push({ ...base, path: where.path, status: 'changed', expected: a.sha256, actual: h.sha256 });
    else out.push({ ...base, path: where.path, status: 'ok', expected: a.sha256, actual: h.sha256 });
  }
  return out;
}

/** True if the report must fail (exit 1): an artefact is missing, changed, unreadable or outside the case. */
export function verifyFails(checks: readonly ArtefactCheck[]): boolean {
  return checks.some(
    (c) => c.status === 'missing' || c.status === 'changed' || c.status === 'unreadable' || c.status === 'outside',
  );
}
