// What a command may touch: its output streams and the working directory.
// Commands take an Io so tests can run them in-process and read the output.
import { escapeControl, guardOutput } from '../output/text.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Colour in pretty output. */
  color: boolean;
  /** Today's date (YYYY-MM-DD), from the clock in the shell only. */
  today: string;
  /**
   * Only when stderr is a terminal: show one line of progress in place of the
   * last ('' clears it). Piped or in a test there is none, so nothing is said.
   */
  progress?(line: string): void;
  /** Only when stdout is a terminal: clear it (`check --watch` redraws each run, as tsc --watch does). */
  clearScreen?(): void;
}

export interface Command {
  /** As typed, matching its entry in commands/index.ts (a test holds them together). */
  name: string;
  usage: string;
  /** Returns the exit code: 0 clean, 1 findings at or above the failing severity, 2 unusable input or usage. */
  run(argv: string[], io: Io): Promise<number> | number;
}

/**
 * Colour by default only on a terminal; NO_COLOR (any non-empty value,
 * https://no-color.org) turns it off, as `--no-color` does for one run.
 */
export function wantsColour(stdoutIsTerminal: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return stdoutIsTerminal && !env.NO_COLOR;
}

/** Thrown for bad usage; main prints the message and the command's usage and exits 2. */
export class UsageError extends Error {}

/**
 * The Io a command runs with: what it prints passes through guardOutput, so
 * that no command, whatever its formatter forgets, can send a terminal a
 * control sequence from a case, a log or an argument (docs/security.md).
 */
export function guardedIo(io: Io): Io {
  return {
    ...io,
    stdout: (text) => io.stdout(guardOutput(text, 'stdout', io.color)),
    stderr: (text) => io.stderr(guardOutput(text, 'stderr', io.color)),
    ...(io.progress ? { progress: (line: string) => io.progress?.(escapeControl(line)) } : {}),
    ...(io.clearScreen ? { clearScreen: () => io.clearScreen?.() } : {}),
  };
}
