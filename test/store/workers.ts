// The writer processes of the store tests (append-worker.ts, crash-worker.ts),
// bundled once per test run with esbuild into plain JavaScript: a process then
// starts in a fraction of a second instead of compiling TypeScript through tsx
// for seconds, which is what made these tests slow on a busy machine. The
// bundle sits under node_modules/.cache so that it finds the database drivers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const OUT = path.resolve('node_modules/.cache/warrant-store-tests');
const built = new Map<string, Promise<string>>();

function bundle(name: 'append-worker' | 'crash-worker'): Promise<string> {
  let out = built.get(name);
  if (!out) {
    const outfile = path.join(OUT, `${name}-${process.pid}.mjs`);
    out = build({
      entryPoints: [path.resolve('test/store', `${name}.ts`)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3', 'pg'],
      logLevel: 'error',
    }).then(() => {
      process.once('exit', () => fs.rmSync(outfile, { force: true }));
      return outfile;
    });
    built.set(name, out);
  }
  return out;
}

/** Starts a writer process with `args`, its stdin and stdout piped. */
export async function startWorker(name: 'append-worker' | 'crash-worker', args: readonly string[]) {
  return spawn(process.execPath, [await bundle(name), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
}
