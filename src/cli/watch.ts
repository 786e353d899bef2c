// `--watch`: run, then run again whenever a file of the case is saved, until
// Ctrl-C, as tsc --watch does. The directories of the case's files are watched
// rather than the files, because an editor's save may replace a file (a
// rename), which a watch on the file itself would lose; a save is followed by
// a burst of events, so runs wait for a quiet moment (debounced).
import fs from 'node:fs';
import path from 'node:path';
import { term } from '../output/terminal.js';
import type { Io } from './io.js';

/** A save fires several events (write, rename, metadata): wait this long after the last before running again. */
export const DEBOUNCE_MS = 100;

/** A case file, or a configuration file beside one: what a change to may change the result. */
const RELEVANT = /\.ya?ml$/i;

/**
 * Run `once` now and after every relevant change; `once` returns the files it
 * read (absolute paths), whose directories are watched next. Resolves 0 on
 * Ctrl-C (SIGINT) or SIGTERM, after closing every watcher.
 */
export function watchRuns(io: Io, name: string, once: () => string[]): Promise<number> {
  const watchers = new Map<string, fs.FSWatcher>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };
  const rewatch = (dirs: Set<string>) => {
    for (const [dir, w] of watchers)
      if (!dirs.has(dir)) {
        w.close();
        watchers.delete(dir);
      }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const w = fs.watch(dir, (_event, file) => {
          if (!file || RELEVANT.test(String(file))) schedule();
        });
        // A directory that goes away: the next run watches what is there then.
        w.on('error', () => watchers.delete(dir));
        watchers.set(dir, w);
      } catch {
        // Not there (yet): the next run tries again.
      }
    }
  };
  function run() {
    io.clearScreen?.();
    const files = once();
    rewatch(new Set(files.map((f) => path.dirname(f))));
    const n = new Set(files).size;
    io.stderr(`${term`${name}: watching ${n} file${n === 1 ? '' : 's'} for changes; Ctrl-C stops.`}\n`);
  }
  return new Promise<number>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
      resolve(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    run();
  });
}
