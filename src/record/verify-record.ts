// Verifying a decision record, pure: its signatures against the keyring, its
// place in the case's log and the chain to the record before it, the signed
// checkpoint covering it, and (given what the case and its artefacts hash to
// now) whether what was signed still holds, naming each part that changed.
// The shell reads the files and hashes the artefacts; signature checking is
// injected (verifyEd25519 in src/node/signing.ts).
import { DECISION_PREDICATE_TYPE, type DecisionStatement, STATEMENT_TYPE } from './decision-record.js';
import {
  checkSignatures,
  type DsseEnvelope,
  IN_TOTO_PAYLOAD_TYPE,
  payloadBytes,
  type VerifySignature,
} from './dsse.js';
import type { KeyringEntry } from './keyring.js';
import { inclusionProof, verifyInclusion } from './merkle.js';
import { changedParts } from './normalised-case.js';
import {
  CHECKPOINT_PAYLOAD_TYPE,
  fromHex,
  type LogEntry,
  logLeaves,
  parseCheckpoint,
  recordDigest,
} from './record-log.js';

export type CheckName = 'payload' | 'signature' | 'log' | 'chain' | 'checkpoint' | 'case' | 'artefact';

export interface Finding {
  readonly check: CheckName;
  readonly ok: boolean;
  readonly message: string;
}

/** What the case and its artefacts hash to now (given --case). */
export interface CaseNow {
  readonly caseDigest: string;
  readonly parts: Record<string, string>;
  /** By subject name ("evidence:<id>:<uri>"): the digest now, or why there is none. */
  readonly artefacts: ReadonlyMap<string, { sha256: string; remote?: boolean } | { problem: string }>;
}

export interface VerifyInput {
  readonly envelope: DsseEnvelope;
  readonly keys: ReadonlyMap<string, KeyringEntry>;
  readonly verify: VerifySignature;
  /** The log beside the record, and the record's file name (the log names each record's file). */
  readonly log?: {
    readonly entries: readonly LogEntry[];
    readonly checkpoint?: DsseEnvelope;
    readonly recordFile: string;
  };
  readonly now?: CaseNow;
}

export interface Verdict {
  readonly ok: boolean;
  readonly digest?: string;
  readonly statement?: DecisionStatement;
  readonly findings: readonly Finding[];
}

/** The statement an envelope carries, or why it carries none. */
export function readStatement(env: DsseEnvelope): DecisionStatement | string {
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return `payloadType is "${env.payloadType}", not ${IN_TOTO_PAYLOAD_TYPE}`;
  const bytes = payloadBytes(env);
  if (!bytes) return 'the payload is not base64';
  let s: Partial<DecisionStatement>;
  try {
    s = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return 'the payload is not UTF-8 JSON';
  }
  if (s?._type !== STATEMENT_TYPE) return `the payload is not an in-toto Statement v1 (_type ${String(s?._type)})`;
  if (s.predicateType !== DECISION_PREDICATE_TYPE || typeof s.predicate !== 'object' || !Array.isArray(s.subject))
    return `the statement is not a Warrant decision record (predicateType ${String(s.predicateType)})`;
  return s as DecisionStatement;
}

function signatureFindings(input: VerifyInput): Finding[] {
  const out: Finding[] = [];
  const checks = checkSignatures(input.envelope, (k) => input.keys.get(k)?.publicKeyPem, input.verify);
  for (const c of checks) {
    const who = input.keys.get(c.keyid);
    const by = who ? `${who.name} (${who.roles.join(', ')})` : `key ${c.keyid.slice(0, 16)}...`;
    const message =
      c.result === 'valid'
        ? `signed by ${by}`
        : c.result === 'unknown-key'
          ? `a signature by key ${c.keyid} is not in the keyring`
          : `the signature by ${by} does not verify${c.result === 'malformed' ? ' (not base64)' : ''}`;
    out.push({ check: 'signature', ok: c.result === 'valid', message });
  }
  const makers = checks.filter(
    (c) => c.result === 'valid' && input.keys.get(c.keyid)?.roles.includes('decision-maker'),
  );
  if (makers.length === 0)
    out.push({ check: 'signature', ok: false, message: 'no valid signature by a decision maker' });
  return out;
}

function logFindings(digest: string, previous: string | null, input: VerifyInput): Finding[] {
  const log = input.log;
  if (!log) return [{ check: 'log', ok: false, message: 'no decision log beside the record' }];
  const index = log.entries.findIndex((e) => e.digest === digest);
  if (index < 0) return [{ check: 'log', ok: false, message: `the record (${digest}) is not in the log` }];
  const named = log.entries[index]!.file;
  const out: Finding[] = [
    named === log.recordFile
      ? { check: 'log', ok: true, message: `entry ${index + 1} of ${log.entries.length} in the log` }
      : {
          check: 'log',
          ok: false,
          message: `entry ${index + 1} of the log names the file ${named}, not ${log.recordFile}`,
        },
  ];
  const before = index === 0 ? null : log.entries[index - 1]!.digest;
  out.push(
    before === previous
      ? { check: 'chain', ok: true, message: previous ? `follows ${previous}` : 'the first record of this case' }
      : {
          check: 'chain',
          ok: false,
          message: `the record names ${previous ?? 'no previous record'} as previous, the log has ${before ?? 'none'}`,
        },
  );
  out.push(checkpointFinding(index, input, log.entries, log.checkpoint));
  return out;
}

function checkpointFinding(
  index: number,
  input: VerifyInput,
  entries: readonly LogEntry[],
  env: DsseEnvelope | undefined,
): Finding {
  const fail = (message: string): Finding => ({ check: 'checkpoint', ok: false, message });
  if (!env) return fail('no signed checkpoint beside the log');
  const bytes = payloadBytes(env);
  const cp = env.payloadType === CHECKPOINT_PAYLOAD_TYPE && bytes ? parseCheckpoint(bytes) : undefined;
  if (!cp) return fail('the checkpoint is not a Warrant checkpoint');
  const sigs = checkSignatures(env, (k) => input.keys.get(k)?.publicKeyPem, input.verify);
  if (sigs.length === 0 || sigs.some((s) => s.result !== 'valid'))
    return fail('the checkpoint is not signed, or a signature on it does not verify against the keyring');
  if (cp.size > entries.length) return fail(`the checkpoint covers ${cp.size} entries; the log has ${entries.length}`);
  if (index >= cp.size) return fail(`the checkpoint (size ${cp.size}) does not cover entry ${index + 1}`);
  const leaves = logLeaves(entries.slice(0, cp.size));
  const proof = inclusionProof(index, leaves);
  if (!verifyInclusion(index, cp.size, leaves[index]!, proof, fromHex(cp.root)))
    return fail(`the log's entries do not hash to the checkpoint's root ${cp.root}`);
  return {
    check: 'checkpoint',
    ok: true,
    message: `included in the signed checkpoint of size ${cp.size}, root ${cp.root}`,
  };
}

function caseFindings(s: DecisionStatement, now: CaseNow): Finding[] {
  const out: Finding[] = [];
  const signed = s.predicate.case;
  if (signed.digest === now.caseDigest) out.push({ check: 'case', ok: true, message: `case ${signed.id} unchanged` });
  else {
    const changes = changedParts(signed.parts ?? {}, now.parts);
    for (const c of changes)
      out.push({ check: 'case', ok: false, message: `${c.part}: ${c.change} since the record was signed` });
    if (changes.length === 0)
      out.push({ check: 'case', ok: false, message: `case ${signed.id} no longer hashes to ${signed.digest}` });
  }
  for (const subject of s.subject) {
    if (!subject.name.startsWith('evidence:') || !('sha256' in subject.digest)) continue;
    const got = now.artefacts.get(subject.name);
    const name = subject.name.slice('evidence:'.length);
    if (!got) out.push({ check: 'artefact', ok: false, message: `${name}: no longer cited by the case` });
    else if ('problem' in got) out.push({ check: 'artefact', ok: false, message: `${name}: ${got.problem}` });
    else if (got.sha256 !== subject.digest.sha256)
      out.push({
        check: 'artefact',
        ok: false,
        message: `${name}: now ${got.sha256}, signed ${subject.digest.sha256}`,
      });
    else {
      const how = got.remote ? 'the case still records the signed digest (remote: not fetched)' : 'unchanged';
      out.push({ check: 'artefact', ok: true, message: `${name}: ${how}` });
    }
  }
  return out;
}

/** Every check on a record, each with its result. */
export function verifyRecord(input: VerifyInput): Verdict {
  const statement = readStatement(input.envelope);
  if (typeof statement === 'string')
    return { ok: false, findings: [{ check: 'payload', ok: false, message: statement }] };
  const digest = recordDigest(payloadBytes(input.envelope)!);
  const findings = [
    ...signatureFindings(input),
    ...logFindings(digest, statement.predicate.previous ?? null, input),
    ...(input.now ? caseFindings(statement, input.now) : []),
  ];
  return { ok: findings.every((f) => f.ok), digest, statement, findings };
}
