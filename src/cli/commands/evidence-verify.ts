// `warrant evidence verify <case>`: re-hash every artefact the case points to.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type ArtefactCheck, VERIFY_CODES, verifyArtefacts, verifyFails } from '../../evidence/verify.js';
import { loadCase } from '../../format/load-case.js';
import { boundaryOf } from '../../node/confine.js';
import { createFsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { jsonDiagnostic } from '../../output/json.js';
import type { ShownDiagnostic } from '../../output/pretty.js';
import { term, termJoin } from '../../output/terminal.js';
import { jsonText } from '../../output/text.js';
import { VERSION } from '../../version.js';
import { diagnosticsJson, diagnosticsText, printDiagnostics } from '../diagnostics.js';
import { hashFile } from '../hash-file.js';
import { type Command, type Io, UsageError } from '../io.js';
import { shown } from './gsn2x-shell.js';

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

/** What an artefact check found, as a diagnostic (none for a match). */
function finding(c: ArtefactCheck): ShownDiagnostic | undefined {
  if (c.status === 'ok') return undefined;
  const info = VERIFY_CODES[c.status];
  const message =
    c.status === 'missing'
      ? `Artefact of ${c.id} is missing: ${c.uri} does not exist.`
      : c.status === 'changed'
        ? `Artefact of ${c.id} changed: ${c.uri} has sha256 ${String(c.actual)}, the case records ${String(c.expected)}.`
        : c.status === 'unreadable'
          ? `Artefact of ${c.id} cannot be checked: ${c.uri} ${String(c.detail)}.`
          : c.status === 'outside'
            ? `Artefact of ${c.id} is not checked: ${c.uri} ${String(c.detail)}.`
            : c.status === 'unhashed'
              ? `Artefact of ${c.id} has no sha256 in the case; ${c.uri} has sha256 ${String(c.actual)}.`
              : `Artefact of ${c.id} skipped: ${c.uri} is not a local file (${String(c.detail)}).`;
  return { code: info.code, severity: info.severity, file: c.file, line: c.line, col: c.col, message, hint: info.hint };
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
      // Under --format json the diagnostics are the result: the JSON document on stdout, in check's shape.
      if (format === 'json') io.stdout(diagnosticsJson(io, errors));
      else printDiagnostics(io, errors, loaded.sources);
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
          ...(finding(c) ? jsonDiagnostic({ ...finding(c)!, file: shown(io, c.file) }) : {}),
          file: shown(io, c.file),
          line: c.line,
          column: c.col,
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
    io.stdout(
      diagnosticsText(
        io,
        checks.flatMap((c) => finding(c) ?? []),
        loaded.sources,
      ),
    );
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
    const none = noArtefact
      ? term`; ${noArtefact} evidence item${noArtefact === 1 ? ' names' : 's name'} no artefact`
      : '';
    io.stdout(`${term`${shown(io, root)}: ${n} artefact${n === 1 ? '' : 's'} checked: ${termJoin(parts)}${none}.`}\n`);
    return fails ? 1 : 0;
  },
};
