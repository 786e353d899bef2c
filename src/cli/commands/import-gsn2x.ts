// `warrant import gsn2x <file...> [-o out.yaml]`: gsn2x YAML to a Warrant case.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importGsn2x } from '../../format/gsn2x/import.js';
import { DEFAULT_LIMITS } from '../../format/parse-yaml.js';
import { ID_PATTERN } from '../../model/schema.js';
import { CASE_STATUSES, type CaseStatus, DECISION_KINDS, type DecisionKind } from '../../model/vocab.js';
import { fsReader } from '../../node/fs-reader.js';
import { term, termBlock, termJoin } from '../../output/terminal.js';
import { printDiagnostics, sourcesOnDisk } from '../diagnostics.js';
import { type Command, type Io, UsageError } from '../io.js';
import { oneOf } from '../options.js';
import { printFiles, shown, writeFilesAtomically } from './gsn2x-shell.js';

const NAME = 'warrant import gsn2x';

const usage = `Usage: warrant import gsn2x <file...> [-o out.yaml] [options]

Import gsn2x (github.com/jonasthewolf/gsn2x) YAML as a Warrant case. Files named
by \`module.uses\` are read too. The first file nobody uses becomes the root, with
a synthesised case header; every other gsn2x module becomes a module file.

Options:
  -o, --output <file>   Write the root file here and module files beside it.
                        Without it the case is printed: several files as YAML
                        documents, each headed by "# file: <name>".
  --id <id>             Case id (default: the root module's name or file name).
  --title <text>        Case title.
  --kind <kind>         Decision kind (default continue-training): ${DECISION_KINDS.join(', ')}.
  --decision <text>     The exact decision the case supports.
  --status <status>     Case status (default draft): ${CASE_STATUSES.join(', ')}.
  --schema <path|url>   Start each file with a yaml-language-server line naming
                        Warrant's JSON Schema (a path from here, or a URL), so
                        editors validate and complete the case.

Exit codes: 0 imported (warnings on stderr), 2 unreadable input, duplicate ids,
or anything else that stops the import.`;

export const importGsn2xCommand: Command = {
  name: 'import gsn2x',
  usage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        id: { type: 'string' },
        title: { type: 'string' },
        kind: { type: 'string' },
        decision: { type: 'string' },
        status: { type: 'string' },
        schema: { type: 'string' },
      },
    });
    if (positionals.length === 0) throw new UsageError('name at least one gsn2x file to import.');
    if (values.id !== undefined && !ID_PATTERN.test(values.id))
      throw new UsageError(`--id "${values.id}" is not a valid id (a letter, then letters, digits, ".", "_" or "-").`);
    const kind = oneOf<DecisionKind>(values.kind, DECISION_KINDS, '--kind');
    const status = oneOf<CaseStatus>(values.status, CASE_STATUSES, '--status');

    const files: { path: string; text: string }[] = [];
    for (const p of positionals) {
      const r = fsReader.read(path.resolve(io.cwd, p), DEFAULT_LIMITS.maxBytes);
      if (!r.ok) {
        io.stderr(`${term`${NAME}: cannot read ${p}: it ${r.reason === 'missing' ? 'does not exist' : r.detail}.`}\n`);
        return 2;
      }
      files.push({ path: p, text: r.text });
    }
    const out = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
    const schema = values.schema;
    const result = importGsn2x(files, {
      ...(schema
        ? {
            schema: /^[a-z][a-z0-9+.-]*:\/\//i.test(schema)
              ? schema
              : path.relative(out ? path.dirname(out) : io.cwd, path.resolve(io.cwd, schema)),
          }
        : {}),
      read: (file, max) => fsReader.read(path.resolve(io.cwd, file), max),
      rootPath: out ? path.basename(out) : 'warrant.yaml',
      header: {
        ...(values.id !== undefined ? { id: values.id } : {}),
        ...(values.title !== undefined ? { title: values.title } : {}),
        ...(values.decision !== undefined ? { decision: values.decision } : {}),
        ...(kind ? { kind } : {}),
        ...(status ? { status } : {}),
      },
    });
    printDiagnostics(io, result.diagnostics, sourcesOnDisk(io, result.diagnostics));
    if (result.files.length === 0) {
      io.stderr(`${NAME}: nothing imported: fix the errors above.\n`);
      return 2;
    }
    if (!out) {
      printFiles(io, result.files);
      return 0;
    }
    const dir = path.dirname(out);
    const inputs = new Set(files.map((f) => path.resolve(io.cwd, f.path)));
    const clash = result.files.find((f) => inputs.has(path.resolve(dir, f.path)));
    if (clash) {
      io.stderr(
        `${NAME}: refusing to overwrite the input file ${shown(io, path.resolve(dir, clash.path))}; choose another -o.\n`,
      );
      return 2;
    }
    const failed = writeFilesAtomically(dir, result.files, (n) =>
      io.stderr(`${term`${NAME}: note: ${termBlock(n, '  ')}`}\n`),
    );
    if (failed) {
      io.stderr(`${term`${NAME}: ${failed}.`}\n`);
      return 2;
    }
    io.stderr(`${term`Wrote ${termJoin(result.files.map((f) => shown(io, path.resolve(dir, f.path))))}.`}\n`);
    return 0;
  },
};
