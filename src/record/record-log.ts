// The decision log of one case: every record's digest, in the order the
// records were made, as an RFC 6962 Merkle tree, with a signed checkpoint of
// its size and root. A record's digest is the SHA-256 of its payload bytes
// (the signed statement), so co-signing a record does not change its place in
// the log or the chain. The log file is text, one entry a line:
// "<sha256 hex> <record file name>", kept in git beside the records.
import { sha256 } from '../util/sha256.js';
import { canonicalJson } from './canonical-json.js';
import { toHex } from './digest.js';
import { type Hash, leafHash, treeHead } from './merkle.js';

export const CHECKPOINT_PAYLOAD_TYPE = 'application/vnd.warrant.checkpoint+json';

export interface LogEntry {
  /** The record's digest: SHA-256 of its payload bytes, hex. */
  readonly digest: string;
  /** The record's file name in the decisions folder. */
  readonly file: string;
}

export interface Checkpoint {
  /** Which log: "warrant-decisions:<case id>". */
  readonly origin: string;
  readonly size: number;
  /** The tree head of the first `size` entries, hex. */
  readonly root: string;
}

/** The digest that names a record: SHA-256 of its payload bytes. */
export function recordDigest(payload: Uint8Array): string {
  return toHex(sha256(payload));
}

const LINE = /^([0-9a-f]{64}) ([A-Za-z0-9._-]+)$/;

/** The entries of a log file, or the first line that is not an entry. */
export function parseLog(
  text: string,
): { ok: true; entries: LogEntry[] } | { ok: false; line: number; reason: string } {
  const entries: LogEntry[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [i, line] of lines.entries()) {
    const m = LINE.exec(line);
    if (!m) return { ok: false, line: i + 1, reason: 'expected "<sha256 hex> <record file name>"' };
    entries.push({ digest: m[1]!, file: m[2]! });
  }
  return { ok: true, entries };
}

export function logText(entries: readonly LogEntry[]): string {
  return entries.map((e) => `${e.digest} ${e.file}\n`).join('');
}

function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
}

/** The Merkle leaf of each entry: the leaf input is the record digest's 32 bytes. */
export function logLeaves(entries: readonly LogEntry[]): Hash[] {
  return entries.map((e) => leafHash(fromHex(e.digest)));
}

/** The checkpoint of a log as it stands. */
export function checkpointOf(origin: string, entries: readonly LogEntry[]): Checkpoint {
  return { origin, size: entries.length, root: toHex(treeHead(logLeaves(entries))) };
}

export function checkpointBytes(c: Checkpoint): Uint8Array {
  return new TextEncoder().encode(canonicalJson(c));
}

/** A checkpoint read from its payload bytes, or undefined when it is not one. */
export function parseCheckpoint(payload: Uint8Array): Checkpoint | undefined {
  try {
    const v = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload)) as Partial<Checkpoint>;
    if (typeof v.origin !== 'string' || !Number.isSafeInteger(v.size) || (v.size ?? -1) < 0) return undefined;
    if (typeof v.root !== 'string' || !/^[0-9a-f]{64}$/.test(v.root)) return undefined;
    return { origin: v.origin, size: v.size!, root: v.root };
  } catch {
    return undefined;
  }
}

export { fromHex };
