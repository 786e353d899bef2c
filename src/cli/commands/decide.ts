// `warrant decide <case> --outcome ... --key <pem>`: sign a decision record of
// what was known when the decision was taken, file it under the case's
// decisions/ folder, append it to the case's Merkle log and sign the new
// checkpoint. `--cosign <record>` adds a signature to an existing record.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { caseStatus } from '../../analysis/status.js';
import { runCheck } from '../../check/run-check.js';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../model/vocab.js';
import { type Signer, signerFromPem } from '../../node/signing.js';
import { decisionStatement, statementBytes, undecidable } from '../../record/decision-record.js';
import { addSignature, envelopeText, IN_TOTO_PAYLOAD_TYPE, signEnvelope } from '../../record/dsse.js';
import {
  CHECKPOINT_PAYLOAD_TYPE,
  checkpointBytes,
  checkpointOf,
  logText,
  recordDigest,
} from '../../record/record-log.js';
import { writeFileAtomic } from '../atomic-write.js';
import { findRepo, inRepo, resolveCommit } from '../git-reader.js';
import { type Command, type Io, UsageError } from '../io.js';
import { shown } from './gsn2x-shell.js';
import {
  artefactDigests,
  buildGraph,
  CHECKPOINT_FILE,
  LOG_FILE,
  type LoadedCase,
  loadForRecord,
  readEnvelope,
  readLog,
  readText,
  ShellError,
  say,
} from './record-shell.js';

const NAME = 'warrant decide';

const usage = `Usage: warrant decide <case> --outcome <outcome> --key <private.pem> [options]
       warrant decide --cosign <record> --key <private.pem>

Sign a decision record (a DSSE envelope holding an in-toto Statement v1) of
the case as it stands: the git commit, the digest of the normalised case and
of each of its parts, every evidence artefact's SHA-256, the decision makers,
approvals, open defeaters, dissent, conditions, residual risk, expiry, a
summary of \`warrant check\` and \`warrant status\`, and the digest of the
previous record. The outcome must be the one the case's decision section
states. Writes decisions/NNNN-<outcome>.dsse.json beside the case's root file,
appends it to decisions/${LOG_FILE} (an RFC 6962 Merkle log) and signs
decisions/${CHECKPOINT_FILE}. docs/record.md explains every field.

Options:
  --outcome <o>      approve, approve-with-conditions, reject or defer
  --key <file>       The signer's Ed25519 private key (warrant keys generate)
  --as-of <date>     Judge check and status at this date (default: today)
  --at <time>        The decision time, ISO-8601 UTC (default: now)
  --no-git           Leave the git commit out of the subjects
  --cosign <record>  Add a signature by --key to an existing record

Exit codes: 0 written, 1 an artefact no longer matches the case, 2 the case
does not load, the outcome differs from the case, a file is unusable, or bad usage.`;

function readSigner(file: string, io: Io): Signer {
  const signer = signerFromPem(readText(path.resolve(io.cwd, file), io, 'the key'));
  if (typeof signer === 'string') throw new ShellError(`${file}: ${signer}.`);
  return signer;
}

function cosign(recordFile: string, keyFile: string, io: Io): number {
  const file = path.resolve(io.cwd, recordFile);
  const env = readEnvelope(file, io, 'the record');
  const signer = readSigner(keyFile, io);
  if (env.signatures.some((s) => s.keyid === signer.keyid)) {
    say(io, 'stderr', `${NAME}: ${shown(io, file)} is already signed by key ${signer.keyid}.\n`);
    return 2;
  }
  writeFileAtomic(file, envelopeText(addSignature(env, signer.keyid, signer.sign)));
  say(io, 'stdout', `Co-signed ${shown(io, file)} with key ${signer.keyid}.\n`);
  return 0;
}

function gitCommit(dir: string): string | undefined {
  if (!inRepo(dir)) return undefined;
  return resolveCommit(findRepo(dir), 'HEAD');
}

function facts(loaded: LoadedCase, io: Io, opts: { outcome: DecisionOutcome; asOf: string; at: string; git: boolean }) {
  const { c } = loaded;
  const graph = buildGraph(c);
  const diagnostics = runCheck(c, { asOf: opts.asOf, graph }).diagnostics;
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const status = caseStatus(c, graph, { asOf: opts.asOf });
  const log = readLog(loaded.decisions, io);
  return {
    log,
    facts: {
      outcome: opts.outcome,
      decidedAt: opts.at,
      asOf: opts.asOf,
      gitCommit: opts.git ? gitCommit(path.dirname(path.resolve(io.cwd, loaded.root))) : undefined,
      artefacts: artefactDigests(loaded, io),
      check: { errors: count('error'), warnings: count('warning'), infos: count('info') },
      status: {
        top: status.top,
        topStatus: status.top ? status.nodes.get(status.top)?.status : undefined,
        counts: { ...status.counts },
      },
      previous: log.at(-1)?.digest ?? null,
    },
  };
}

function decide(
  arg: string,
  keyFile: string,
  io: Io,
  opts: { outcome: DecisionOutcome; asOf: string; at: string; git: boolean },
): number {
  const loaded = loadForRecord(arg, io, NAME);
  const why = undecidable(loaded.c, opts.outcome);
  if (why) {
    say(io, 'stderr', `${NAME}: ${why}.\n`);
    return 2;
  }
  // The case first, then the key: a case that does not load is reported whatever the key.
  const signer = readSigner(keyFile, io);
  const { log, facts: f } = facts(loaded, io, opts);
  const payload = statementBytes(decisionStatement(loaded.c, f));
  const envelope = signEnvelope(IN_TOTO_PAYLOAD_TYPE, payload, signer.keyid, signer.sign);
  const name = `${String(log.length + 1).padStart(4, '0')}-${opts.outcome}.dsse.json`;
  const file = path.join(loaded.decisions, name);
  if (fs.existsSync(file))
    throw new ShellError(`${shown(io, file)} exists but is not in the log; move it aside first.`);
  const entries = [...log, { digest: recordDigest(payload), file: name }];
  const origin = `warrant-decisions:${loaded.c.header.value.id}`;
  const checkpoint = signEnvelope(
    CHECKPOINT_PAYLOAD_TYPE,
    checkpointBytes(checkpointOf(origin, entries)),
    signer.keyid,
    signer.sign,
  );
  // The record first, then the log, then the checkpoint: a crash between leaves a record the log does not yet hold.
  writeFileAtomic(file, envelopeText(envelope));
  writeFileAtomic(path.join(loaded.decisions, LOG_FILE), logText(entries));
  writeFileAtomic(path.join(loaded.decisions, CHECKPOINT_FILE), envelopeText(checkpoint));
  say(
    io,
    'stdout',
    `Wrote ${shown(io, file)}: ${opts.outcome}, record ${recordDigest(payload)}, entry ${entries.length} of the log.\n`,
  );
  return 0;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export const decideCommand: Command = {
  name: 'decide',
  usage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        outcome: { type: 'string' },
        key: { type: 'string' },
        'as-of': { type: 'string' },
        at: { type: 'string' },
        'no-git': { type: 'boolean' },
        cosign: { type: 'string' },
      },
    });
    if (!values.key) throw new UsageError('--key <private key file> is required.');
    try {
      if (values.cosign) {
        if (positionals.length || values.outcome) throw new UsageError('--cosign takes a record and --key only.');
        return cosign(values.cosign, values.key, io);
      }
      const outcome = values.outcome as DecisionOutcome | undefined;
      if (!outcome || !DECISION_OUTCOMES.includes(outcome))
        throw new UsageError(`--outcome must be one of ${DECISION_OUTCOMES.join(', ')}.`);
      if (positionals.length !== 1) throw new UsageError('name one case.');
      const asOf = values['as-of'] ?? io.today;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of must be a date, YYYY-MM-DD; got "${asOf}".`);
      const at = values.at ?? new Date().toISOString();
      if (!ISO_TIME.test(at))
        throw new UsageError(`--at must be an ISO-8601 UTC time (2026-12-07T10:00:00Z); got "${at}".`);
      return decide(positionals[0]!, values.key, io, { outcome, asOf, at, git: !values['no-git'] });
    } catch (e) {
      if (!(e instanceof ShellError)) throw e;
      say(io, 'stderr', `${NAME}: ${e.message}\n`);
      return e.message.startsWith('these artefacts') ? 1 : 2;
    }
  },
};
