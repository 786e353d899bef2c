// `warrant evidence verify <case>`: re-hash every artefact the case points to.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type ArtefactCheck, VERIFY_CODES, verifyArtefacts, verifyFails } from '../../evidence/verify.js';
import { loadCase } from '../../format/load-case.js';
import { boundaryOf } from '../../node/confine.js';
import { createFsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { term, termJoin } from '../../output/terminal.js';
import { jsonText } from '../../output/text.js';
import { VERSION } from '../../version.js';
import { hashFile } from '../hash-file.js';
import { type Command, type Io, UsageError } from '../io.js';
import { printDiagnostics, shown } from './gsn2x-shell.js';

const NAME = 'warrant evidence verify';

const usage = `Usage: warrant evidence verify [case] [--format pretty|json]

Re-hash every artefact the case's evidence points to (artefact.uri) and compare
it with the digest the case records (artefact.sha256). A relative URI is taken
from the directory of the case's root file; file: URIs are local too. Other
URIs (s3:, https:, ...) are not fetched: they are listed as skipped.

Reported per artefact: A01 missing, A02 changed (digest differs), A05
unreadable (or not a regular file), A06 outside the case's directory or its
git repository (not hashed), A03 unhashed (no sha256 recorded; its digest is
printed), A04 not a local file (skipped). The case defaults to the current
directory.

Options:
  --format <pretty|json>   Output format (default: pretty)

Exit codes: 0 every local artefact present and matching, 1 an artefact missing,
changed, unreadable or outside the case, 2 the case does not load or bad usage.`;

function line(io: Io, c: ArtefactCheck): string {
  if (c.status === 'ok') return '';
  const info = VERIFY_CODES[c.status];
  const what =
    c.status === 'missing'
      ? term`artefact of ${c.id} is missing: ${c.uri} does not exist.`
      : c.status === 'changed'
        ? term`artefact of ${c.id} changed: ${c.uri} has sha256 ${String(c.actual)}, the case records ${String(c.expected)}.`
        : c.status === 'unreadable'
          ? term`artefact of ${c.id} cannot be checked: ${c.uri} ${String(c.detail)}.`
          : c.status === 'outside'
            ? term`artefact of ${c.id} is not checked: ${c.uri} ${String(c.detail)}.`
            : c.status === 'unhashed'
              ? term`artefact of ${c.id} has no sha256 in the case; ${c.uri} has sha256 ${String(c.actual)}.`
              : term`artefact of ${c.id} skipped: ${c.uri} is not a local file (${String(c.detail)}).`;
  const where = term`${shown(io, c.file)}:${c.line}:${c.col}`;
  return `${term`${where}: ${info.severity} ${info.code}: ${what}\n  hint: ${info.hint}`}\n`;
}

export const evidenceVerifyCommand: Command = {
  name: 'evidence verify',
  usage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' } },
    });
    const format = values.format ?? 'pretty';
    if (format !== 'pretty' && format !== 'json')
      throw new UsageError(`--format must be pretty or json; got "${format}".`);
    if (positionals.length > 1) throw new UsageError('name one case.');
    const root = resolveCaseRoot(path.resolve(io.cwd, positionals[0] ?? '.'), io.cwd);
    const loaded = loadCase(root, createFsReader(io.cwd));
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (!loaded.case || errors.length) {
      printDiagnostics(io, '', errors);
      io.stderr(`${NAME}: the case does not load; fix the errors above.\n`);
      return 2;
    }
    // Artefacts are hashed only inside the case's directory or repository, as includes are read.
    const within = boundaryOf(path.resolve(io.cwd, root));
    const checks = verifyArtefacts(loaded.case, (file) => hashFile(file, within));
    const count = (s: ArtefactCheck['status']) => checks.filter((c) => c.status === s).length;
    const noArtefact = [...loaded.case.evidence.values()].filter((e) => !e.artefact).length;
    const fails = verifyFails(checks);
    if (format === 'json') {
      const report = {
        tool: { name: 'warrant', version: VERSION },
        case: shown(io, root),
        artefacts: checks.map((c) => ({
          id: c.id,
          uri: c.uri,
          status: c.status,
          ...(c.status !== 'ok' ? { code: VERIFY_CODES[c.status].code } : {}),
          file: shown(io, c.file),
          line: c.line,
          col: c.col,
          ...(c.expected ? { expected: c.expected } : {}),
          ...(c.actual ? { actual: c.actual } : {}),
          ...(c.detail && (c.status === 'unreadable' || c.status === 'outside') ? { reason: c.detail } : {}),
        })),
        summary: {
          ok: count('ok'),
          missing: count('missing'),
          changed: count('changed'),
          unreadable: count('unreadable'),
          outside: count('outside'),
          unhashed: count('unhashed'),
          skipped: count('not-local'),
          without_artefact: noArtefact,
        },
      };
      io.stdout(`${jsonText(report, 2)}\n`);
      return fails ? 1 : 0;
    }
    for (const c of checks) io.stdout(line(io, c));
    const parts = [`${count('ok')} matching`];
    for (const [s, word] of [
      ['missing', 'missing'],
      ['changed', 'changed'],
      ['unreadable', 'unreadable'],
      ['outside', 'outside the case'],
      ['unhashed', 'without a digest'],
      ['not-local', 'skipped (not local files)'],
    ] as const) {
      const n = count(s);
      if (n) parts.push(`${n} ${word}`);
    }
    const n = checks.length;
    const none = noArtefact ? term`; ${noArtefact} evidence item${noArtefact === 1 ? '' : 's'} name no artefact` : '';
    io.stdout(`${term`${shown(io, root)}: ${n} artefact${n === 1 ? '' : 's'} checked: ${termJoin(parts)}${none}.`}\n`);
    return fails ? 1 : 0;
  },
};
