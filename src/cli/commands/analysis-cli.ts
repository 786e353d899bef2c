// What the analysis commands (status, why, critical, whatif) share: options,
// loading a case (diagnostics and exit 2 when it is unusable), and the
// wording and optional colour of statuses in pretty output.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type FailedLeg, failedLegText, LEGS_MAX } from '../../analysis/failed-legs.js';
import { notEstablished, STATUS_LABELS, type SupportStatus } from '../../analysis/status-types.js';
import { loadCase } from '../../format/load-case.js';
import { DEFAULT_LIMITS } from '../../format/parse-yaml.js';
import type { Case } from '../../model/case.js';
import { compareDiagnostics } from '../../model/diagnostic.js';
import { buildGraph, type CaseGraph } from '../../model/graph.js';
import { displayPath } from '../../node/display-path.js';
import { createFsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { type TermText, term, termStyle } from '../../output/terminal.js';
import type { Colour } from '../../output/text.js';
import { writeFileAtomic } from '../atomic-write.js';
import { diagnosticsJson, printDiagnostics } from '../diagnostics.js';
import { type Io, UsageError } from '../io.js';
import { dateOption } from '../options.js';

export const ANALYSIS_FORMATS = ['pretty', 'json'] as const;
export type AnalysisFormat = (typeof ANALYSIS_FORMATS)[number];

/** Options every analysis command takes, for its usage text. */
export const COMMON_OPTIONS = `  --format <pretty|json>     Output format (default: pretty); docs/analysis.md documents the JSON
  --as-of <YYYY-MM-DD>       Judge evidence dates as of this day (default: today)
  -o, --output <file>        Write the output to a file (atomically) instead of stdout
  --max-file-size <bytes>    Largest file accepted (default: ${DEFAULT_LIMITS.maxBytes})
  --no-color                 Plain output even on a terminal`;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

export interface AnalysisArgs {
  format: AnalysisFormat;
  asOf: string;
  color: boolean;
  output?: string;
  maxBytes: number;
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

/** Parse the common options plus `extra`; usage errors throw UsageError (exit 2). */
export function parseAnalysisArgs(argv: string[], io: Io, extra: OptionSpec = {}): AnalysisArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'as-of': { type: 'string' },
      output: { type: 'string', short: 'o' },
      'max-file-size': { type: 'string' },
      'no-color': { type: 'boolean' },
      ...extra,
    },
  });
  const v = values as Record<string, string | boolean | string[] | undefined>;
  const format = v.format === undefined ? 'pretty' : (v.format as AnalysisFormat);
  if (!ANALYSIS_FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${ANALYSIS_FORMATS.join(', ')}; got "${String(v.format)}".`);
  const asOf = dateOption(v['as-of'] as string | undefined, io.today);
  let maxBytes = DEFAULT_LIMITS.maxBytes;
  if (v['max-file-size'] !== undefined) {
    maxBytes = Number(v['max-file-size']);
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0)
      throw new UsageError(`--max-file-size must be a positive number of bytes; got "${String(v['max-file-size'])}".`);
  }
  const output = v.output as string | undefined;
  return {
    format,
    asOf,
    color: io.color && !v['no-color'] && !output,
    ...(output ? { output } : {}),
    maxBytes,
    positionals,
    values: v,
  };
}

export interface LoadedCase {
  c: Case;
  g: CaseGraph;
  /** The case path as the user gave it (relative to the working directory when inside it). */
  label: string;
}

/**
 * Load the case at `arg` (a directory holding warrant.yaml, or a root file).
 * When the loader reports errors the case is unusable for analysis: its
 * diagnostics go to stderr, as `warrant check` prints them, and the result is
 * undefined (the command exits 2).
 */
export function loadForAnalysis(arg: string, io: Io, command: string, args: AnalysisArgs): LoadedCase | undefined {
  const label = displayPath(arg, io.cwd);
  const root = resolveCaseRoot(label, io.cwd);
  const loaded = loadCase(root, createFsReader(io.cwd), { ...DEFAULT_LIMITS, maxBytes: args.maxBytes });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.case || loaded.fatal || errors.length) {
    const diagnostics = [...loaded.diagnostics].sort(compareDiagnostics);
    // Under --format json the diagnostics are the result, in check's JSON shape, as diff and impact give them.
    if (args.format === 'json') io.stdout(diagnosticsJson(io, diagnostics));
    else printDiagnostics(io, diagnostics, loaded.sources);
    io.stderr(
      `${term`warrant ${command}: ${label} is not a usable case; fix the errors above (\`warrant check ${label}\` reports them too).`}\n`,
    );
    return undefined;
  }
  return { c: loaded.case, g: buildGraph(loaded.case), label };
}

/** Print the output, or write it atomically to --output. */
export function emit(io: Io, args: AnalysisArgs, text: string): void {
  if (args.output) writeFileAtomic(path.resolve(io.cwd, args.output), text);
  else io.stdout(text);
}

/** Exactly one case path (default: the current directory). */
export function onePath(positionals: string[], rest = 0): string {
  if (positionals.length > 1 + rest)
    throw new UsageError(
      `give one case path (a directory holding warrant.yaml, or a root file); got ${positionals.length - rest}.`,
    );
  if (rest === 0) return positionals[0] ?? '.';
  return positionals[0]!;
}

const COLOURS: Record<SupportStatus, Colour> = {
  supported: 'plainGreen',
  degraded: 'plainYellow',
  stale: 'plainYellow',
  contested: 'plainYellow',
  challenged: 'plainMagenta',
  unsupported: 'plainRed',
  undeveloped: 'plainCyan',
  defeated: 'plainRed',
};

/** A status as words, never colour alone; coloured when asked. */
export function label(s: SupportStatus, color: boolean): TermText {
  return termStyle(color).paint(COLOURS[s], STATUS_LABELS[s]);
}

/** A status with what it means when the node does not hold: "unsupported (not established)". */
export function phrase(s: SupportStatus, color: boolean): TermText {
  return notEstablished(s) ? term`${label(s, color)} (not established)` : label(s, color);
}

/** Failed legs, one per line: "  - G-root -> S-risks -> G-monitoring: Claim G-monitoring is marked undeveloped." */
export function legLines(legs: readonly FailedLeg[], indent = '  '): TermText[] {
  const lines = legs.slice(0, LEGS_MAX).map((leg) => term`${indent}- ${failedLegText(leg)}`);
  const rest = legs.length - LEGS_MAX;
  if (rest > 0) lines.push(term`${indent}- ... and ${rest} more failed legs (--format json has them all)`);
  return lines;
}

/** The first `n` rows, and how many more there are with the option that shows them. */
export function firstRows<T>(rows: readonly T[], n: number): { shown: readonly T[]; more: TermText | undefined } {
  if (rows.length <= n) return { shown: rows, more: undefined };
  return { shown: rows.slice(0, n), more: term`  ... and ${rows.length - n} more (--all, or --format json)` };
}

/** A node's text on one line, shortened to `max` characters (escaped where it is printed). */
export function short(text: string, max = 72): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}
