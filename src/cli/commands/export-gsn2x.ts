// `warrant export gsn2x <case> [-o dir]`: a Warrant case to gsn2x YAML.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportGsn2x } from '../../format/gsn2x/export.js';
import { loadCase } from '../../format/load-case.js';
import { fsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { term, termBlock, termJoin } from '../../output/terminal.js';
import { printDiagnostics } from '../diagnostics.js';
import { type Command, type Io, UsageError } from '../io.js';
import { printFiles, shown, writeFilesAtomically } from './gsn2x-shell.js';

const NAME = 'warrant export gsn2x';

const usage = `Usage: warrant export gsn2x <case> [-o dir]

Export a Warrant case (a warrant.yaml, or a directory holding one) as gsn2x
YAML: one file per module, index.gsn.yaml for the root when there are several
(else <case id>.gsn.yaml). Content gsn2x cannot hold (the case header, context,
evidence registry, risks, decision, ...) is dropped; a comment at the top of
each file says what.

Options:
  -o, --output <dir>    Write the files into this directory (created if needed).
                        Without it they are printed: several files as YAML
                        documents, each headed by "# file: <name>".

Exit codes: 0 exported, 2 the case cannot be loaded (unreadable, invalid,
duplicate ids).`;

export const exportGsn2xCommand: Command = {
  name: 'export gsn2x',
  usage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { output: { type: 'string', short: 'o' } },
    });
    if (positionals.length !== 1)
      throw new UsageError(
        positionals.length ? 'name one case only.' : 'name the case to export (a warrant.yaml or its directory).',
      );
    const root = resolveCaseRoot(path.resolve(io.cwd, positionals[0] as string));
    const loaded = loadCase(root, fsReader);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (!loaded.case || errors.length) {
      printDiagnostics(io, loaded.diagnostics, loaded.sources);
      io.stderr(`${term`${NAME}: ${shown(io, root)} cannot be exported: fix the errors above.`}\n`);
      return 2;
    }
    const files = exportGsn2x(loaded.case);
    if (values.output === undefined) {
      printFiles(io, files);
      return 0;
    }
    const dir = path.resolve(io.cwd, values.output);
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
