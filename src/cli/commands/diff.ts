// `warrant diff <a> <b>`: the semantic diff of two versions of a case, each a
// path or a git revision (read through git, nothing checked out).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diffCases, isEmptyDiff } from '../../analysis/diff/diff.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffPretty } from '../../analysis/diff/format.js';
import { caseStatus } from '../../analysis/status.js';
import { loadCase } from '../../format/load-case.js';
import { DEFAULT_LIMITS } from '../../format/parse-yaml.js';
import type { Case } from '../../model/case.js';
import { buildGraph } from '../../model/graph.js';
import { displayPath } from '../../node/display-path.js';
import { createFsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { term } from '../../output/terminal.js';
import { writeFileAtomic } from '../atomic-write.js';
import { diagnosticsJson, printDiagnostics } from '../diagnostics.js';
import { type CaseSource, createGitReader, GitError, resolveCaseRootAt, resolveSource } from '../git-reader.js';
import { type Command, type Io, UsageError } from '../io.js';
import { dateOption, maxBytesOption, oneOf } from '../options.js';

const FORMATS = ['pretty', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: warrant diff <a> <b> [options]

The semantic diff from version <a> of a case to version <b>: nodes added,
removed, renamed (same text, new id) and reworded; links changed; evidence
whose results, builds or artefact hashes changed; defeaters opened, resolved
or reopened; claims whose support status changed; and field changes in the
context, acceptability criteria, risk model, decision, change control,
publication and rule configuration.

Each side is one of:
  <path>       a case file or a directory holding warrant.yaml (an existing
               path wins over a revision of the same name)
  <rev>:<path> the case at a git revision; the path is from the repository's
               top, or from the current directory when written <rev>:./<path>
  <rev>        the case at a git revision, at the other side's path (or .)
Revisions are read with git (git cat-file); nothing is checked out.

Options:
  --format <pretty|json|markdown>  Output format (default: pretty); markdown suits a pull-request comment
  --as-of <YYYY-MM-DD>             Compare support statuses as of this day (default: today)
  --no-status                      Do not compare support statuses
  --exit-code                      Exit 1 when the versions differ (as git diff --exit-code)
  -o, --output <file>              Write the output to a file (atomically) instead of stdout
  --max-file-size <bytes>          Largest file accepted (default: ${DEFAULT_LIMITS.maxBytes})
  --no-color                       Plain output even on a terminal

Exit codes: 0 (with --exit-code: 0 no differences, 1 differences), 2 unusable input or usage.`;

export interface Loaded {
  case: Case;
  label: string;
}

/**
 * Load a case from the working tree or from a commit. Prints the loader's
 * diagnostics and returns undefined when the case is unusable.
 */
export function loadFrom(
  src: CaseSource,
  fallbackPath: string,
  io: Io,
  maxBytes: number,
  prefix: string,
  json = false,
): Loaded | undefined {
  let root: string;
  let label: string;
  let loaded: ReturnType<typeof loadCase>;
  if (src.kind === 'path') {
    root = resolveCaseRoot(displayPath(src.path, io.cwd), io.cwd);
    label = displayPath(src.path, io.cwd);
    loaded = loadCase(root, createFsReader(io.cwd), { ...DEFAULT_LIMITS, maxBytes });
  } else {
    const p = src.path ?? fallbackPath;
    root = resolveCaseRootAt(src.repo, src.commit, p);
    label = `${src.rev}:${p}`;
    loaded = loadCase(root, createGitReader(src.repo, src.commit, src.rev), { ...DEFAULT_LIMITS, maxBytes });
  }
  if (!loaded.case || loaded.fatal || loaded.diagnostics.some((d) => d.severity === 'error')) {
    // Under --format json the diagnostics are the result: the JSON document on stdout, in check's shape.
    if (json) io.stdout(diagnosticsJson(io, loaded.diagnostics));
    else printDiagnostics(io, loaded.diagnostics, loaded.sources);
    io.stderr(`${term`warrant ${prefix}: ${label} is not a usable case; run \`warrant check\` on it for details.`}\n`);
    return undefined;
  }
  return { case: loaded.case, label };
}

export const diffCommand: Command = {
  name: 'diff',
  usage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'as-of': { type: 'string' },
        'no-status': { type: 'boolean' },
        'exit-code': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        'max-file-size': { type: 'string' },
        'no-color': { type: 'boolean' },
      },
    });
    const format: Format = oneOf(values.format, FORMATS, '--format', 'pretty');
    const maxBytes = maxBytesOption(values['max-file-size']);
    const asOf = dateOption(values['as-of'], io.today);
    if (positionals.length !== 2)
      throw new UsageError(`diff takes two versions of a case, <a> and <b>; got ${positionals.length}.`);
    const exists = (p: string) => fs.existsSync(path.resolve(io.cwd, p));
    let sides: CaseSource[];
    try {
      sides = positionals.map((p) => resolveSource(p, io.cwd, exists));
    } catch (e) {
      if (e instanceof GitError) {
        io.stderr(`${term`warrant diff: ${e.message}`}\n`);
        return 2;
      }
      throw e;
    }
    const pathOf = (s: CaseSource | undefined) => (s?.kind === 'path' ? s.path : s?.path);
    const loaded: Loaded[] = [];
    try {
      for (const [i, s] of sides.entries()) {
        const l = loadFrom(s, pathOf(sides[1 - i]) ?? '.', io, maxBytes, 'diff', format === 'json');
        if (!l) return 2;
        loaded.push(l);
      }
    } catch (e) {
      if (e instanceof GitError) {
        io.stderr(`${term`warrant diff: ${e.message}`}\n`);
        return 2;
      }
      throw e;
    }
    const [a, b] = loaded as [Loaded, Loaded];
    const status = values['no-status']
      ? undefined
      : { a: caseStatus(a.case, buildGraph(a.case), { asOf }), b: caseStatus(b.case, buildGraph(b.case), { asOf }) };
    const d = diffCases(a.case, b.case, { labels: { a: a.label, b: b.label }, ...(status ? { status } : {}) });
    const text =
      format === 'json'
        ? formatDiffJson(d)
        : format === 'markdown'
          ? formatDiffMarkdown(d)
          : formatDiffPretty(d, { color: io.color && !values['no-color'] && !values.output });
    if (values.output) writeFileAtomic(path.resolve(io.cwd, values.output), text);
    else io.stdout(text);
    return values['exit-code'] && !isEmptyDiff(d) ? 1 : 0;
  },
};
