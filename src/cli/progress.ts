// Progress of long work (many cases, large logs, huge diagrams): one line on
// stderr, redrawn in place, only on a terminal (Io.progress is absent
// otherwise), so a pipe, a file or CI sees nothing of it.
import type { Io } from './io.js';

export interface Progress {
  /** `done` of `total` steps finished; `what` is the one being worked on. */
  step(done: number, total: number, what: string): void;
  /** Clear the line: call before printing anything else, and at the end. */
  end(): void;
}

/** Fewer redraws than this apart are dropped: a terminal need not draw thousands of lines a second. */
const MIN_INTERVAL_MS = 80;

/** A progress line for `label` ("checking"), or one that does nothing when there is no terminal. */
export function progressOf(io: Io, label: string, now: () => number = () => performance.now()): Progress {
  const show = io.progress;
  if (!show) return { step: () => {}, end: () => {} };
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    step(done, total, what) {
      const t = now();
      if (t - last < MIN_INTERVAL_MS && done < total) return;
      last = t;
      shown = true;
      show(`${label} ${done}/${total} ${what}`);
    },
    end() {
      if (shown) show('');
      shown = false;
    },
  };
}
