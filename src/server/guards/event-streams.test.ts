// The event-stream hub with sinks that read or do not, on mocked timers: the
// cap, the latest update replacing one that waits, eviction after the drain
// deadline, heartbeats, and close.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { createEventStreams, type StreamSink } from './event-streams.js';

/** A sink whose buffer holds what was written until `drain()`; it drains only when told. */
function fakeSink(highWater = 10) {
  let buffered = 0;
  let onDrain: (() => void) | undefined;
  let onClose: (() => void) | undefined;
  const s = {
    writes: [] as string[],
    ended: false,
    destroyed: false,
    drain() {
      buffered = 0;
      const f = onDrain;
      onDrain = undefined;
      f?.();
    },
    sink: {
      write(chunk: string) {
        s.writes.push(chunk);
        buffered += chunk.length;
        return buffered < highWater;
      },
      buffered: () => buffered,
      onDrain: (f: () => void) => void (onDrain = f),
      onClose: (f: () => void) => void (onClose = f),
      end() {
        s.ended = true;
        onClose?.();
      },
      destroy() {
        s.destroyed = true;
        buffered = 0;
        onClose?.();
      },
    } satisfies StreamSink,
  };
  return s;
}

describe('event streams', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'setInterval'] }));
  afterEach(() => mock.timers.reset());

  it('refuses one client more than the cap with 503 and Retry-After, and counts it', () => {
    const hub = createEventStreams<string>({ maxClients: 2, retryAfterS: 7 });
    assert.equal(hub.full(), undefined);
    hub.add('a', fakeSink(1000).sink, 'hi');
    hub.add('a', fakeSink(1000).sink, 'hi');
    const r = hub.full();
    assert.equal(r?.status, 503);
    assert.equal(r?.code, 'too-many-streams');
    assert.deepEqual(r?.headers, { 'retry-after': '7' });
    assert.equal(hub.stats().refused, 1);
    hub.close();
    assert.equal(hub.full(), undefined, 'closed streams free their slots');
  });

  it('sends updates to the channel only, and to a client still draining only the latest when it drains', () => {
    const hub = createEventStreams<string>();
    const fast = fakeSink(1000);
    const slow = fakeSink(5);
    const other = fakeSink(1000);
    hub.add('a', fast.sink, 'hi');
    hub.add('a', slow.sink, 'hello'); // 5 bytes: at the high-water mark, waits for drain
    hub.add('b', other.sink, 'hi');
    for (const u of ['u1', 'u2', 'u3']) hub.publish('a', u);
    assert.deepEqual(fast.writes, ['hi', 'u1', 'u2', 'u3']);
    assert.deepEqual(slow.writes, ['hello']);
    assert.deepEqual(other.writes, ['hi']);
    slow.drain();
    assert.deepEqual(slow.writes, ['hello', 'u3']);
    hub.close();
  });

  it('disconnects a client that does not drain by the deadline, and keeps one that does', () => {
    const hub = createEventStreams<string>({ drainTimeoutMs: 1000, heartbeatMs: 60_000 });
    const stuck = fakeSink(5);
    const reader = fakeSink(5);
    hub.add('a', stuck.sink, 'hello');
    hub.add('a', reader.sink, 'hello');
    for (let i = 0; i < 100; i++) hub.publish('a', `update ${i} ${'x'.repeat(1000)}`);
    assert.equal(hub.stats().buffered, 10, 'each holds what was in flight; the updates are not queued');
    mock.timers.tick(900);
    reader.drain();
    mock.timers.tick(200);
    assert.ok(stuck.destroyed);
    assert.ok(!reader.destroyed);
    assert.deepEqual(hub.stats(), { open: 1, buffered: reader.sink.buffered(), evicted: 1, refused: 0 });
    assert.match(reader.writes.at(-1)!, /^update 99 /);
    hub.close();
  });

  it('sends heartbeats to idle clients while any is open, none to one still draining', () => {
    const hub = createEventStreams<string>({ heartbeatMs: 100, drainTimeoutMs: 10_000 });
    const idle = fakeSink(1000);
    const busy = fakeSink(5);
    hub.add('a', idle.sink, 'hi');
    hub.add('a', busy.sink, 'hello');
    mock.timers.tick(350);
    assert.deepEqual(idle.writes, ['hi', ':\n\n', ':\n\n', ':\n\n']);
    assert.deepEqual(busy.writes, ['hello']);
    hub.close();
    assert.ok(idle.ended && busy.ended);
    assert.equal(hub.stats().open, 0);
    mock.timers.tick(1000);
    assert.equal(idle.writes.length, 4, 'no heartbeat after close');
  });

  it('forgets a client whose connection closed', () => {
    const hub = createEventStreams<string>();
    const s = fakeSink(1000);
    hub.add('a', s.sink, 'hi');
    s.sink.end();
    hub.publish('a', 'u1');
    assert.deepEqual(s.writes, ['hi']);
    assert.equal(hub.stats().open, 0);
  });
});
