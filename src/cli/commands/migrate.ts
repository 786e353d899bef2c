// `warrant migrate <case...>`: rewrite format-1 cases to format 2 in place,
// keeping comments; what it rewrites is in src/format/migrate.ts. Each case is
// migrated under its lock and written as one commit, like `evidence import`;
// and only when the migrated case loads cleanly and gives exactly the findings
// it gave before, so that migrating changes how a case is written, not what
// the checks say about it.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCheck } from '../../check/run-check.js';
import { type LoadResult, loadCase, type SourceReader } from '../../format/load-case.js';
import { MigrateError, type Migration, migrateRootText } from '../../format/migrate.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { FORMAT_VERSION } from '../../model/schema.js';
import { lockCase } from '../../node/case-lock.js';
import { commitFiles, pendingCommits, recoverCommits } from '../../node/commit-files.js';
import { createFsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { term, termBlock } from '../../output/terminal.js';
import { printDiagnostics } from '../diagnostics.js';
import { type Command, type Io, UsageError } from '../io.js';
import { lineDiff } from './evidence-import.js';
import { shown } from './gsn2x-shell.js';

const NAME = 'warrant migrate';
const BOM = '\uFEFF';

const usage = `Usage: warrant migrate <case...> [--dry-run]

Rewrite cases in format 1 (\`warrant: 1\`) to format ${FORMAT_VERSION}, in place. Only the
lines that change are rewritten; comments, blank lines and quoting stay.

What it rewrites, in the root file only (format ${FORMAT_VERSION} renames nothing):
  - the version line: warrant: 1 becomes warrant: ${FORMAT_VERSION};
  - each reviewer who does not say what they reviewed gets reviewed: whole-case,
    with a comment above reviewers: format 1 read them so, format ${FORMAT_VERSION} does not.
    Narrow each to the risks, claims or evidence they reviewed afterwards.

A case that does not load cleanly is not migrated. The migrated case must load
cleanly and give the same findings as before, or nothing is written. The case
is locked (.warrant.lock) while it is read and written, and its files are
written as one commit, as \`warrant evidence import\` does.

Options:
  --dry-run     Print what would change, as a diff; write nothing

Exit codes: 0 migrated (or already in format ${FORMAT_VERSION}), 2 a case could not be
migrated, or bad usage.`;

interface MigrateOptions {
  roots: string[];
  dryRun: boolean;
}

function options(argv: string[], io: Io): MigrateOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { 'dry-run': { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError('name at least one case to migrate.');
  return {
    roots: positionals.map((p) => resolveCaseRoot(path.resolve(io.cwd, p), io.cwd)),
    dryRun: values['dry-run'] === true,
  };
}

export const migrateCommand: Command = {
  name: 'migrate',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const o = options(argv, io);
    let code = 0;
    for (const root of o.roots) code = Math.max(code, await migrateOne(io, root, o.dryRun));
    return code;
  },
};

/** Migrate one case under its lock (a dry run takes none); the exit code. */
async function migrateOne(io: Io, root: string, dryRun: boolean): Promise<number> {
  const caseDir = path.dirname(root);
  const show = (f: string) => shown(io, f);
  const note = (line: string) => io.stderr(`${term`${NAME}: note: ${line}`}\n`);
  if (dryRun) {
    for (const j of pendingCommits(caseDir))
      note(`${show(j)} records a write under way or interrupted; the case is read as it is now.`);
    return plan(io, root, true);
  }
  const locked = fs.existsSync(caseDir) ? await lockCase(caseDir, { command: NAME, note, show }) : undefined;
  if (locked && !locked.ok) {
    io.stderr(`${term`${NAME}: ${show(root)}: ${locked.message}; nothing was written.`}\n`);
    return 2;
  }
  try {
    const recovered = recoverCommits(caseDir, { show });
    for (const n of recovered.notes) note(n);
    if (recovered.failed) {
      io.stderr(`${term`${NAME}: ${show(root)}: ${recovered.failed}; nothing was written.`}\n`);
      return 2;
    }
    return plan(io, root, false);
  } finally {
    locked?.lock.release();
  }
}

/** Load, migrate, verify, then write (or, in a dry run, show) one case. */
function plan(io: Io, root: string, dryRun: boolean): number {
  const fail = (why: string) => {
    io.stderr(`${term`${NAME}: ${shown(io, root)}: ${why}; nothing was written.`}\n`);
    return 2;
  };
  const before = loadCase(root, createFsReader(io.cwd));
  if (!loadsCleanly(before)) {
    printDiagnostics(io, errorsOf(before), before.sources);
    return fail('the case does not load cleanly: fix the errors above first');
  }
  const raw = fs.readFileSync(path.resolve(io.cwd, root), 'utf8');
  const bom = raw.startsWith(BOM) ? BOM : '';
  let m: Migration;
  try {
    m = migrateRootText(raw.slice(bom.length), shown(io, root));
  } catch (e) {
    if (e instanceof MigrateError) return fail(e.message);
    throw e;
  }
  if (m.changes.length === 0) {
    io.stdout(`${term`${shown(io, root)}: already in format ${FORMAT_VERSION}; nothing to do.`}\n`);
    return 0;
  }
  const text = bom + m.text;
  const after = loadCase(root, overlay(createFsReader(io.cwd), path.normalize(root), text));
  const changed = changedFindings(io, before, after);
  if (changed) return fail(changed);
  io.stdout(
    `${term`${shown(io, root)}: format 1 -> ${FORMAT_VERSION}`}\n${m.changes.map((c) => `${term`  ${c}`}\n`).join('')}`,
  );
  if (dryRun) {
    const diff = termBlock(lineDiff(raw, text).replace(/\n$/, ''));
    io.stdout(`Dry run: nothing was written. The change would be:\n${term`--- ${shown(io, root)}`}\n${diff}\n`);
    return 0;
  }
  const committed = commitFiles([{ path: path.resolve(io.cwd, root), text }], {
    journalDir: path.resolve(io.cwd, path.dirname(root)),
    command: NAME,
    show: (f) => shown(io, f),
  });
  for (const n of committed.notes) io.stderr(`${term`${NAME}: note: ${n}`}\n`);
  if (!committed.ok) {
    io.stderr(`${term`${NAME}: ${committed.message}${committed.changed ? '.' : '; nothing was written.'}`}\n`);
    return 2;
  }
  io.stderr(`${term`Wrote ${shown(io, root)}.`}\n`);
  return 0;
}

function errorsOf(r: LoadResult): Diagnostic[] {
  return r.diagnostics.filter((d) => d.severity === 'error');
}

function loadsCleanly(r: LoadResult): boolean {
  return !r.fatal && r.case !== undefined && errorsOf(r).length === 0;
}

/** The reader, except that `file` reads as `text`. */
function overlay(reader: SourceReader, file: string, text: string): SourceReader {
  return { read: (f, max, scope) => (path.normalize(f) === file ? { ok: true, text } : reader.read(f, max, scope)) };
}

/**
 * Why the migrated case cannot be written: it does not load cleanly, still
 * carries the format-1 note, or its findings (today) differ from the case's
 * before; undefined when it is sound. Lines move, so findings are compared by
 * code, target and message.
 */
function changedFindings(io: Io, before: LoadResult, after: LoadResult): string | undefined {
  if (!loadsCleanly(after)) {
    printDiagnostics(io, errorsOf(after), after.sources);
    return 'internal: the migrated case does not load; please report this with the file';
  }
  if (after.diagnostics.some((d) => d.code === 'L22')) return 'internal: the migrated case is still read as format 1';
  const findings = (r: LoadResult) =>
    [...r.diagnostics.filter((d) => d.code !== 'L22'), ...runCheck(r.case!, { asOf: io.today }).diagnostics]
      .map((d) => `${d.severity} ${d.code} @ ${d.target ?? '-'}: ${d.message}`)
      .sort();
  const was = findings(before);
  const now = findings(after);
  const gone = was.filter((f) => !now.includes(f));
  const added = now.filter((f) => !was.includes(f));
  if (!gone.length && !added.length) return undefined;
  for (const f of gone) io.stderr(`${term`${NAME}: finding lost: ${f}`}\n`);
  for (const f of added) io.stderr(`${term`${NAME}: finding added: ${f}`}\n`);
  return 'internal: migrating would change the findings above; please report this with the file';
}
