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
import { createFsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { formatJson } from '../../output/json.js';
import { formatPretty } from '../../output/pretty.js';
import { type CaseResult, type CheckReport, exitCodeFor, limitOutput, type OutputLimits } from '../../output/report.js';
import { formatSarif } from '../../output/sarif.js';
import { VERSION } from '../../version.js';
import { writeFileAtomic } from '../atomic-write.js';
import { type Command, type Io, UsageError } from '../io.js';
import { dateOption, maxBytesOption, oneOf } from '../options.js';

const FORMATS = ['pretty', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: warrant check [path...] [options]

Check safety cases: load each case (a warrant.yaml, or a directory holding one,
default: the current directory) with its modules, run the structural checks,
then the rules (\`warrant rules\` lists them) under the case's configuration
(\`rules:\` and \`suppressions:\` in the case, or a .warrant.yaml beside it).

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

/** Load a case; zod is imported only when a file is invalid and its diagnostics need explaining. */
async function load(root: string, reader: SourceReader, limits: LoadLimits): Promise<LoadResult> {
  return (
    loadCaseFast(root, reader, limits) ?? (await import('../../format/load-case.js')).loadCase(root, reader, limits)
  );
}

export const checkCommand: Command = {
  name: 'check',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
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
        'no-color': { type: 'boolean' },
      },
    });
    const format: Format = oneOf(values.format, FORMATS, '--format', 'pretty');
    const failOn: Severity = oneOf(values['fail-on'], SEVERITIES, '--fail-on', 'error');
    const limits = limitsOf(values);
    const maxBytes = maxBytesOption(values['max-file-size']);
    const asOf = dateOption(values['as-of'], io.today);
    const reader = createFsReader(io.cwd);
    const roots = positionals.length ? positionals : ['.'];
    const sources = new Map<string, string>();
    const cases: CaseResult[] = [];
    let unusable = false;
    for (const arg of roots) {
      const root = resolveCaseRoot(displayPath(arg, io.cwd), io.cwd);
      const loaded = await load(root, reader, { ...DEFAULT_LIMITS, maxBytes });
      for (const [f, t] of loaded.sources) sources.set(f, t);
      if (loaded.fatal) unusable = true;
      const checked = loaded.case
        ? runCheck(loaded.case, { asOf, ...(values['no-rules'] ? { rules: [] } : {}) })
        : { diagnostics: [], suppressed: [] };
      const diagnostics = [...loaded.diagnostics, ...checked.diagnostics].sort(compareDiagnostics);
      cases.push({
        root,
        ...(loaded.case ? { caseId: loaded.case.header.value.id } : {}),
        diagnostics,
        suppressed: checked.suppressed,
      });
    }
    const all: CheckReport = { tool: { name: 'warrant', version: VERSION }, cases, failOn };
    const report = Object.keys(limits).length > 0 ? limitOutput(all, limits) : all;
    const text =
      format === 'json'
        ? formatJson(report)
        : format === 'sarif'
          ? formatSarif(report, [...ALL_CODES, ...RULE_CODES], {})
          : formatPretty(report, sources, { color: io.color && !values['no-color'] && !values.output });
    if (values.output) writeFileAtomic(path.resolve(io.cwd, values.output), text);
    else io.stdout(text);
    return unusable ? 2 : exitCodeFor(report);
  },
};
