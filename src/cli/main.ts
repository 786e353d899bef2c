// The `warrant` command: dispatch to a subcommand, map failures to exit codes.

import { term } from '../output/terminal.js';
import { VERSION } from '../version.js';
import { commands } from './commands/index.js';
import { guardedIo, type Io, UsageError } from './io.js';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'warrant: safety cases for frontier AI as text in git.',
    '',
    'Usage: warrant <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `warrant <command> --help` for a command's options.",
    'Exit codes: 0 clean, 1 findings at or above the failing severity, 2 unusable input or usage.',
    '',
  ].join('\n');
}

/** Run the command `argv` names; what it prints goes through the output guard. */
export function main(argv: string[], io: Io): Promise<number> {
  return dispatch(argv, guardedIo(io));
}

/** main without the guard, for the tests that hold each command's own escaping to account. */
export async function dispatch(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // Two-word commands ("import gsn2x") are registered under their full name.
  const entry =
    commands.find((c) => c.name === `${name} ${rest[0] ?? ''}`.trim()) ?? commands.find((c) => c.name === name);
  if (!entry) {
    const family = commands.filter((c) => c.name.startsWith(`${name} `));
    if (family.length) {
      const got = rest[0] ? term` (got "${rest[0]}")` : '';
      io.stderr(
        `${term`warrant: "${name}" needs one of: ${family.map((c) => c.name).join(', ')}${got}.`}\n\n${help()}`,
      );
      return 2;
    }
    io.stderr(`${term`warrant: unknown command "${name}".`}\n\n${help()}`);
    return 2;
  }
  const cmd = await entry.load();
  const args = cmd.name.includes(' ') ? rest.slice(1) : rest;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(args, io);
  } catch (e) {
    if (
      e instanceof UsageError ||
      (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(`${term`warrant ${cmd.name}: ${e.message}`}\n\n${cmd.usage}\n`);
      return 2;
    }
    throw e;
  }
}
