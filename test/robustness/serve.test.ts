// Finding 6 of issue 11: `warrant serve` against hostile requests. Any web page
// the user visits can send requests to the preview's port, so: a malformed
// target is a 4xx and the process lives on (it died on GET /case/%ff/), a Host
// that is not the server is refused (DNS rebinding), another origin cannot
// open an event stream, the streams are capped and a client that does not read
// holds at most one update before it is dropped (each save used to add the
// whole page to every such client's buffer), and every response carries the
// security headers. A fuzzer sends a few hundred random requests: never a 5xx.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { EXAMPLE_HEADER } from '../../src/check/examples.js';
import { main } from '../../src/cli/main.js';
import { REFUSALS } from '../../src/server/guards/refusal.js';
import { type PreviewServer, startPreview } from '../../src/server/preview.js';
import { fakeIo, tempDir } from '../support/cli.js';

const CASE = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., undeveloped: true }\n`;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request with the headers given (Host included), read whole; an event stream is cut after its headers. */
function request(url: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      if (String(res.headers['content-type']).startsWith('text/event-stream')) {
        req.destroy();
        resolve({ status: res.statusCode!, headers: res.headers, body: '' });
        return;
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (s: string) => void (body += s));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.setTimeout(5000, () => req.destroy(new Error(`no answer from ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

/** Send raw bytes as a request and read the status line; the socket is dropped after it. */
function rawStatus(port: number, text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.setEncoding('latin1');
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(text.slice(0, 80))}`)));
    socket.on('data', (s: string) => {
      got += s;
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(got);
      if (m) {
        socket.destroy();
        resolve(Number(m[1]));
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`closed without an answer to ${JSON.stringify(text.slice(0, 80))}`)));
  });
}

/** An event stream opened over a raw socket that never reads: its data piles up in the buffers. */
function stalledStream(port: number, target: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`, () => resolve(socket)),
    );
    socket.on('error', () => {});
    socket.once('error', reject);
  });
}

async function until(what: string, test: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('warrant serve under hostile requests', () => {
  let server: PreviewServer;
  let dir: string;
  let host: string;

  before(async () => {
    // Not tempDir: that is emptied after each test, and this server lives for the whole suite.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-serve-robustness-'));
    for (const name of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, 'warrant.yaml'), CASE);
    }
    server = await startPreview({
      roots: ['a/warrant.yaml', 'b/warrant.yaml'],
      cwd: dir,
      asOf: '2026-04-28',
      version: 't',
      port: 0,
      streams: { maxClients: 3 },
    });
    host = `127.0.0.1:${server.port}`;
  });
  after(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers GET /case/%ff/ with 400 and a code, and then the next request', async () => {
    const bad = await request(`${server.url}case/%ff/`);
    assert.equal(bad.status, 400);
    assert.equal(JSON.parse(bad.body).error.code, 'bad-encoding');
    assert.equal((await request(server.cases[0]!.url)).status, 200);
    for (const target of ['/case/%e2%82/', '/case/..%2f/', '/case/a%00/', '/?v=%ff', '/case//', '/..'])
      assert.equal(await rawStatus(server.port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\n\r\n`), 400, target);
    assert.equal(await rawStatus(server.port, `GET /${'a'.repeat(5000)} HTTP/1.1\r\nHost: ${host}\r\n\r\n`), 414);
    const put = await request(server.url, { method: 'PUT' });
    assert.equal(put.status, 405);
    assert.equal(put.headers.allow, 'GET, HEAD');
  });

  it('refuses a Host that is not the server (DNS rebinding) with 403, unless allowed with --allow-host', async () => {
    for (const h of [`rebind.evil.example:${server.port}`, `localhost:${server.port + 1}`, 'localhost']) {
      const r = await request(server.cases[0]!.url, { headers: { host: h } });
      assert.equal(r.status, 403, h);
      assert.equal(JSON.parse(r.body).error.code, 'forbidden-host');
      assert.ok(!r.body.includes('Safe.'));
    }
    for (const h of [`localhost:${server.port}`, `[::1]:${server.port}`])
      assert.equal((await request(server.cases[0]!.url, { headers: { host: h } })).status, 200, h);
    const open = await startPreview({
      roots: ['a/warrant.yaml'],
      cwd: dir,
      asOf: '2026-04-28',
      version: 't',
      port: 0,
      allowHosts: ['preview.example.org'],
    });
    try {
      const r = await request(open.cases[0]!.url, { headers: { host: 'preview.example.org' } });
      assert.equal(r.status, 200);
      assert.match(r.body, /Safe\./);
      const other = await request(open.cases[0]!.url, { headers: { host: 'evil.example.org' } });
      assert.equal(other.status, 403);
    } finally {
      await open.close();
    }
  });

  it('refuses an event stream to a page of another origin or site, and opens it for its own pages', async () => {
    const events = `${server.cases[0]!.url}events`;
    const refused: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: `http://127.0.0.1:${server.port + 1}` },
    ];
    for (const headers of refused) {
      const r = await request(events, { headers });
      assert.equal(r.status, 403, JSON.stringify(headers));
      assert.equal(JSON.parse(r.body).error.code, 'forbidden-origin');
    }
    assert.equal((await request(`${server.url}events`, { headers: { origin: 'http://evil.example' } })).status, 403);
    const own = await request(events, { headers: { origin: `http://${host}`, 'sec-fetch-site': 'same-origin' } });
    assert.equal(own.status, 200);
    // A link from another site still opens the page itself.
    const page = await request(server.cases[0]!.url, { headers: { 'sec-fetch-site': 'cross-site' } });
    assert.equal(page.status, 200);
  });

  it('sends the security headers with every response', async () => {
    const hold = await stalledStream(server.port, '/case/a/events');
    const more = [await stalledStream(server.port, '/case/a/events'), await stalledStream(server.port, '/events')];
    await until('three open streams', () => server.streamStats().open === 3);
    const answers: [string, Answer][] = [
      ['index', await request(server.url)],
      ['page', await request(server.cases[0]!.url)],
      ['report', await request(`${server.cases[0]!.url}report.html`)],
      ['404', await request(`${server.url}case/nothing/`)],
      ['405', await request(server.url, { method: 'DELETE' })],
      ['400', await request(`${server.url}case/%ff/`)],
      ['403', await request(server.url, { headers: { host: 'evil.example' } })],
      ['503', await request(`${server.cases[0]!.url}events`)],
      ['stream', { status: 0, headers: {}, body: '' }],
    ];
    for (const s of [hold, ...more]) s.destroy();
    await until('the streams to close', () => server.streamStats().open === 0);
    answers[answers.length - 1]![1] = await request(`${server.cases[0]!.url}events`);
    for (const [name, r] of answers) {
      assert.equal(r.headers['x-content-type-options'], 'nosniff', name);
      assert.equal(r.headers['referrer-policy'], 'no-referrer', name);
      assert.equal(r.headers['cache-control'], 'no-store', name);
      assert.equal(r.headers['x-frame-options'], 'DENY', name);
      assert.match(String(r.headers['content-security-policy']), /default-src 'none'.*frame-ancestors 'none'/, name);
      assert.ok(!/\bat .*\.(js|ts):\d+/.test(r.body), `${name}: no stack trace`);
    }
    const page = answers.find(([n]) => n === 'page')![1];
    assert.match(String(page.headers['content-security-policy']), /script-src 'sha256-/);
    assert.equal(answers.find(([n]) => n === '503')![1].headers['retry-after'], '10');
  });

  it('lists every refusal code in docs/serve.md', () => {
    const doc = fs.readFileSync('docs/serve.md', 'utf8');
    for (const code of Object.keys(REFUSALS)) assert.ok(doc.includes(`\`${code}\``), code);
  });

  it('fuzz: a few hundred random requests never get a 5xx, and the server still answers', async () => {
    // Mostly the server's own paths, so that the requests reach the routes and not only the parser.
    const piece = fc.constantFrom(
      '/',
      '/',
      'case/',
      'case/',
      'a/',
      'b/',
      'a',
      'events',
      'events',
      'report.html',
      'report.html',
      '?v=1',
      '%ff',
      '%2f',
      '%2e%2e',
      '%00',
      '%e2%82',
      '%c3%a9',
      '%',
      '%g1',
      '..',
      '.',
      '//',
      '?',
      '?v=',
      '&',
      '=',
      '#',
      '\\',
      '~',
      '"',
      '<',
      '{',
      '|',
      '^',
      '`',
      '\u00e9',
    );
    const method = fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH');
    const hostHeader = fc.constantFrom(host, host, 'evil.example', `localhost:${server.port}`, '');
    const origin = fc.constantFrom('', '', 'Origin: http://evil.example\r\n', `Origin: http://${host}\r\n`);
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), method, hostHeader, origin, async (parts, m, h, o) => {
        const target = `/${parts.join('')}`;
        const status = await rawStatus(
          server.port,
          `${m} ${target} HTTP/1.1\r\nHost: ${h}\r\n${o}Connection: close\r\n\r\n`,
        );
        return status >= 200 && status < 500;
      }),
      { numRuns: 300 },
    );
    await until('fuzzed streams to close', () => server.streamStats().open === 0);
    assert.equal((await request(server.cases[1]!.url)).status, 200);
  });
});

describe('warrant serve with clients that never read', () => {
  it('caps the streams (503), holds at most one update per client, and drops those that do not drain', async () => {
    // A page body of about 2 MB: a few saves outgrow what the kernel buffers for a socket.
    const texts = Array.from(
      { length: 8 },
      (_, i) =>
        `  G${i + 2}:\n    kind: claim\n    undeveloped: true\n` + `    text: "${`filler ${i} `.repeat(6000)}"\n`,
    );
    const caseText = (marker: string) =>
      `${EXAMPLE_HEADER}argument:\n  G1:\n    kind: claim\n    text: ${marker}\n` +
      `    supported_by: [${texts.map((_, i) => `G${i + 2}`).join(', ')}]\n${texts.join('')}`;
    const dir = tempDir({ 'big/warrant.yaml': caseText('Marker0.') });
    const file = path.join(dir, 'big/warrant.yaml');
    const server = await startPreview({
      roots: ['big/warrant.yaml'],
      cwd: dir,
      asOf: '2026-04-28',
      version: 't',
      port: 0,
      debounceMs: 20,
      streams: { maxClients: 6, drainTimeoutMs: 800, heartbeatMs: 50 },
    });
    const stalled: net.Socket[] = [];
    let reader: http.ClientRequest | undefined;
    try {
      const events = `/case/big/events`;
      // One well-behaved page that reads everything (and measures the largest update), and five that never
      // read (they get the page at once: v=0).
      let tail = '';
      let seen = '';
      let reading = '';
      let event = 0;
      let largest = 0;
      reader = http.get(`${server.cases[0]!.url}events`, (res) => {
        res.setEncoding('latin1');
        res.on('data', (s: string) => {
          tail = (tail + s).slice(-200_000);
          const m = /Marker(\d+)\./g;
          for (let x = m.exec(tail); x; x = m.exec(tail)) reading = x[1]!;
          // An update counts as seen once it has arrived whole.
          const ends = s.split('\n\n');
          for (const piece of ends.slice(0, -1)) {
            largest = Math.max(largest, event + piece.length + 2);
            event = 0;
            seen = reading;
          }
          event += ends.at(-1)!.length;
        });
      });
      reader.on('error', () => {});
      for (let i = 0; i < 5; i++) stalled.push(await stalledStream(server.port, `${events}?v=0`));
      await until('six open streams', () => server.streamStats().open === 6);
      const full = await request(`${server.cases[0]!.url}events`);
      assert.equal(full.status, 503);
      assert.equal(JSON.parse(full.body).error.code, 'too-many-streams');
      assert.ok(Number(full.headers['retry-after']) > 0);

      let peak = 0;
      for (let save = 1; save <= 3; save++) {
        fs.writeFileSync(file, caseText(`Marker${save}.`));
        await until(`save ${save} to reach the reading page`, () => seen === String(save));
        const { open, buffered } = server.streamStats();
        peak = Math.max(peak, buffered);
        // Each client holds at most the update in flight (plus a socket's high-water mark), never a queue:
        // before, every save added a whole update (about 2.6 MB here) for each client that did not read.
        assert.ok(largest > 1_000_000, `updates of ${largest} bytes`);
        assert.ok(buffered <= open * (largest + 64 * 1024), `${buffered} bytes buffered for ${open} clients`);
      }
      await until('the five stalled clients to be dropped', () => server.streamStats().evicted === 5, 5000);
      assert.ok(peak > 0, 'the stalled clients did fill their buffers');
      const after = server.streamStats();
      assert.equal(after.open, 1, 'the reading page stays connected');
      assert.ok(after.buffered < 64 * 1024);
      // The freed slots take new clients again.
      assert.equal((await request(`${server.cases[0]!.url}events`)).status, 200);
    } finally {
      reader?.destroy();
      for (const s of stalled) s.destroy();
      await server.close();
    }
  });
});

describe('warrant serve, the command', () => {
  it('documents --allow-host and refuses a value that is not a host name (exit 2)', async () => {
    const dir = tempDir({ 'launch/warrant.yaml': CASE });
    for (const bad of ['http://preview.example.org', '*', 'box:99999']) {
      const { io, err } = fakeIo(dir);
      assert.equal(await main(['serve', 'launch', '--port', '0', '--allow-host', bad], io), 2, bad);
      assert.match(err(), /--allow-host takes a host name/, bad);
    }
    const { io, out } = fakeIo(dir);
    assert.equal(await main(['serve', '--help'], io), 0);
    assert.match(out(), /--allow-host <name>/);
  });

  let child: ChildProcess | undefined;
  after(() => void child?.kill('SIGKILL'));

  it('lives on after GET /case/%ff/ and prints no stack trace', { timeout: 20_000 }, async (t) => {
    if (!fs.existsSync('dist/cli/bin.js')) return t.skip('dist not built');
    const dir = tempDir({ 'launch/warrant.yaml': CASE });
    child = spawn(process.execPath, [path.resolve('dist/cli/bin.js'), 'serve', 'launch', '--port', '0'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => void (out += s));
    child.stderr!.setEncoding('utf8').on('data', (s: string) => void (err += s));
    let exited: number | null | undefined;
    child.on('exit', (code) => void (exited = code));
    await until('the URL', () => /http:\/\/127\.0\.0\.1:\d+\//.test(out) || exited !== undefined, 15_000);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
    assert.ok(url, `no URL printed: ${out}${err}`);
    const bad = await request(`${url}case/%ff/`);
    assert.equal(bad.status, 400);
    assert.equal((await request(`${url}case/launch/`)).status, 200);
    assert.equal(exited, undefined, 'still running');
    assert.doesNotMatch(err, /URIError|\n\s+at /);
  });
});
