#!/usr/bin/env node
// First: tunes V8 before the commands' modules load (v8-tuning.ts says why).
import './v8-tuning.js';
// Entry point of the `warrant` binary: the only place that touches process.*.
import { escapeControl } from '../output/text.js';
import { type Io, wantsColour } from './io.js';
import { main } from './main.js';

/**
 * The reader of our output went away (`warrant status | head`): stop at once
 * and quietly, as `git log | head` does, by the signal a program that does
 * not catch it dies of. Node ignores SIGPIPE; adding a listener and removing
 * it puts back the default action, which ends the process. Where there is no
 * SIGPIPE (Windows), the status a shell reports for it.
 */
function endByBrokenPipe(): never {
  try {
    const ignore = () => {};
    process.on('SIGPIPE', ignore);
    process.off('SIGPIPE', ignore);
    process.kill(process.pid, 'SIGPIPE');
  } catch {
    // No such signal here: the status below says the same.
  }
  process.exit(128 + 13);
}

/** A write to stdout or stderr failed: a closed pipe ends quietly; anything else (a full disk) is said once. */
function outputFailed(e: unknown): never {
  if ((e as NodeJS.ErrnoException).code === 'EPIPE') endByBrokenPipe();
  try {
    process.stderr.write(`warrant: cannot write the output: ${escapeControl(String((e as Error).message ?? e))}\n`);
  } catch {
    // stderr is gone too: the exit status is all that is left to say it.
  }
  process.exit(2);
}

// Pipes report a failed write as an event, files and terminals by throwing: both end the same way.
process.stdout.on('error', outputFailed);
process.stderr.on('error', outputFailed);
const write = (stream: NodeJS.WriteStream, text: string) => {
  try {
    stream.write(text);
  } catch (e) {
    outputFailed(e);
  }
};

// A progress line is on stderr only on a terminal, redrawn in place (carriage
// return, erase line); anything else printed to the terminal first erases it,
// so a message never runs on from the middle of a progress line.
let progressShown = false;
const clearProgress = () => {
  if (progressShown) write(process.stderr, '\r\x1b[K');
  progressShown = false;
};
const writer = (stream: NodeJS.WriteStream) => (text: string) => {
  if (stream.isTTY) clearProgress();
  write(stream, text);
};
const showProgress = (line: string) => {
  clearProgress();
  if (line === '') return;
  write(process.stderr, line.slice(0, Math.max(0, (process.stderr.columns || 80) - 1)));
  progressShown = true;
};

const io: Io = {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  cwd: process.cwd(),
  color: wantsColour(Boolean(process.stdout.isTTY), process.env),
  today: new Date().toISOString().slice(0, 10),
  // Erase the screen and the scrollback, cursor home: each --watch run starts on a clean terminal.
  ...(process.stdout.isTTY ? { clearScreen: () => write(process.stdout, '\x1b[2J\x1b[3J\x1b[H') } : {}),
  ...(process.stderr.isTTY ? { progress: showProgress } : {}),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A crash is a bug in Warrant, not in the user's input: say so plainly, without a stack trace.
    const message = escapeControl(e instanceof Error ? e.message : String(e), true);
    io.stderr(`warrant: internal error: ${message}\nPlease report this with the input that caused it.\n`);
    process.exitCode = 2;
  },
);
