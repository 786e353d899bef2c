#!/usr/bin/env node
// First: tunes V8 before the commands' modules load (v8-tuning.ts says why).
import './v8-tuning.js';
import type { Io } from './io.js';
// Entry point of the `warrant` binary: the only place that touches process.*.
import { main } from './main.js';

const io: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  today: new Date().toISOString().slice(0, 10),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A crash is a bug in Warrant, not in the user's input: say so plainly, without a stack trace.
    process.stderr.write(
      `warrant: internal error: ${e instanceof Error ? e.message : String(e)}\nPlease report this with the input that caused it.\n`,
    );
    process.exitCode = 2;
  },
);
