// Human output of `warrant check`: one block per diagnostic, in the manner of
// rustc, then a summary line per case and one overall.
//
//   error[L05] examples/x/warrant.yaml:12:5: Unknown field `supportedBy`.
//       11 |     - id: C1
//     > 12 |       supportedBy: [E1]
//          |       ^
//       13 |     - id: C2
//     = hint: Did you mean `supported_by`?
//
// Everything that came from a case file (messages quote it, paths and source
// lines are it) goes through escapeControl, so a case cannot inject terminal
// escapes. With color off the tool's own text is plain ASCII and the output is
// byte-stable.
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { LineIndex } from '../model/line-index.js';
import { codeFrame } from './code-frame.js';
import type { CaseResult, CheckReport, Omitted, Summary } from './report.js';
import { omittedTotal, sortedDiagnostics, summarise, summariseCase, tooManyWarnings } from './report.js';
import type { Style } from './text.js';
import { escapeControl, plural, style } from './text.js';

export interface PrettyOptions {
  color: boolean;
  /** Source lines shown before and after each position (default 2). */
  context?: number;
  /** Widest source text shown per line in a code frame (default 100). */
  maxWidth?: number;
}

const INDENT = '  ';

/** Escaped user text; later lines are indented so they cannot pose as a diagnostic line. */
function userText(s: string, continuation: string): string {
  return escapeControl(s, true).replaceAll('\n', `\n${continuation}`);
}

function location(file: string, line: number, col: number): string {
  return `${escapeControl(file)}:${line}:${col}`;
}

/** Each file's lines are found once, on its first frame, and shared by every finding in it. */
type Frames = (file: string) => LineIndex | undefined;

function framesOver(sources: ReadonlyMap<string, string>): Frames {
  const indexes = new Map<string, LineIndex>();
  return (file) => {
    let index = indexes.get(file);
    if (index === undefined) {
      const text = sources.get(file);
      if (text === undefined) return undefined;
      indexes.set(file, (index = new LineIndex(text)));
    }
    return index;
  };
}

/**
 * What a diagnostic block shows. Every command's findings take this shape (check's and the loader's
 * diagnostics, evidence verify's artefact findings, the gsn2x importer's), so they all print alike.
 */
export type ShownDiagnostic = Pick<
  Diagnostic,
  'severity' | 'file' | 'line' | 'col' | 'message' | 'hint' | 'related'
> & {
  code: string;
};

function block(d: ShownDiagnostic, frames: Frames, st: Style, opts: PrettyOptions): string {
  const lines: string[] = [];
  const head = st.severity(d.severity, `${d.severity}[${escapeControl(d.code)}]`);
  lines.push(`${head} ${st.bold(location(d.file, d.line, d.col))}: ${userText(d.message, INDENT + INDENT)}`);
  const source = frames(d.file);
  if (source !== undefined) {
    const frame = codeFrame(source, d.line, d.col, {
      color: st.on,
      severity: d.severity,
      ...(opts.context !== undefined ? { context: opts.context } : {}),
      ...(opts.maxWidth !== undefined ? { maxWidth: opts.maxWidth } : {}),
    });
    lines.push(INDENT + frame.trimEnd().replaceAll('\n', `\n${INDENT}`));
  }
  if (d.hint !== undefined && d.hint !== '') {
    const label = `${INDENT}= hint: `;
    lines.push(`${INDENT}${st.bold('=')} ${st.bold('hint')}: ${userText(d.hint, ' '.repeat(label.length))}`);
  }
  for (const r of d.related ?? []) {
    const label = `${INDENT}= note: `;
    lines.push(
      `${INDENT}${st.bold('=')} ${st.bold('note')}: ${userText(r.message, ' '.repeat(label.length))}: ${location(r.file, r.line, r.col)}`,
    );
  }
  return lines.join('\n');
}

function counts(s: Summary, st: Style): string {
  const parts: string[] = [];
  if (s.errors > 0) parts.push(st.red(plural(s.errors, 'error')));
  if (s.warnings > 0) parts.push(st.yellow(plural(s.warnings, 'warning')));
  if (s.infos > 0) parts.push(st.cyan(plural(s.infos, 'info')));
  return parts.join(', ');
}

function noProblems(st: Style): string {
  return st.on ? st.green('\u2713 no problems') : 'no problems';
}

function noErrors(st: Style, omitted: number): string {
  // Under --quiet a case without errors may still have warnings: say only what is known.
  return omitted > 0 ? 'no errors' : noProblems(st);
}

function notShown(o: Omitted): string {
  const parts: string[] = [];
  if (o.warnings > 0) parts.push(plural(o.warnings, 'warning'));
  if (o.infos > 0) parts.push(plural(o.infos, 'info'));
  return `${parts.join(', ')} not shown`;
}

/** A case's summary line; `several` adds what --quiet left out of it (one case has the total line only). */
function caseLine(c: CaseResult, failOn: Severity, st: Style, several: boolean): string {
  const s = summariseCase(c, failOn);
  const n = s.errors + s.warnings + s.infos;
  const omitted = (c.omitted?.warnings ?? 0) + (c.omitted?.infos ?? 0);
  const sup = c.suppressed?.length ?? 0;
  const notes = [
    ...(sup > 0 ? [`${sup} suppressed`] : []),
    ...(several && omitted > 0 ? [notShown(c.omitted as Omitted)] : []),
  ];
  return `${n === 0 ? noErrors(st, omitted) : counts(s, st)} in ${caseName(c)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** The flags the verdict was reached under, and why it failed when the warnings were too many. */
function verdictFlags(report: CheckReport, all: Summary): string {
  const max = report.limits?.maxWarnings;
  const flags = `--fail-on ${report.failOn}${max !== undefined ? `, --max-warnings ${max}` : ''}`;
  return tooManyWarnings(report, all) ? `${flags}: too many warnings` : flags;
}

/** One line per case, what --quiet left out, then the verdict over all cases. */
function summaryLines(report: CheckReport, st: Style): string[] {
  const tail = report.cases.map((c) => caseLine(c, report.failOn, st, report.cases.length > 1));
  const all = summarise(report);
  const total = all.errors + all.warnings + all.infos;
  const omitted = omittedTotal(report);
  const hidden = omitted ? omitted.warnings + omitted.infos : 0;
  const cases = plural(report.cases.length, 'case');
  if (report.cases.length === 0) return ['no cases checked'];
  if (omitted && hidden > 0) tail.push(`... and ${notShown(omitted)} (--quiet)`);
  if (total > 0) {
    const verdict = all.failed ? st.red('failed') : st.green('passed');
    tail.push(`${verdict}: ${counts(all, st)} in ${cases} (${verdictFlags(report, all)})`);
  } else if (report.cases.length > 1) tail.push(`${noErrors(st, hidden)} in ${cases}`);
  return tail;
}

function caseName(c: CaseResult): string {
  return escapeControl(c.root) + (c.caseId !== undefined ? ` (case ${escapeControl(c.caseId)})` : '');
}

/**
 * Diagnostics without a report around them, each as `warrant check` shows it (code, severity, file:line:col,
 * the code frame when the file's text is in `sources`, the hint, the notes), in a stable order, each block
 * followed by a blank line. Every command that reports findings outside `check` prints them with this.
 */
export function formatDiagnostics(
  diagnostics: readonly ShownDiagnostic[],
  sources: ReadonlyMap<string, string>,
  opts: PrettyOptions,
): string {
  const st = style(opts.color);
  const frames = framesOver(sources);
  const sorted = causesFirst([...diagnostics].sort(byPosition));
  return sorted.map((d) => `${block(d, frames, st, opts)}\n\n`).join('');
}

/**
 * A person reads from the top: a diagnostic that another one's note names as its cause (the dangling reference
 * that an S09 or a rule finding may follow from) is the one to fix first, so causes come before everything else, each
 * group still in its own order. Machine formats (JSON, SARIF) keep the plain position order.
 */
export function causesFirst<D extends Pick<ShownDiagnostic, 'file' | 'line' | 'col' | 'related'>>(
  sorted: readonly D[],
): D[] {
  const at = (d: { file: string; line: number; col: number }) => `${d.file}\u0000${d.line}\u0000${d.col}`;
  const pointedAt = new Set<string>();
  for (const d of sorted) for (const r of d.related ?? []) if (r.cause && at(r) !== at(d)) pointedAt.add(at(r));
  if (pointedAt.size === 0) return [...sorted];
  const causes = sorted.filter((d) => pointedAt.has(at(d)));
  return [...causes, ...sorted.filter((d) => !pointedAt.has(at(d)))];
}

function byPosition(a: ShownDiagnostic, b: ShownDiagnostic): number {
  const key = (d: ShownDiagnostic) => [d.file, d.line, d.col, d.code, d.message] as const;
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

/** The report as text for a terminal or a log. Ends with a newline. */
export function formatPretty(report: CheckReport, sources: ReadonlyMap<string, string>, opts: PrettyOptions): string {
  const st = style(opts.color);
  const blocks: string[] = [];
  const frames = framesOver(sources);
  for (const c of report.cases) {
    for (const d of causesFirst(sortedDiagnostics(c))) blocks.push(block(d, frames, st, opts));
    // Suppressed findings are listed, one line each, so that nothing is hidden silently.
    const sup = c.suppressed ?? [];
    if (sup.length > 0) {
      blocks.push(
        [
          `${st.dim('suppressed')} in ${caseName(c)}:`,
          ...sup.map(
            ({ finding: f, suppression: s }) =>
              `  ${escapeControl(f.code)} on ${escapeControl(s.target)} at ${escapeControl(f.file)}:${f.line}:${f.col}: ${escapeControl(s.reason)} (by ${escapeControl(s.by)}${s.date ? `, ${s.date}` : ''})`,
          ),
        ].join('\n'),
      );
    }
  }

  const tail = summaryLines(report, st);
  const body = blocks.length > 0 ? `${blocks.join('\n\n')}\n\n` : '';
  return `${body + tail.join('\n')}\n`;
}
