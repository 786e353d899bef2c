// `warrant impact <case> --change PATH=VALUE ... | --against REV`: what a
// change to the operational context does to the case, and whether it must be
// reviewed again (exit 1). The case's change control, made executable for CI.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyChanges, ChangeError, parseChange } from '../../analysis/impact/changes.js';
import {
  formatImpactJson,
  formatImpactMarkdown,
  formatImpactPretty,
  type ImpactLabels,
} from '../../analysis/impact/format.js';
import { analyseImpact, withContext } from '../../analysis/impact/impact.js';
import { caseStatus } from '../../analysis/status.js';
import { buildGraph } from '../../model/graph.js';
import { displayPath } from '../../node/display-path.js';
import { term, termBlock } from '../../output/terminal.js';
import { writeFileAtomic } from '../atomic-write.js';
import { findRepo, GitError, resolveCommit } from '../git-reader.js';
import { type Command, type Io, UsageError } from '../io.js';
import { dateOption, maxBytesOption, oneOf } from '../options.js';
import { loadFrom } from './diff.js';

const FORMATS = ['pretty', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: warrant impact [path] (--change <change>... | --against <rev>) [options]

What a change to the operational context does to the case (a warrant.yaml or
a directory holding one; default: the current directory): which review
triggers fire, which evidence no longer matches the context, which claims
lose support, and whether the case must be reviewed again.

Changes (repeat --change; the context. prefix may be left out):
  --change context.model.build=m4-rc4          set a field
  --change context.user_population.size=5000   numbers are read as numbers
  --change tools+=browser                      add an entry to a list
  --change tools-=browser                      remove one (written in full, or by its name)
  --change context.model.components.monitor.build=mon-5   a component, by id, name, role or index

Or compare with another revision:
  --against <rev>   "before" is the context of the case at <rev> (read with
                    git, nothing checked out); "after" is the working tree's.
                    The argument, evidence and triggers are the working tree's.

Options:
  --format <pretty|json|markdown>  Output format (default: pretty)
  --as-of <YYYY-MM-DD>             Judge statuses as of this day (default: today)
  -o, --output <file>              Write the output to a file (atomically) instead of stdout
  --max-file-size <bytes>          Largest file accepted (default: 10485760)
  --no-color                       Plain output even on a terminal

Exit codes: 0 no re-review required, 1 re-review required, 2 unusable input or usage.`;

export const impactCommand: Command = {
  name: 'impact',
  usage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        change: { type: 'string', multiple: true },
        against: { type: 'string' },
        format: { type: 'string' },
        'as-of': { type: 'string' },
        output: { type: 'string', short: 'o' },
        'max-file-size': { type: 'string' },
        'no-color': { type: 'boolean' },
      },
    });
    const format: Format = oneOf(values.format, FORMATS, '--format', 'pretty');
    const maxBytes = maxBytesOption(values['max-file-size']);
    const asOf = dateOption(values['as-of'], io.today);
    if (positionals.length > 1) throw new UsageError(`impact takes one case; got ${positionals.length} paths.`);
    const changes = values.change ?? [];
    if (!changes.length && values.against === undefined)
      throw new UsageError('Give the changes to assess with --change, or a revision to compare with using --against.');
    if (changes.length && values.against !== undefined) throw new UsageError('Use --change or --against, not both.');
    const casePath = positionals[0] ?? '.';
    if (!fs.existsSync(path.resolve(io.cwd, casePath))) {
      io.stderr(`${term`warrant impact: ${casePath} does not exist.`}\n`);
      return 2;
    }
    try {
      const specs = changes.map(parseChange);
      const current = loadFrom({ kind: 'path', path: casePath }, casePath, io, maxBytes, 'impact', format === 'json');
      if (!current) return 2;
      const c = current.case;
      if (!c.context) {
        io.stderr(
          `${term`warrant impact: ${current.label} has no operational context (context:), so there is nothing to change.`}\n`,
        );
        return 2;
      }
      let before = c;
      let after = c;
      let labels: ImpactLabels;
      if (values.against !== undefined) {
        const repo = findRepo(io.cwd);
        const rev = values.against;
        const commit = resolveCommit(repo, rev);
        if (!commit) throw new GitError(`"${rev}" is not a revision of the repository at ${repo.top}.`);
        const old = loadFrom(
          { kind: 'rev', rev, commit, repo, path: displayPath(casePath, io.cwd) },
          casePath,
          io,
          maxBytes,
          'impact',
          format === 'json',
        );
        if (!old) return 2;
        if (!old.case.context) {
          io.stderr(`${term`warrant impact: ${old.label} has no operational context (context:) to compare with.`}\n`);
          return 2;
        }
        before = withContext(c, old.case.context.value);
        labels = { case: current.label, before: `the context at ${rev}`, after: 'the working tree' };
      } else {
        after = withContext(c, applyChanges(c.context.value, specs));
        labels = {
          case: current.label,
          before: 'the case as written',
          after: `with ${specs.map((s) => s.raw.trim()).join(', ')}`,
        };
      }
      const report = analyseImpact(before, after, { asOf, graph: buildGraph(c), status: caseStatus });
      const text =
        format === 'json'
          ? formatImpactJson(report, labels)
          : format === 'markdown'
            ? formatImpactMarkdown(report, labels)
            : formatImpactPretty(report, labels, { color: io.color && !values['no-color'] && !values.output });
      if (values.output) writeFileAtomic(path.resolve(io.cwd, values.output), text);
      else io.stdout(text);
      return report.verdict.reReview ? 1 : 0;
    } catch (e) {
      if (e instanceof ChangeError) {
        const hint = e.hint ? `${term`  hint: ${termBlock(e.hint.trim(), '    ')}`}\n` : '';
        io.stderr(`${term`warrant impact: ${e.message}`}\n${hint}`);
        return 2;
      }
      if (e instanceof GitError) {
        io.stderr(`${term`warrant impact: ${e.message}`}\n`);
        return 2;
      }
      throw e;
    }
  },
};
