// What `decide` and `record verify` share: loading the case, the decisions
// folder and its log, the keyring, and what the case and its artefacts hash to
// now. The shell reads and hashes; src/record decides.
import fs from 'node:fs';
import path from 'node:path';
import { type ArtefactCheck, verifyArtefacts } from '../../evidence/verify.js';
import { loadCase } from '../../format/load-case.js';
import type { Case } from '../../model/case.js';
import { buildGraph } from '../../model/graph.js';
import { boundaryOf } from '../../node/confine.js';
import { createFsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { escapeControl } from '../../output/text.js';
import type { ArtefactDigest } from '../../record/decision-record.js';
import { type DsseEnvelope, parseEnvelope } from '../../record/dsse.js';
import { type KeyringEntry, parseKeyring } from '../../record/keyring.js';
import { caseDigest, partDigests } from '../../record/normalised-case.js';
import { type LogEntry, parseLog } from '../../record/record-log.js';
import type { CaseNow } from '../../record/verify-record.js';
import { printDiagnostics } from '../diagnostics.js';
import { hashFile } from '../hash-file.js';
import type { Io } from '../io.js';
import { shown } from './gsn2x-shell.js';

export const LOG_FILE = 'log.txt';

/**
 * Print to stdout or stderr with every control character escaped (line feeds
 * kept): file names, keyring names and record contents are user text, and
 * these commands print them in plain sentences, not through `term`.
 */
export function say(io: Io, stream: 'stdout' | 'stderr', text: string): void {
  io[stream](escapeControl(text, true));
}

export const CHECKPOINT_FILE = 'checkpoint.dsse.json';

/** A failure the command reports on stderr and exits 2 for. */
export class ShellError extends Error {}

export interface LoadedCase {
  c: Case;
  root: string;
  /** The case's decisions folder: beside its root file. */
  decisions: string;
}

export function loadForRecord(arg: string, io: Io, command: string): LoadedCase {
  const root = resolveCaseRoot(path.resolve(io.cwd, arg), io.cwd);
  const loaded = loadCase(root, createFsReader(io.cwd));
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.case || errors.length) {
    printDiagnostics(io, errors, loaded.sources);
    throw new ShellError(`${command}: ${shown(io, root)} does not load; fix the errors above.`);
  }
  return { c: loaded.case, root, decisions: path.join(path.dirname(path.resolve(io.cwd, root)), 'decisions') };
}

export function readText(file: string, io: Io, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ShellError(`cannot read ${what} ${shown(io, file)} (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

export function readEnvelope(file: string, io: Io, what: string): DsseEnvelope {
  const parsed = parseEnvelope(readText(file, io, what));
  if (!parsed.ok) throw new ShellError(`${shown(io, file)}:1:1: not a DSSE envelope: ${parsed.reason}.`);
  return parsed.envelope;
}

export function readKeyring(file: string, io: Io): ReadonlyMap<string, KeyringEntry> {
  const r = parseKeyring(readText(file, io, 'the keyring'), shown(io, file));
  if (r.ok) return r.keys;
  for (const p of r.problems) say(io, 'stderr', `${p.file}:${p.line}:${p.col}: error: ${p.message}\n`);
  throw new ShellError(`the keyring ${shown(io, file)} is not valid; fix the errors above.`);
}

/** The log's entries; none when there is no log file yet. */
export function readLog(dir: string, io: Io): LogEntry[] {
  const file = path.join(dir, LOG_FILE);
  if (!fs.existsSync(file)) return [];
  const r = parseLog(readText(file, io, 'the decision log'));
  if (!r.ok) throw new ShellError(`${shown(io, file)}:${r.line}:1: ${r.reason}.`);
  return r.entries;
}

function artefactChecks(loaded: LoadedCase, io: Io): ArtefactCheck[] {
  const within = boundaryOf(path.resolve(io.cwd, loaded.root));
  // A remote artefact is not fetched: the digest the case records for it is what the decision rests on.
  return verifyArtefacts(loaded.c, (file) => hashFile(file, within)).map((c) => {
    const recorded = loaded.c.evidence.get(c.id)?.artefact?.sha256;
    return c.status === 'not-local' && recorded ? { ...c, expected: recorded } : c;
  });
}

const subjectName = (c: ArtefactCheck) => `evidence:${c.id}:${c.uri}`;

/** Every artefact's digest for a decision; throws naming each artefact that is missing, changed or unreadable. */
export function artefactDigests(loaded: LoadedCase, io: Io): ArtefactDigest[] {
  const out: ArtefactDigest[] = [];
  const bad: string[] = [];
  for (const c of artefactChecks(loaded, io)) {
    const sha256 =
      c.status === 'ok' || c.status === 'unhashed' ? c.actual : c.status === 'not-local' ? c.expected : undefined;
    if (sha256) out.push({ evidence: c.id, uri: c.uri, sha256 });
    else if (c.status !== 'not-local') bad.push(`${c.id} (${c.uri}): ${c.status}`);
  }
  if (bad.length)
    throw new ShellError(
      `these artefacts do not match the case, so no decision can rest on them:\n  ${bad.join('\n  ')}\n  (\`warrant evidence verify\` says more)`,
    );
  return out;
}

/** What the case and every artefact hash to now, for `record verify --case`. */
export function caseNow(loaded: LoadedCase, io: Io): CaseNow {
  const parts = partDigests(loaded.c);
  const artefacts = new Map<string, { sha256: string; remote: boolean } | { problem: string }>();
  for (const c of artefactChecks(loaded, io)) {
    // A changed artefact has a digest now: the comparison with what was signed names it.
    const sha256 = c.actual ?? (c.status === 'not-local' ? c.expected : undefined);
    const remote = c.status === 'not-local';
    artefacts.set(
      subjectName(c),
      sha256 ? { sha256, remote } : { problem: `${c.status}${c.detail ? ` (${c.detail})` : ''}` },
    );
  }
  return { caseDigest: caseDigest(parts), parts, artefacts };
}

export { buildGraph };
