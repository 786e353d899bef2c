// `warrant record verify <record> --keyring <file> [--case <dir>]` and
// `warrant record show <record>`: check a decision record, and read one.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { verifyEd25519 } from '../../node/signing.js';
import { type DsseEnvelope, payloadBytes } from '../../record/dsse.js';
import { recordDigest } from '../../record/record-log.js';
import { showRecord } from '../../record/show-record.js';
import { readStatement, verifyRecord } from '../../record/verify-record.js';
import { type Command, type Io, UsageError } from '../io.js';
import { shown } from './gsn2x-shell.js';
import {
  CHECKPOINT_FILE,
  caseNow,
  loadForRecord,
  readEnvelope,
  readKeyring,
  readLog,
  ShellError,
  say,
} from './record-shell.js';

const verifyUsage = `Usage: warrant record verify <record> --keyring <file> [--case <dir>]

Verify a decision record: every signature against the keyring (at least one by
a decision maker), its entry in the decisions log beside it, the chain to the
record before it, and the signed checkpoint that includes it (an RFC 6962
inclusion proof). Given --case, also that the case and every evidence artefact
still hash to what was signed, naming each part and artefact that changed.

Options:
  --keyring <file>   The keyring (YAML) binding public keys to people and roles
  --case <dir>       The case to compare with what was signed

Exit codes: 0 every check passes, 1 a check fails (each is named), 2 a file is
unreadable, the keyring is invalid, or bad usage.`;

const showUsage = `Usage: warrant record show <record> [--format text|markdown]

Print a decision record: what was known when it was decided (case, outcome,
decision makers and conflicts, approvals, open defeaters, dissent verbatim,
conditions, residual risk, expiry, check and status summaries, subjects). It
does not verify the record: \`warrant record verify\` does.

Exit codes: 0 printed, 2 not a decision record, or bad usage.`;

function fail(io: Io, name: string, e: unknown): number {
  if (!(e instanceof ShellError)) throw e;
  say(io, 'stderr', `${name}: ${e.message}\n`);
  return 2;
}

function logBeside(
  file: string,
  io: Io,
): { entries: ReturnType<typeof readLog>; checkpoint?: DsseEnvelope; recordFile: string } | undefined {
  const dir = path.dirname(file);
  const entries = readLog(dir, io);
  if (entries.length === 0) return undefined;
  const cp = path.join(dir, CHECKPOINT_FILE);
  return {
    entries,
    recordFile: path.basename(file),
    ...(fs.existsSync(cp) ? { checkpoint: readEnvelope(cp, io, 'the checkpoint') } : {}),
  };
}

export const recordVerifyCommand: Command = {
  name: 'record verify',
  usage: verifyUsage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { keyring: { type: 'string' }, case: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('name one record.');
    if (!values.keyring) throw new UsageError('--keyring <file> is required.');
    try {
      const file = path.resolve(io.cwd, positionals[0]!);
      const envelope = readEnvelope(file, io, 'the record');
      const keys = readKeyring(path.resolve(io.cwd, values.keyring), io);
      const log = logBeside(file, io);
      const now = values.case ? caseNow(loadForRecord(values.case, io, 'warrant record verify'), io) : undefined;
      const verdict = verifyRecord({
        envelope,
        keys,
        verify: verifyEd25519,
        ...(log ? { log } : {}),
        ...(now ? { now } : {}),
      });
      for (const f of verdict.findings) say(io, 'stdout', `${f.ok ? 'ok  ' : 'FAIL'} ${f.check}: ${f.message}\n`);
      const failed = verdict.findings.filter((f) => !f.ok).length;
      say(
        io,
        'stdout',
        failed
          ? `${shown(io, file)}: ${failed} check${failed === 1 ? '' : 's'} failed.\n`
          : `${shown(io, file)}: verified (record ${verdict.digest}).\n`,
      );
      return failed ? 1 : 0;
    } catch (e) {
      return fail(io, 'warrant record verify', e);
    }
  },
};

export const recordShowCommand: Command = {
  name: 'record show',
  usage: showUsage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('name one record.');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'markdown')
      throw new UsageError(`--format must be text or markdown; got "${format}".`);
    try {
      const file = path.resolve(io.cwd, positionals[0]!);
      const envelope = readEnvelope(file, io, 'the record');
      const statement = readStatement(envelope);
      if (typeof statement === 'string') throw new ShellError(`${shown(io, file)}: ${statement}.`);
      say(io, 'stdout', showRecord(statement, recordDigest(payloadBytes(envelope)!), format));
      return 0;
    } catch (e) {
      return fail(io, 'warrant record show', e);
    }
  },
};
