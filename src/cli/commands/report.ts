// `warrant report <case> -o report.html`: one self-contained HTML file (or
// Markdown with --format markdown) with the diagram, status, findings and
// every section of the case.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS } from '../../format/parse-yaml.js';
import { caseRoot, viewCase } from '../../node/case-view.js';
import { reportScript } from '../../node/web-assets.js';
import { formatPretty } from '../../output/pretty.js';
import { term } from '../../output/terminal.js';
import { DIAGRAM_ID_PREFIX, renderReportHtml, renderReportMarkdown } from '../../render/report/index.js';
import { VERSION } from '../../version.js';
import { writeFileAtomic } from '../atomic-write.js';
import { type Command, type Io, UsageError } from '../io.js';
import { dateOption, maxBytesOption } from '../options.js';

const FORMATS = ['html', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: warrant report [path] [options]

Write the report of a safety case (a warrant.yaml, or a directory holding one,
default: the current directory): the argument diagram, the support status, the
findings of \`warrant check\`, the evidence with its provenance, the context,
risks, acceptability criteria, decision, review triggers and suppressions.

HTML (the default) is one self-contained file: styles, script, diagram and data
inline, and a Content-Security-Policy that forbids every network request, so it
can be mailed or opened offline. The diagram pans, zooms, collapses, searches
and shows each node's detail; the browser's Print gives a clean PDF.
Markdown is for pull requests and wikis.

Options:
  -o, --output <file>           Write the report to a file (atomically) instead of stdout
                                ("-": stdout) and name it on stderr; a .md file name
                                implies --format markdown
  --format <html|markdown>      Output format (default: html)
  --as-of <YYYY-MM-DD>          Judge dates (expiry, staleness, status) as of this day (default: today)
  --timestamp                   Print the generation time in the report (off by default,
                                so the same case and --as-of give the same bytes)
  --max-file-size <bytes>       Largest file accepted (default: ${DEFAULT_LIMITS.maxBytes})

Exit codes: 0 report written (findings are in the report), 2 the case cannot be
loaded (its diagnostics are printed) or bad usage.`;

export const reportCommand: Command = {
  name: 'report',
  usage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string' },
        'as-of': { type: 'string' },
        timestamp: { type: 'boolean' },
        'max-file-size': { type: 'string' },
      },
    });
    if (positionals.length > 1) throw new UsageError(`report takes one case; got ${positionals.length} paths.`);
    let format: Format = values.output && /\.(md|markdown)$/i.test(values.output) ? 'markdown' : 'html';
    if (values.format !== undefined) {
      if (!(FORMATS as readonly string[]).includes(values.format))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}".`);
      format = values.format as Format;
    }
    const maxBytes = maxBytesOption(values['max-file-size']);
    const asOf = dateOption(values['as-of'], io.today);
    const root = caseRoot(positionals[0] ?? '.', io.cwd);
    const view = viewCase(root, {
      cwd: io.cwd,
      asOf,
      version: VERSION,
      maxBytes,
      ...(values.timestamp ? { generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z') } : {}),
    });
    if (!view.ok) {
      io.stderr(
        formatPretty(
          {
            tool: { name: 'warrant', version: VERSION },
            cases: [{ root, diagnostics: view.diagnostics }],
            failOn: 'error',
          },
          view.sources,
          { color: false },
        ),
      );
      io.stderr(`${term`warrant report: ${root} cannot be loaded; no report written.`}\n`);
      return 2;
    }
    const text =
      format === 'markdown'
        ? renderReportMarkdown(view.data)
        : renderReportHtml(view.data, { diagramSvg: view.svg, script: reportScript(), idPrefix: DIAGRAM_ID_PREFIX });
    if (values.output && values.output !== '-') {
      const out = path.resolve(io.cwd, values.output);
      writeFileAtomic(out, text);
      const f = view.data.findingCounts;
      const n = (k: number, word: string) => `${k} ${word}${k === 1 || word === 'info' ? '' : 's'}`;
      const counts = `${n(f.error, 'error')}, ${n(f.warning, 'warning')}, ${n(f.info, 'info')}`;
      io.stderr(
        `${term`Wrote ${values.output} (${format}, ${Buffer.byteLength(text)} bytes): ${counts} as of ${asOf}.`}\n`,
      );
    } else io.stdout(text);
    return 0;
  },
};
