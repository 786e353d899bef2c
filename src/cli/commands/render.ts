// `warrant render <case> -o out/`: the argument as SVG in GSN notation, with
// each node's support status as of a date; views for big cases.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { caseStatus } from '../../analysis/status.js';
import { loadCase } from '../../format/load-case.js';
import { DEFAULT_LIMITS } from '../../format/parse-yaml.js';
import type { Case } from '../../model/case.js';
import { buildGraph } from '../../model/graph.js';
import { createFsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { term, termBlock, termJoin } from '../../output/terminal.js';
import {
  layoutCase,
  parseView,
  renderSvg,
  THEMES,
  type Theme,
  type View,
  ViewError,
  viewName,
} from '../../render/index.js';
import { printDiagnostics } from '../diagnostics.js';
import { type Command, type Io, UsageError } from '../io.js';
import { dateOption, maxBytesOption } from '../options.js';
import { progressOf } from '../progress.js';
import { type OutFile, shown, writeFilesAtomically } from './gsn2x-shell.js';

const NAME = 'warrant render';

const usage = `Usage: warrant render [case] [-o <dir>] [options]

Draw a safety case (a warrant.yaml, or a directory holding one, default: the
current directory) as SVG in GSN notation: claims, strategies, evidence,
context, assumptions, justifications and defeaters, each with its id and its
support status as of a date (in colour and in words), and a legend.

Options:
  -o, --output <dir|->     Write the SVG files into this directory (created if
                           needed): <case id>.svg for the whole case, and
                           <case id>.<view>.svg for each other view, e.g.
                           cyber.subtree-G3.svg, cyber.risk-R2.svg,
                           cyber.defeaters.svg, cyber.module-M.svg; the files
                           written are named on stderr. Without -o (or with
                           "-") the SVG goes to stdout, as \`report\` does: one
                           view only.
  --view <view>            What to draw; repeat for several files:
                             all              the whole case (default)
                             subtree:<id>     one node and everything below it
                             risk:<risk id>   every claim addressing the risk, its
                                              support and the path down to it
                             defeaters        every open defeater, what it
                                              challenges and the path down to it
                             module:<id>      one module, other modules' nodes as
                                              away nodes
  --collapse <id,id,...>   Collapse these nodes' branches to a "+N hidden" count
  --depth <n>              Show n levels of support; deeper branches collapse
  --theme <light|dark|auto>  Colours (default light; auto follows the reader's
                           system setting where the SVG is shown)
  --as-of <YYYY-MM-DD>     Compute the support status as of this day (default: today)
  --no-status              Draw without the support status
  --no-legend              Leave the legend out
  --max-file-size <bytes>  Largest file accepted (default: ${DEFAULT_LIMITS.maxBytes})

Exit codes: 0 written, 2 the case cannot be loaded (its diagnostics are
printed), a view names something the case does not have, or bad usage.`;

interface RenderOptions {
  case: string;
  output: string;
  views: View[];
  /** Each view's name, as in its file name. */
  names: string[];
  collapse: string[] | undefined;
  depth: number | undefined;
  theme: Theme;
  asOf: string;
  status: boolean;
  legend: boolean;
  maxBytes: number;
}

function renderOptions(argv: string[], io: Io): RenderOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      view: { type: 'string', multiple: true },
      collapse: { type: 'string' },
      depth: { type: 'string' },
      theme: { type: 'string' },
      'as-of': { type: 'string' },
      'no-status': { type: 'boolean' },
      'no-legend': { type: 'boolean' },
      'max-file-size': { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`render takes one case; got ${positionals.length} paths.`);
  const theme = (values.theme ?? 'light') as Theme;
  if (!THEMES.includes(theme))
    throw new UsageError(`--theme must be one of ${THEMES.join(', ')}; got "${values.theme}".`);
  const asOf = dateOption(values['as-of'], io.today);
  let depth: number | undefined;
  if (values.depth !== undefined) {
    depth = Number(values.depth);
    if (!Number.isInteger(depth) || depth < 1)
      throw new UsageError(`--depth must be a whole number of levels, 1 or more; got "${values.depth}".`);
  }
  const maxBytes = maxBytesOption(values['max-file-size']);
  const output = values.output ?? '-';
  const { views, names } = viewsOption(values.view, output);
  return {
    case: positionals[0] ?? '.',
    output,
    views,
    names,
    collapse: values.collapse
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    depth,
    theme,
    asOf,
    status: !values['no-status'],
    legend: !values['no-legend'],
    maxBytes,
  };
}

/** The --view options (default: the whole case), each named once; one only when printing to stdout. */
function viewsOption(given: string[] | undefined, output: string): { views: View[]; names: string[] } {
  let views: View[];
  try {
    views = (given?.length ? given : ['all']).map(parseView);
  } catch (e) {
    if (e instanceof ViewError) throw new UsageError(`--view: ${e.message}`);
    throw e;
  }
  const names = views.map(viewName);
  if (new Set(names).size !== names.length) throw new UsageError('the same --view is named twice.');
  if (output === '-' && views.length > 1)
    throw new UsageError('stdout takes one SVG: name one --view, or write the files into a directory with -o <dir>.');
  return { views, names };
}

/** One SVG file per view; a ViewError when a view names something the case does not have. */
function drawViews(c: Case, o: RenderOptions, io: Io): OutFile[] | ViewError {
  const graph = buildGraph(c);
  const status = o.status ? caseStatus(c, graph, { asOf: o.asOf }) : undefined;
  const id = c.header.value.id;
  const files: OutFile[] = [];
  const progress = progressOf(io, 'drawing'); // a terminal only: a huge case takes seconds a view
  for (const [i, view] of o.views.entries()) {
    progress.step(i, o.views.length, o.names[i] ?? '');
    let svg: string;
    try {
      const layout = layoutCase(c, {
        graph,
        ...(status ? { status } : {}),
        view,
        ...(o.collapse?.length ? { collapse: o.collapse } : {}),
        ...(o.depth !== undefined ? { depth: o.depth } : {}),
      });
      svg = renderSvg(layout, { theme: o.theme, legend: o.legend });
    } catch (e) {
      progress.end();
      if (e instanceof ViewError) return e;
      throw e;
    }
    files.push({ path: view.kind === 'all' ? `${id}.svg` : `${id}.${o.names[i]}.svg`, text: svg });
  }
  progress.end();
  return files;
}

export const renderCommand: Command = {
  name: 'render',
  usage,
  run(argv: string[], io: Io): number {
    const o = renderOptions(argv, io);
    const root = resolveCaseRoot(o.case, io.cwd);
    const loaded = loadCase(root, createFsReader(io.cwd), { ...DEFAULT_LIMITS, maxBytes: o.maxBytes });
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (!loaded.case || errors.length) {
      printDiagnostics(io, loaded.diagnostics, loaded.sources);
      io.stderr(`${term`${NAME}: ${shown(io, path.resolve(io.cwd, root))} cannot be drawn: fix the errors above.`}\n`);
      return 2;
    }
    const files = drawViews(loaded.case, o, io);
    if (files instanceof ViewError) {
      io.stderr(`${term`${NAME}: ${files.message}`}\n`);
      return 2;
    }
    if (o.output === '-') {
      io.stdout((files[0] as OutFile).text);
      return 0;
    }
    const dir = path.resolve(io.cwd, o.output);
    const failed = writeFilesAtomically(dir, files, (n) =>
      io.stderr(`${term`${NAME}: note: ${termBlock(n, '  ')}`}\n`),
    );
    if (failed) {
      io.stderr(`${term`${NAME}: ${failed}.`}\n`);
      return 2;
    }
    io.stderr(`${term`Wrote ${termJoin(files.map((f) => shown(io, path.join(dir, f.path))))}.`}\n`);
    return 0;
  },
};
