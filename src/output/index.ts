// Output formats of `warrant check`. Pure: the command reads the files, calls
// formatReport and writes the string it returns.
import type { CodeInfo } from '../model/diagnostic.js';
import { formatJson } from './json.js';
import { formatPretty } from './pretty.js';
import type { CheckReport } from './report.js';
import { formatSarif } from './sarif.js';

export type { CodeFrameOptions } from './code-frame.js';
export { codeFrame } from './code-frame.js';
export type { JsonCase, JsonDiagnostic, JsonRelated, JsonReport } from './json.js';
export { formatJson, JSON_SCHEMA_ID, toJsonReport } from './json.js';
export type { PrettyOptions } from './pretty.js';
export { formatPretty } from './pretty.js';
export type { CaseResult, CheckReport, Omitted, OutputLimits, Summary } from './report.js';
export { exitCodeFor, limitOutput, omittedTotal, summarise, summariseCase, tooManyWarnings } from './report.js';
export type { SarifOptions } from './sarif.js';
export { fnv1a64, formatSarif } from './sarif.js';
export { escapeControl } from './text.js';

export const OUTPUT_FORMATS = ['pretty', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface FormatOptions {
  format: OutputFormat;
  /** Pretty only: ANSI colour. */
  color: boolean;
  /** Pretty only: file text by diagnostic `file`, for code frames. Files not in the map get no frame. */
  sources: ReadonlyMap<string, string>;
  /** SARIF only: metadata of every code that can be reported (loader and check codes). */
  codes: readonly CodeInfo[];
  /** SARIF only: where %SRCROOT% points. */
  baseUri?: string;
}

export function formatReport(report: CheckReport, opts: FormatOptions): string {
  switch (opts.format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, opts.codes, opts.baseUri !== undefined ? { baseUri: opts.baseUri } : {});
    case 'pretty':
      return formatPretty(report, opts.sources, { color: opts.color });
  }
}
