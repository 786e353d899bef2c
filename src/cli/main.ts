// The `warrant` command: dispatch to a subcommand, map failures to exit codes.

import { term } from '../output/terminal.js';
import { VERSION } from '../version.js';
import { type CommandEntry, commands } from './commands/index.js';
import { type Command, guardedIo, type Io, UsageError } from './io.js';
import { describeParseError, didYouMean, parseArgsError, shortUsage } from './usage-errors.js';

const USAGE = 'Usage: warrant <command> [options]';
const VERSION_FLAGS = ['--version', '-V', '-v', 'version'];
const HELP_FLAGS = ['--help', '-h', 'help'];
/** Options every command takes, read here so that no command has to. */
const GLOBAL_OPTIONS = ['--no-color', ...VERSION_FLAGS.slice(0, 3), '--help', '-h'];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'warrant: safety cases for frontier AI as text in git.',
    '',
    USAGE,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options of every command:',
    "  -h, --help       Show the help (`warrant help <command>`: one command's)",
    '  -V, --version    Print the version',
    '  --no-color       Plain output even on a terminal (so does the NO_COLOR variable)',
    '',
    "Run `warrant <command> --help` for a command's options.",
    'Exit codes: 0 clean, 1 findings at or above the failing severity, 2 unusable input or usage.',
    'Results go to stdout; messages and progress to stderr (docs/cli.md).',
    '',
  ].join('\n');
}

/** Run the command `argv` names; what it prints goes through the output guard. */
export function main(argv: string[], io: Io): Promise<number> {
  return dispatch(argv, guardedIo(io));
}

/** `--no-color` anywhere before a `--`: taken out of the arguments and into the Io. */
function takeGlobalOptions(argv: string[], io: Io): { argv: string[]; io: Io } {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  const noColor = argv.slice(0, end).includes('--no-color');
  if (!noColor) return { argv, io };
  return { argv: argv.filter((a, i) => i >= end || a !== '--no-color'), io: { ...io, color: false } };
}

/** The command entry `name` (and the word after it, for a two-word command) names. */
function findEntry(name: string, next: string | undefined): CommandEntry | undefined {
  return commands.find((c) => c.name === `${name} ${next ?? ''}`.trim()) ?? commands.find((c) => c.name === name);
}

/** A mistake in the command name or before it: one line, a did-you-mean, the short usage; exit 2. */
function unknownCommand(io: Io, name: string, next: string | undefined): number {
  const family = commands.filter((c) => c.name.startsWith(`${name} `));
  let message: string;
  if (family.length) {
    const got = next ? term` (got "${next}")` : '';
    const words = family.map((c) => c.name.split(' ')[1] ?? '');
    const hint = next && !next.startsWith('-') ? didYouMean(next, words) : '';
    message = `${term`warrant: "${name}" needs one of: ${family.map((c) => c.name).join(', ')}${got}.`}${hint}`;
  } else if (name.startsWith('-')) {
    message = `${term`warrant: unknown option "${name}".`}${didYouMean(name, GLOBAL_OPTIONS)}`;
  } else {
    const names = [...new Set(commands.map((c) => c.name.split(' ')[0] ?? c.name)), 'help', 'version'];
    message = `${term`warrant: unknown command "${name}".`}${didYouMean(name, names)}`;
  }
  io.stderr(`${message}\n${shortUsage(USAGE, 'warrant --help')}`);
  return 2;
}

/** `warrant help [command]`, `warrant --help`: the whole help, or one command's usage. */
async function printHelp(io: Io, topic: string[]): Promise<number> {
  if (topic.length === 0) {
    io.stdout(help());
    return 0;
  }
  const entry = findEntry(topic[0] ?? '', topic[1]);
  if (!entry) return unknownCommand(io, topic[0] ?? '', topic[1]);
  io.stdout(`${(await entry.load()).usage}\n`);
  return 0;
}

export async function dispatch(argv: string[], baseIo: Io): Promise<number> {
  const { argv: args, io } = takeGlobalOptions(argv, baseIo);
  const [name, ...rest] = args;
  if (!name) {
    io.stderr(`${USAGE}\n${term`Run "warrant --help" for the commands.`}\n`);
    return 2;
  }
  if (HELP_FLAGS.includes(name)) return printHelp(io, rest);
  if (VERSION_FLAGS.includes(name)) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = findEntry(name, rest[0]);
  if (!entry) return unknownCommand(io, name, rest[0]);
  const cmd = await entry.load();
  return runCommand(cmd, cmd.name.includes(' ') ? rest.slice(1) : rest, io);
}

/** One command, its --help, and its usage mistakes told in one line with its short usage. */
async function runCommand(cmd: Command, args: string[], io: Io): Promise<number> {
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  if (args.slice(0, end).some((a) => a === '--help' || a === '-h')) {
    io.stdout(`${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(args, io);
  } catch (e) {
    const parseError = parseArgsError(e);
    if (!(e instanceof UsageError) && !parseError) throw e;
    const message = parseError ? describeParseError(parseError, cmd.usage) : `${term`${(e as Error).message}`}`;
    io.stderr(`${term`warrant ${cmd.name}: `}${message}\n${shortUsage(cmd.usage, `warrant ${cmd.name} --help`)}`);
    return 2;
  }
}
