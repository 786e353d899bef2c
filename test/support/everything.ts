// Run one case, given as files in memory, through every pure stage a command
// uses: load, the structural checks and the rules, status, critical, why,
// what-if, diff against itself, the report data (HTML and Markdown), the
// diagram in each view, and the check output in every format. For tests that
// throw hostile input at the whole core and want diagnostics, never a throw.
import { criticalNodes } from '../../src/analysis/critical.js';
import { diffCases } from '../../src/analysis/diff/diff.js';
import { formatDiffJson, formatDiffMarkdown } from '../../src/analysis/diff/format.js';
import { criticalJson, jsonText, statusJson, whatIfJson, whyJson } from '../../src/analysis/json.js';
import { caseStatus } from '../../src/analysis/status.js';
import { whatIf } from '../../src/analysis/whatif.js';
import { why } from '../../src/analysis/why.js';
import { ALL_CODES, RULE_CODES } from '../../src/check/codes.js';
import { runCheck } from '../../src/check/run-check.js';
import { loadCase } from '../../src/format/load-case.js';
import { memoryReader } from '../../src/format/memory-reader.js';
import type { Case } from '../../src/model/case.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { buildGraph } from '../../src/model/graph.js';
import { formatJson } from '../../src/output/json.js';
import { formatPretty } from '../../src/output/pretty.js';
import type { CheckReport } from '../../src/output/report.js';
import { formatSarif } from '../../src/output/sarif.js';
import { layoutCase, renderSvg, type View, ViewError } from '../../src/render/index.js';
import { renderReportHtml, renderReportMarkdown, reportOf } from '../../src/render/report/index.js';

const AS_OF = '2026-11-26';

export interface Everything {
  /** Every diagnostic: the loader's, then the checks' and rules'. */
  diagnostics: Diagnostic[];
  loaded: boolean;
  /** The check output as `warrant check` prints it, in each format. */
  outputs: { pretty: string; json: string; sarif: string };
  /** Everything else printed or written: analyses as JSON, reports, diagrams. */
  texts: string[];
}

/** Views that name `ids` (as a user might on the command line), and the whole case. */
function views(ids: readonly string[]): View[] {
  const v: View[] = [{ kind: 'all' }, { kind: 'defeaters' }];
  for (const id of ids)
    v.push({ kind: 'subtree', root: id }, { kind: 'risk', risk: id }, { kind: 'module', module: id });
  return v;
}

function analyses(c: Case, ids: readonly string[], texts: string[], baseline?: Case): Diagnostic[] {
  const graph = buildGraph(c);
  const checked = runCheck(c, { asOf: AS_OF, graph });
  const status = caseStatus(c, graph, { asOf: AS_OF });
  texts.push(jsonText(statusJson(c, status)));
  texts.push(jsonText(criticalJson(c, criticalNodes(c, graph, { asOf: AS_OF, setWork: 20_000, work: 50_000 }))));
  const known = ids.filter((id) => c.nodes.has(id) || c.evidence.has(id));
  if (known.length) texts.push(jsonText(whatIfJson(c, whatIf(c, graph, { asOf: AS_OF, defeat: known }))));
  for (const id of ids) {
    const w = why(c, graph, status, id);
    if (w) texts.push(jsonText(whyJson(c, w)));
  }
  for (const [a, b] of baseline
    ? [
        [baseline, c],
        [c, baseline],
      ]
    : [[c, c]]) {
    const d = diffCases(a as Case, b as Case);
    texts.push(formatDiffJson(d), formatDiffMarkdown(d));
  }
  const report = reportOf(c, [], { asOf: AS_OF, version: 'test', status: () => status });
  texts.push(renderReportHtml(report.data, { diagramSvg: report.svg, script: '', idPrefix: 'w-node-' }));
  texts.push(renderReportMarkdown(report.data));
  for (const view of views(ids)) {
    try {
      texts.push(renderSvg(layoutCase(c, { graph, status, view, collapse: [...ids] })));
    } catch (e) {
      if (!(e instanceof ViewError)) throw e;
      texts.push(e.message);
    }
  }
  return checked.diagnostics;
}

export interface EverythingOptions {
  /** Names to ask about as a user would: why, what-if, views, collapse. */
  ids?: readonly string[];
  /** The files of an earlier version, to diff against (both ways). */
  baseline?: Record<string, string>;
}

/**
 * Load `files` (the root is warrant.yaml) and run everything on it.
 * Throws only if some stage throws.
 */
export function runEverything(files: Record<string, string>, opts: EverythingOptions = {}): Everything {
  const r = loadCase('warrant.yaml', memoryReader(files));
  const base = opts.baseline ? loadCase('warrant.yaml', memoryReader(opts.baseline)).case : undefined;
  const texts: string[] = [];
  const diagnostics = [...r.diagnostics, ...(r.case ? analyses(r.case, opts.ids ?? [], texts, base) : [])];
  const report: CheckReport = {
    tool: { name: 'warrant', version: 'test' },
    cases: [{ root: 'warrant.yaml', diagnostics }],
    failOn: 'error',
  };
  const outputs = {
    pretty: formatPretty(report, r.sources, { color: false }),
    json: formatJson(report),
    sarif: formatSarif(report, [...ALL_CODES, ...RULE_CODES], {}),
  };
  return { diagnostics, loaded: r.case !== undefined, outputs, texts };
}
