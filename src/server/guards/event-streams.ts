// Server-Sent Event clients with bounded memory whatever they do. A client
// that does not read made every later update pile up in the server's buffer
// for it (a thousand such clients and one save held 150 MB more). Here:
// - at most `maxClients` streams are open; one more is refused (503 with
//   Retry-After) before anything is written;
// - an update to a client whose last write has not drained yet replaces the
//   update waiting for it instead of queueing behind it: each update carries
//   the whole page, so only the latest matters. A client thus holds at most
//   one update in flight and one waiting (the same string every client shares);
// - a client that has not drained within `drainTimeoutMs` is disconnected
//   (its browser, if any, reconnects and gets the current page);
// - a comment line every `heartbeatMs` keeps proxies from timing the stream
//   out and makes a dead peer's socket fail, so it is noticed and dropped.
// The sink interface is all the hub needs of a response, so another server
// (the review server) can hand in its own.
import { type Refusal, refuse } from './refusal.js';

/** The writable end of one event stream. */
export interface StreamSink {
  /** Write a chunk; false when it was buffered past the high-water mark (wait for drain). */
  write(chunk: string): boolean;
  /** Bytes written but not yet handed to the operating system. */
  buffered(): number;
  /** Call `f` once, when the buffer has drained. */
  onDrain(f: () => void): void;
  /** Call `f` once, when the stream is closed (by either end). */
  onClose(f: () => void): void;
  /** End the stream cleanly. */
  end(): void;
  /** Drop the connection at once. */
  destroy(): void;
}

export interface StreamLimits {
  maxClients: number;
  drainTimeoutMs: number;
  heartbeatMs: number;
  /** Seconds a refused client is told to wait (Retry-After). */
  retryAfterS: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = {
  maxClients: 64,
  drainTimeoutMs: 10_000,
  heartbeatMs: 15_000,
  retryAfterS: 10,
};

export interface StreamStats {
  open: number;
  /** Bytes held in the server's buffers for all open clients. */
  buffered: number;
  /** Clients disconnected because they did not read. */
  evicted: number;
  /** Clients refused because every slot was taken. */
  refused: number;
}

export interface EventStreams<C> {
  /** The refusal for one more client when every slot is taken (counted), or undefined. */
  full(): Refusal | undefined;
  /** Start streaming to a client: `first` (a greeting, maybe the current update) goes out at once. */
  add(channel: C, sink: StreamSink, first: string): void;
  /** Send an update to every client of a channel (or hold it as the latest for one still draining). */
  publish(channel: C, message: string): void;
  stats(): StreamStats;
  /** End every stream and stop the heartbeat. */
  close(): void;
}

interface Client<C> {
  channel: C;
  sink: StreamSink;
  /** A write is waiting for drain; `pending` is the latest update since. */
  waiting: boolean;
  pending: string | undefined;
  deadline: NodeJS.Timeout | undefined;
}

const HEARTBEAT = ':\n\n';

export function createEventStreams<C>(limits: Partial<StreamLimits> = {}): EventStreams<C> {
  const lim = { ...DEFAULT_STREAM_LIMITS, ...limits };
  const clients = new Set<Client<C>>();
  let heartbeat: NodeJS.Timeout | undefined;
  let evicted = 0;
  let refused = 0;

  const drop = (c: Client<C>) => {
    clearTimeout(c.deadline);
    clients.delete(c);
    if (clients.size === 0) heartbeat = stopTimer(heartbeat);
  };
  const evict = (c: Client<C>) => {
    if (!clients.has(c)) return;
    evicted++;
    drop(c);
    c.sink.destroy();
  };
  const send = (c: Client<C>, chunk: string) => {
    if (c.sink.write(chunk)) return;
    c.waiting = true;
    c.deadline = setTimeout(() => evict(c), lim.drainTimeoutMs);
    c.sink.onDrain(() => {
      clearTimeout(c.deadline);
      c.waiting = false;
      const next = c.pending;
      c.pending = undefined;
      if (next !== undefined && clients.has(c)) send(c, next);
    });
  };
  const beat = () => {
    for (const c of clients) if (!c.waiting) send(c, HEARTBEAT);
  };

  return {
    full() {
      if (clients.size < lim.maxClients) return undefined;
      refused++;
      return refuse(
        'too-many-streams',
        `All ${lim.maxClients} live-update slots are taken; close a tab or try again later.`,
        { 'retry-after': String(lim.retryAfterS) },
      );
    },
    add(channel, sink, first) {
      const c: Client<C> = { channel, sink, waiting: false, pending: undefined, deadline: undefined };
      clients.add(c);
      sink.onClose(() => drop(c));
      heartbeat ??= setInterval(beat, lim.heartbeatMs).unref();
      send(c, first);
    },
    publish(channel, message) {
      for (const c of clients) {
        if (c.channel !== channel) continue;
        if (c.waiting) c.pending = message;
        else send(c, message);
      }
    },
    stats() {
      let buffered = 0;
      for (const c of clients) buffered += c.sink.buffered();
      return { open: clients.size, buffered, evicted, refused };
    },
    close() {
      heartbeat = stopTimer(heartbeat);
      for (const c of [...clients]) {
        drop(c);
        c.sink.end();
      }
    },
  };
}

function stopTimer(t: NodeJS.Timeout | undefined): undefined {
  if (t) clearInterval(t);
  return undefined;
}
