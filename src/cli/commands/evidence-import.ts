// `warrant evidence import <log...> --case <case> --into <file>`: evaluation
// logs to evidence items in the case, all or nothing, written atomically.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { EvalRun } from '../../evidence/eval-run.js';
import { readEvalLog } from '../../evidence/read-log.js';
import { chooseIds, type IdChoice } from '../../evidence/write/evidence-ids.js';
import { type ImportPlan, type ImportRequest, type PlannedItem, planImport } from '../../evidence/write/plan.js';
import { EVIDENCE_KINDS, POLARITIES, SOURCE_TYPES, TIERS } from '../../model/vocab.js';
import { lockCase } from '../../node/case-lock.js';
import { commitFiles, pendingCommits, recoverCommits } from '../../node/commit-files.js';
import { createFsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { type TermText, type TermValue, term, termBlock, termJoin, termLines } from '../../output/terminal.js';
import { jsonText } from '../../output/text.js';
import { diagnosticsJson, printDiagnostics } from '../diagnostics.js';
import { type Command, type Io, UsageError } from '../io.js';
import { dateOption, oneOf } from '../options.js';
import { progressOf } from '../progress.js';
import { shown } from './gsn2x-shell.js';

const NAME = 'warrant evidence import';

const usage = `Usage: warrant evidence import <log...> [--case <case>] [--into <file>] [options]

Turn evaluation logs (Inspect .json and .eval, lm-evaluation-harness results
JSON) into evidence items of a case, one item per evaluated task. Each item
records the run's provenance (framework and version, task and registry name,
requested model and the snapshot the provider reported, solver plan, tools,
git revision, times, sample counts, every score, run status) and the log's
sha256, with the log's path, relative to the case, as its artefact.

New items go into the evidence module file --into names (created if missing,
and included from the case's root file if it is not yet). An id already in the
case is a re-import: the item is updated where it is, what changed is shown,
and when the result, snapshot, sample counts or status changed, the item gets
a review marker naming the claims that rest on it.

All or nothing: every log is read and checked first; if any cannot be read or
turned into evidence, or the case would not load afterwards, nothing is written.
The case is locked (.warrant.lock in its directory) while it is read, checked
and written: a second import waits up to 10 s. Its files are written as one
commit: all of them, or none; a write interrupted by a kill is finished or
undone by the next import, before it reads the case.

Options:
  --case <path>            The case: a root file or a directory holding warrant.yaml (default: .)
  --into <file>            Evidence module file for new items, relative to the case's directory
  --id <id>                Evidence id: once per run, in order; or once for several
                           runs, as a prefix to each task's name. Default: ev-<task>;
                           runs whose tasks repeat get the run's date added
                           (ev-<task>-<YYYY-MM-DD>), else its run id, else 1, 2, ...
  --id-template <t>        Ids from each run's fields: {task}, {date}, {run} (the
                           first 8 characters of the run id), {model}, {n} (the
                           run's place in the list), e.g. "ev-{task}-{run}"
  --polarity <p>           Which way the result points: ${POLARITIES.join(', ')}.
                           Required for a new item (a score does not say whether it supports
                           the claim it is cited for); a re-import keeps the item's polarity.
  --produced-by <text>     Who produced the evaluation. Required for a new item; kept on re-import.
  --kind <kind>            Evidence kind (default capability-evaluation)
  --source-type <type>     Source type (default internal-test)
  --tier <tier>            Publication tier: ${TIERS.join(', ')}
  --date <YYYY-MM-DD>      When the evaluation ran, for logs that record no date
                           (older lm-evaluation-harness files); a log's own date wins
  --metric <name>          The headline metric, "<metric>" or "<score>/<metric>"
                           (default: the first score's first metric that is not a stderr)
  --dry-run                Print the files that would be written; write nothing
  --format <pretty|json>   Report format (default: pretty)

Exit codes: 0 imported, 2 a log could not be read or imported, the case does
not load, or bad usage (nothing is written).`;

function describeItem(io: Io, p: PlannedItem, why: string | undefined): string {
  const r = p.item.result;
  const what: TermValue[] = [p.item.title];
  if (r) {
    const value = r.value !== undefined ? term` = ${r.value}` : '';
    const n = r.sample_size;
    const on = n !== undefined ? term` on ${n} sample${n === 1 ? '' : 's'}` : '';
    what.push(term`${r.metric}${value}${on}`);
  }
  what.push(term`measured build ${String(p.item.measured?.build)}`);
  const lines: TermText[] = [term`${p.id}: ${p.action} in ${shown(io, p.file)} (${termJoin(what, '; ')})`];
  if (why) lines.push(term`  id: from ${why}`);
  for (const c of p.changes) lines.push(term`  ${c.material ? 'changed' : 'also'}: ${c.what}: ${c.from} -> ${c.to}`);
  if (p.review && p.action !== 'unchanged') {
    lines.push(term`  review: ${p.review.reason}`);
    if (p.review.claims?.length)
      lines.push(term`  claims resting on it, marked for review: ${termJoin(p.review.claims)}`);
  }
  for (const w of p.warnings) lines.push(term`  warning: ${termBlock(w, '    ')}`);
  return termLines(lines);
}

function jsonReport(
  io: Io,
  plan: Extract<ImportPlan, { ok: true }>,
  dryRun: boolean,
  idRules: ReadonlyMap<string, IdChoice>,
): string {
  return `${jsonText(
    {
      dry_run: dryRun,
      items: plan.items.map((p) => ({
        id: p.id,
        ...(idRules.has(p.id) ? { id_rule: idRules.get(p.id)!.rule } : {}),
        file: shown(io, p.file),
        action: p.action,
        changes: p.changes,
        ...(p.review && p.action !== 'unchanged' ? { review: p.review } : {}),
        warnings: p.warnings,
        item: p.item,
      })),
      files: plan.files.map((f) => ({ path: shown(io, f.path), created: f.created })),
      ...(plan.includeAdded ? { include_added: plan.includeAdded } : {}),
    },
    2,
  )}\n`;
}

function fsReadText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The changed region of a file as one hunk: lines before and after it that did
 * not change are left out; inside it, a line-by-line diff (longest common
 * subsequence) marks lines removed "-", added "+" and kept " ".
 */
export function lineDiff(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const out = [`@@ line ${start + 1} @@`];
  if (x.length * y.length > 4_000_000) {
    for (const l of x) out.push(`-${l}`);
    for (const l of y) out.push(`+${l}`);
    return `${out.join('\n')}\n`;
  }
  // lcs[i][j]: length of the longest common subsequence of x[i..] and y[j..].
  const w = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * w);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i * w + j] =
        x[i] === y[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      out.push(` ${x[i]}`);
      i++;
      j++;
    } else if (i < x.length && (j === y.length || lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) out.push(`-${x[i++]}`);
    else out.push(`+${y[j++]}`);
  }
  return `${out.join('\n')}\n`;
}

interface ImportOptions {
  logs: string[];
  format: 'pretty' | 'json';
  dryRun: boolean;
  ids: string[];
  idTemplate?: string;
  /** The case's root file and the module new items go to, both absolute. */
  root: string;
  into: string | undefined;
  item: ImportRequest['options'];
}

function importOptions(argv: string[], io: Io): ImportOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      case: { type: 'string' },
      into: { type: 'string' },
      id: { type: 'string', multiple: true },
      'id-template': { type: 'string' },
      polarity: { type: 'string' },
      'produced-by': { type: 'string' },
      kind: { type: 'string' },
      'source-type': { type: 'string' },
      tier: { type: 'string' },
      metric: { type: 'string' },
      date: { type: 'string' },
      'dry-run': { type: 'boolean' },
      format: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('name at least one evaluation log to import.');
  const format = values.format ?? 'pretty';
  if (format !== 'pretty' && format !== 'json')
    throw new UsageError(`--format must be pretty or json; got "${format}".`);
  const polarity = oneOf(values.polarity, POLARITIES, '--polarity');
  const kind = oneOf(values.kind, EVIDENCE_KINDS, '--kind');
  const sourceType = oneOf(values['source-type'], SOURCE_TYPES, '--source-type');
  const tier = oneOf(values.tier, TIERS, '--tier');
  const producedBy = values['produced-by'];
  if (producedBy !== undefined && producedBy.trim() === '') throw new UsageError('--produced-by must name someone.');
  if (values.date !== undefined) dateOption(values.date, values.date, '--date');
  if (values.into !== undefined && !/\.ya?ml$/i.test(values.into))
    throw new UsageError(`--into must name a YAML file (.yaml or .yml); got "${values.into}".`);
  const root = resolveCaseRoot(path.resolve(io.cwd, values.case ?? '.'), io.cwd);
  return {
    logs: positionals,
    format,
    dryRun: values['dry-run'] === true,
    ids: values.id ?? [],
    ...(values['id-template'] !== undefined ? { idTemplate: values['id-template'] } : {}),
    root,
    into: values.into === undefined ? undefined : path.resolve(path.dirname(root), values.into),
    item: {
      ...(polarity ? { polarity } : {}),
      ...(producedBy !== undefined ? { producedBy } : {}),
      ...(kind ? { kind } : {}),
      ...(sourceType ? { sourceType } : {}),
      ...(tier ? { tier } : {}),
      ...(values.metric !== undefined ? { metric: values.metric } : {}),
      ...(values.date !== undefined ? { date: values.date } : {}),
    },
  };
}

/** Every run in every log, or undefined (each failure printed) when any log cannot be read or holds no run. */
async function readRuns(io: Io, logs: string[]): Promise<{ run: EvalRun; log: string }[] | undefined> {
  const runs: { run: EvalRun; log: string }[] = [];
  let failed = false;
  const progress = progressOf(io, 'reading'); // a terminal only: a large log takes seconds
  for (const [i, p] of logs.entries()) {
    const log = path.resolve(io.cwd, p);
    progress.step(i, logs.length, p);
    const read = await readEvalLog(log);
    progress.end();
    if (!read.ok) {
      // A log that cannot be read is a file-level diagnostic in check's format (at 1:1, as a missing case is).
      const e = read.error;
      const message = `${e.message}${e.member ? ` (member ${e.member})` : ''}`;
      printDiagnostics(io, [{ code: e.code, severity: 'error', file: p, line: 1, col: 1, message }]);
      failed = true;
      continue;
    }
    if (read.runs.length === 0) {
      const message = 'the log holds no evaluation run to import.';
      printDiagnostics(io, [{ code: 'E0809', severity: 'error', file: p, line: 1, col: 1, message }]);
      failed = true;
    }
    for (const run of read.runs) {
      // A bit flip in a member the reader skipped would pass unseen: say which were not checked.
      if (run.unverified) io.stderr(`${term`${p}: note: ${termBlock(run.unverified, '  ')}`}\n`);
      runs.push({ run, log });
    }
  }
  return failed ? undefined : runs;
}

/** Why the plan failed; paths in the planner's messages are absolute: show them as the user wrote them. */
function printPlanErrors(
  io: Io,
  o: ImportOptions,
  runs: { log: string }[],
  plan: Extract<ImportPlan, { ok: false }>,
): void {
  const paths = [...new Set([o.root, ...(o.into ? [o.into] : []), ...runs.map((r) => r.log)])].sort(
    (a, b) => b.length - a.length,
  );
  for (const e of plan.errors)
    io.stderr(
      `${term`${NAME}: ${termBlock(
        paths.reduce((m, p) => m.split(p).join(shown(io, p)), e),
        '  ',
      )}`}\n`,
    );
  if (o.format === 'json') io.stdout(diagnosticsJson(io, plan.diagnostics));
  else printDiagnostics(io, plan.diagnostics, plan.sources);
  io.stderr(`${term`${NAME}: nothing was written.`}\n`);
}

/** What was (or, in a dry run, would be) written, item by item, in pretty form. */
function printPretty(
  io: Io,
  plan: Extract<ImportPlan, { ok: true }>,
  dryRun: boolean,
  originals: Map<string, string>,
  idRules: ReadonlyMap<string, IdChoice>,
): void {
  for (const p of plan.items) io.stdout(describeItem(io, p, idRules.get(p.id)?.why));
  if (dryRun) {
    if (plan.files.length) {
      io.stdout('Dry run: nothing was written. The changes would be:\n');
      // The files' text is YAML Warrant wrote, but it quotes the logs: shown escaped like any other text.
      for (const f of plan.files)
        io.stdout(
          f.created
            ? `${term`--- ${shown(io, f.path)} (new file)`}\n${termBlock(f.text)}`
            : `${term`--- ${shown(io, f.path)}`}\n${termBlock(lineDiff(originals.get(f.path) ?? '', f.text))}`,
        );
    } else io.stdout('Dry run: nothing would change.\n');
  } else if (plan.files.length) {
    const wrote = plan.files.map((f) => term`${shown(io, f.path)}${f.created ? ' (new)' : ''}`);
    // What was written is a message, not a result: stderr, as every command that writes a file does.
    io.stderr(`${term`Wrote ${termJoin(wrote)}.`}\n`);
  } else io.stderr('Nothing changed: the case already holds these runs.\n');
}

export const evidenceImportCommand: Command = {
  name: 'evidence import',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const o = importOptions(argv, io);
    // Read every log before anything else: one bad log and nothing is written.
    const runs = await readRuns(io, o.logs);
    if (!runs) {
      io.stderr(`${NAME}: nothing was written: fix or leave out the logs above.\n`);
      return 2;
    }
    const ids = chooseIds(
      runs.map((r) => r.run),
      { given: o.ids, ...(o.idTemplate !== undefined ? { template: o.idTemplate } : {}) },
    );
    if ('error' in ids) throw new UsageError(ids.error);
    const requests: ImportRequest[] = runs.map((r, i) => ({
      id: ids[i]!.id,
      run: r.run,
      log: r.log,
      options: { ...o.item },
    }));
    const caseDir = path.dirname(o.root);
    const note = (line: string) => io.stderr(`${term`${NAME}: note: ${termBlock(line, '  ')}`}\n`);
    const show = (f: string) => shown(io, f);
    if (o.dryRun) {
      // A dry run writes nothing, so it does not recover an interrupted write either: it only says there is one.
      for (const j of pendingCommits(caseDir))
        note(`${show(j)} records a write under way or interrupted; the case is read as it is now.`);
      return planAndWrite(io, o, runs, requests, ids);
    }
    // The case is read, checked and written under its lock, so a concurrent import cannot lose this one's items.
    const locked = fs.existsSync(caseDir) ? await lockCase(caseDir, { command: NAME, note, show }) : undefined;
    if (locked && !locked.ok) {
      io.stderr(`${term`${NAME}: ${locked.message}; nothing was written.`}\n`);
      return 2;
    }
    try {
      // A commit interrupted by a kill is finished or undone before the case is read.
      const recovered = recoverCommits(caseDir, { show });
      for (const n of recovered.notes) note(n);
      if (recovered.failed) {
        io.stderr(`${term`${NAME}: ${recovered.failed}; nothing was written.`}\n`);
        return 2;
      }
      return planAndWrite(io, o, runs, requests, ids);
    } finally {
      locked?.lock.release();
    }
  },
};

/** Plan the import against the case as it is now, write it (unless a dry run) and report. */
function planAndWrite(
  io: Io,
  o: ImportOptions,
  runs: { run: EvalRun; log: string }[],
  requests: ImportRequest[],
  ids: readonly IdChoice[],
): number {
  const idRules = new Map(ids.map((c) => [c.id, c]));
  const plan = planImport(o.root, createFsReader(io.cwd), requests, o.into);
  if (!plan.ok) {
    printPlanErrors(io, o, runs, plan);
    return 2;
  }
  const originals = new Map(plan.files.filter((f) => !f.created).map((f) => [f.path, fsReadText(f.path)]));
  if (!o.dryRun && plan.files.length) {
    const committed = commitFiles(
      plan.files.map((f) => ({ path: path.resolve(io.cwd, f.path), text: f.text })),
      { journalDir: path.dirname(o.root), command: NAME, show: (f) => shown(io, f) },
    );
    for (const n of committed.notes) io.stderr(`${term`${NAME}: note: ${termBlock(n, '  ')}`}\n`);
    if (!committed.ok) {
      io.stderr(`${term`${NAME}: ${committed.message}${committed.changed ? '.' : '; nothing was written.'}`}\n`);
      return 2;
    }
  }
  if (o.format === 'json') io.stdout(jsonReport(io, plan, o.dryRun, idRules));
  else printPretty(io, plan, o.dryRun, originals, idRules);
  return 0;
}
