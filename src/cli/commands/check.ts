// `warrant check <path...>`: load each case, run the structural checks, print findings.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_CODES, RULE_CODES } from '../../check/codes.js';
import { runCheck } from '../../check/run-check.js';
import type { LoadLimits, LoadResult, SourceReader } from '../../format/load-case.js';
import { loadCaseFast } from '../../format/load-case-fast.js';
import { DEFAULT_LIMITS } from '../../format/parse-yaml.js';
import { compareDiagnostics, SEVERITIES, type Severity } from '../../model/diagnostic.js';
import { displayPath } from '../../node/display-path.js';
import { createFsReader } from '../../node/fs-reader.js';
import { formatJson } from '../../output/json.js';
import { formatPretty } from '../../output/pretty.js';
import {
  type CaseResult,
  type CheckReport,
  exitCodeFor,
  limitOutput,
  type OutputLimits,
  summarise,
} from '../../output/report.js';
import { formatSarif } from '../../output/sarif.js';
import { term } from '../../output/terminal.js';
import { plural } from '../../output/text.js';
import { VERSION } from '../../version.js';
import { writeFileAtomic } from '../atomic-write.js';
import { expandCaseArgs } from '../case-paths.js';
import { type Command, type Io, UsageError } from '../io.js';
import { dateOption, maxBytesOption, oneOf } from '../options.js';
import { progressOf } from '../progress.js';
import { watchRuns } from '../watch.js';

const FORMATS = ['pretty', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: warrant check [path...] [options]

Check safety cases: load each case (a .yaml file, or a directory holding a
warrant.yaml, default: the current directory) with its modules, run the
structural checks, then the rules (\`warrant rules\` lists them) under the
case's configuration (\`rules:\` and \`suppressions:\` in the case, or a
.warrant.yaml beside it). A directory without a warrant.yaml stands for every
case under it (\`check .\` at a repository's root); a path that is not a case
(a README) is skipped with a note on stderr.

Options:
  --format <pretty|json|sarif>   Output format (default: pretty)
  --fail-on <error|warning|info> Lowest severity that fails the run (default: error)
  --quiet                        Errors only: warnings and infos are not printed (in any
                                 format) nor counted towards the exit code; a summary
                                 line says how many were left out
  --max-warnings <n>             Fail (exit 1) when there are more than n warnings
  --as-of <YYYY-MM-DD>           Judge dates (expiry, staleness) as of this day (default: today)
  --no-rules                     Structural checks only (the loader's and the S codes)
  -o, --output <file>            Write the output to a file (atomically) instead of stdout
                                 ("-": stdout); a one-line summary goes to stderr
  -w, --watch                    Check again whenever a file of the cases is saved, until Ctrl-C
  --max-file-size <bytes>        Largest file accepted (default: ${DEFAULT_LIMITS.maxBytes})
  --no-color                     Plain output even on a terminal

Exit codes: 0 clean, 1 findings at or above --fail-on or more warnings than
--max-warnings, 2 unusable input or usage.`;

/** --quiet and --max-warnings as the output's limits; a count that is not a whole number is a usage error. */
function limitsOf(values: { quiet?: boolean; 'max-warnings'?: string }): OutputLimits {
  const max = values['max-warnings'];
  const n = max !== undefined && /^\d+$/.test(max.trim()) ? Number(max) : Number.NaN;
  if (max !== undefined && !Number.isSafeInteger(n))
    throw new UsageError(`--max-warnings must be a whole number of warnings (0 or more); got "${max}".`);
  return { ...(values.quiet ? { quiet: true } : {}), ...(max !== undefined ? { maxWarnings: n } : {}) };
}

interface CheckOptions {
  roots: string[];
  format: Format;
  failOn: Severity;
  limits: OutputLimits;
  maxBytes: number;
  asOf: string;
  rules: boolean;
  output: string | undefined;
  watch: boolean;
}

function checkOptions(argv: string[], io: Io): CheckOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      quiet: { type: 'boolean' },
      'max-warnings': { type: 'string' },
      'as-of': { type: 'string' },
      'no-rules': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      'max-file-size': { type: 'string' },
      watch: { type: 'boolean', short: 'w' },
    },
  });
  return {
    roots: positionals.length ? positionals : ['.'],
    format: oneOf(values.format, FORMATS, '--format', 'pretty'),
    failOn: oneOf(values['fail-on'], SEVERITIES, '--fail-on', 'error'),
    limits: limitsOf(values),
    maxBytes: maxBytesOption(values['max-file-size']),
    asOf: dateOption(values['as-of'], io.today),
    rules: !values['no-rules'],
    output: values.output === '-' ? undefined : values.output,
    watch: Boolean(values.watch),
  };
}

interface Checked {
  report: CheckReport;
  sources: Map<string, string>;
  unusable: boolean;
}

type Loader = (root: string, reader: SourceReader, limits: LoadLimits) => LoadResult;

/** The loader that validates with zod, imported only when needed: it explains invalid files. */
async function zodLoader(): Promise<Loader> {
  return (await import('../../format/load-case.js')).loadCase;
}

/**
 * The loader for one run. zod and the schemas cost more to load than the rest
 * of checking a small case, and only an invalid file needs them: each case is
 * loaded first without zod (src/format/load-case-fast.ts), and zod is imported
 * only if one of them has an invalid file, which is then loaded again with it.
 */
async function loaderFor(o: CheckOptions, io: Io): Promise<{ load: Loader; expanded: Expanded }> {
  const reader = createFsReader(io.cwd);
  const limits = { ...DEFAULT_LIMITS, maxBytes: o.maxBytes };
  const expanded = expandCaseArgs(o.roots, io.cwd);
  const fast = new Map<string, LoadResult | undefined>();
  for (const root of expanded.roots) fast.set(root, loadCaseFast(root, reader, limits));
  const full = [...fast.values()].includes(undefined) ? await zodLoader() : undefined;
  // The check asks for exactly these roots; one without a fast result made `full` be loaded.
  return { load: (root, r, l) => fast.get(root) ?? (full as Loader)(root, r, l), expanded };
}

type Expanded = ReturnType<typeof expandCaseArgs>;

/** Load and check every case the arguments name; progress on a terminal when there are several. */
function checkAll(o: CheckOptions, io: Io, load: Loader, expanded?: Expanded): Checked {
  const reader = createFsReader(io.cwd);
  const { roots, notes } = expanded ?? expandCaseArgs(o.roots, io.cwd);
  for (const n of notes) io.stderr(`${term`warrant check: ${n}.`}\n`);
  const sources = new Map<string, string>();
  const cases: CaseResult[] = [];
  let unusable = false;
  const progress = progressOf(io, 'checking');
  for (const [i, root] of roots.entries()) {
    if (roots.length > 1) progress.step(i, roots.length, root);
    const loaded = load(root, reader, { ...DEFAULT_LIMITS, maxBytes: o.maxBytes });
    for (const [f, t] of loaded.sources) sources.set(f, t);
    if (loaded.fatal) unusable = true;
    const checked = loaded.case
      ? runCheck(loaded.case, { asOf: o.asOf, ...(o.rules ? {} : { rules: [] }) })
      : { diagnostics: [], suppressed: [] };
    cases.push({
      root,
      ...(loaded.case ? { caseId: loaded.case.header.value.id } : {}),
      diagnostics: [...loaded.diagnostics, ...checked.diagnostics].sort(compareDiagnostics),
      suppressed: checked.suppressed,
    });
  }
  progress.end();
  if (roots.length === 0) {
    io.stderr('warrant check: no case to check: every path was skipped.\n');
    unusable = true;
  }
  const all: CheckReport = { tool: { name: 'warrant', version: VERSION }, cases, failOn: o.failOn };
  return { report: Object.keys(o.limits).length > 0 ? limitOutput(all, o.limits) : all, sources, unusable };
}

/** The report in the asked format; colour only for the terminal, never in a file. */
function formatReport(o: CheckOptions, c: Checked, io: Io): string {
  if (o.format === 'json') return formatJson(c.report);
  if (o.format === 'sarif') return formatSarif(c.report, [...ALL_CODES, ...RULE_CODES], {});
  return formatPretty(c.report, c.sources, { color: io.color && !o.output });
}

/** One check: print or write the report (a written file is named on stderr, as tsc does); the exit code. */
function checkOnce(o: CheckOptions, io: Io, load: Loader, expanded?: Expanded): { code: number; files: string[] } {
  const checked = checkAll(o, io, load, expanded);
  const text = formatReport(o, checked, io);
  if (o.output) {
    writeFileAtomic(path.resolve(io.cwd, o.output), text);
    io.stderr(`${term`Wrote ${displayPath(o.output, io.cwd)} (${o.format}): ${findingsLine(checked.report)}.`}\n`);
  } else io.stdout(text);
  const files = [...checked.sources.keys(), ...checked.report.cases.map((c) => c.root)];
  return { code: checked.unusable ? 2 : exitCodeFor(checked.report), files };
}

/** "2 errors, 1 warning, 0 info in 3 cases, failed": the summary of a report written to a file. */
export function findingsLine(r: CheckReport): string {
  const s = summarise(r);
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}`;
  return `${counts} in ${plural(r.cases.length, 'case')}, ${s.failed ? 'failed' : 'passed'}`;
}

export const checkCommand: Command = {
  name: 'check',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const o = checkOptions(argv, io);
    if (!o.watch) {
      const { load, expanded } = await loaderFor(o, io);
      return checkOnce(o, io, load, expanded).code;
    }
    // Watching, files change between runs and any may become invalid: zod is loaded once, up front.
    const load = await zodLoader();
    return watchRuns(io, 'warrant check', () => checkOnce(o, io, load).files.map((f) => path.resolve(io.cwd, f)));
  },
};
