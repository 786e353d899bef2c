// `warrant serve`: the preview server over HTTP (pages, 404, port in use, the
// event stream after an edit) and in real headless Chromium (a saved edit
// shows up without a reload; a broken save shows the loader's diagnostics and
// the next good save brings the diagram back). Every server is started on a
// free port and closed in `after`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { PortInUseError, type PreviewServer, startPreview } from '../../src/server/preview.js';
import { launch, screenshotPath, watchedPage } from './browser.js';

const VERSION = '0.0.0-test';

function copyExample(name: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const f of fs.readdirSync(path.join('examples', name)))
    fs.copyFileSync(path.join('examples', name, f), path.join(to, f));
}

/** Write a file the way an editor's atomic save does: a temporary file renamed over it. */
function save(file: string, text: string): void {
  const tmp = `${file}.tmp-save`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

async function get(url: string): Promise<{ status: number; type: string; csp: string; body: string }> {
  const r = await fetch(url, { redirect: 'follow' });
  return {
    status: r.status,
    type: r.headers.get('content-type') ?? '',
    csp: r.headers.get('content-security-policy') ?? '',
    body: await r.text(),
  };
}

/** Read one Server-Sent Event named `name` from `url`, within `ms`. */
function nextEvent(url: string, name: string, ms = 15_000, onOpen?: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      let buf = '';
      onOpen?.();
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        for (const block of buf.split('\n\n').slice(0, -1)) {
          const lines = block.split('\n');
          if (lines.includes(`event: ${name}`)) {
            clearTimeout(timer);
            req.destroy();
            resolve(
              lines
                .filter((l) => l.startsWith('data: '))
                .map((l) => l.slice(6))
                .join('\n'),
            );
            return;
          }
        }
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no "${name}" event from ${url} within ${ms} ms`));
    }, ms);
    req.on('error', (e) => {
      if (!req.destroyed) reject(e);
    });
  });
}

describe('warrant serve', () => {
  let dir: string;
  let server: PreviewServer;
  let browser: Browser | undefined;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-e2e-serve-'));
    copyExample('minimal', path.join(dir, 'minimal'));
    copyExample('minimal', path.join(dir, 'other'));
    server = await startPreview({
      roots: ['minimal/warrant.yaml', 'other/warrant.yaml'],
      cwd: dir,
      asOf: '2026-04-28',
      version: VERSION,
      port: 0,
      debounceMs: 50,
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves an index, the case pages with a CSP, the standalone report, and 404s', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await get(server.url);
    assert.equal(index.status, 200);
    assert.match(index.body, /href="\/case\/minimal\/"/);
    assert.match(index.body, /href="\/case\/other\/"/);
    const page = await get(server.cases[0]!.url);
    assert.equal(page.status, 200);
    assert.match(page.type, /text\/html/);
    assert.match(page.csp, /default-src 'none'/);
    assert.match(page.csp, /connect-src 'self'/);
    assert.match(page.body, /data-events="\/case\/minimal\/events\?v=1"/);
    assert.match(page.body, /<aside class="side"/);
    const standalone = await get(`${server.cases[0]!.url}report.html`);
    assert.equal(standalone.status, 200);
    assert.ok(!/<body[^>]*data-events/.test(standalone.body), 'the standalone report does not listen for updates');
    assert.equal((await get(`${server.url}case/nothing/`)).status, 404);
    assert.equal((await fetch(server.url, { method: 'POST' })).status, 405);
  });

  it('refuses a port in use with a clear error (exit 2 from the command)', async () => {
    await assert.rejects(
      startPreview({
        roots: ['minimal/warrant.yaml'],
        cwd: dir,
        asOf: '2026-04-28',
        version: VERSION,
        port: server.port,
      }),
      PortInUseError,
    );
    let err = '';
    const io: Io = { cwd: dir, color: false, today: '2026-04-28', stdout: () => {}, stderr: (t) => void (err += t) };
    assert.equal(await main(['serve', 'minimal', '--port', String(server.port)], io), 2);
    assert.match(err, /already in use; choose another with --port/);
  });

  it('pushes an update over the event stream when a file is saved', async () => {
    const file = path.join(dir, 'other', 'warrant.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const data = await nextEvent(`${server.cases[1]!.url}events?v=1`, 'update', 15_000, () => {
      // Once the stream is open, save an edit.
      setTimeout(
        () =>
          save(
            file,
            text.replace('Argue over each risk that browsing adds.', 'Argue over each risk, edited over SSE.'),
          ),
        100,
      );
    });
    const update = JSON.parse(data) as { body: string; message: string };
    assert.ok(update.body.includes('Argue over each risk, edited over SSE.'));
    assert.match(update.message, /^Up to date/);
  });

  it('the index lists every case and pushes a new list when a case changes', async () => {
    const index = await get(server.url);
    assert.match(index.body, /data-events="\/events\?v=1"/);
    assert.match(index.csp, /connect-src 'self'/);
    const file = path.join(dir, 'minimal', 'warrant.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const title = /^ {2}title: (.+)$/m.exec(text)![1]!;
    const data = await nextEvent(`${server.url}events?v=1`, 'update', 15_000, () => {
      setTimeout(() => save(file, text.replace(`  title: ${title}`, '  title: Retitled <while> watched')), 100);
    });
    const update = JSON.parse(data) as { body: string; message: string };
    assert.ok(update.body.includes('Retitled &lt;while&gt; watched'), 'the new title, escaped');
    assert.ok(update.body.includes('href="/case/other/"'), 'every case is still listed');
    assert.match(update.message, /^Up to date: 2 cases$/);
    save(file, text);
  });

  it('in Chromium: an edit appears without a reload; a broken save shows diagnostics, then recovers', async () => {
    browser = await launch();
    const origin = new URL(server.url).origin;
    const { page, watch } = await watchedPage(browser, (u) => u.startsWith(origin) || u.startsWith('data:'));
    await page.goto(server.cases[0]!.url);
    await page.waitForSelector('body[data-ready="true"]');
    // A marker that a reload would wipe.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.locator('#viewport [data-id="G-injection"] .shape').click();
    assert.equal(await page.locator('#detail h3 code').textContent(), 'G-injection');

    const file = path.join(dir, 'minimal', 'warrant.yaml');
    const text = fs.readFileSync(file, 'utf8');
    save(
      file,
      text.replace(
        'Prompt injections in fetched pages rarely cause',
        'EDITED prompt injections in fetched pages rarely cause',
      ),
    );
    await page.waitForFunction(
      () => document.querySelector('#detail .node-text')?.textContent?.startsWith('EDITED prompt'),
      undefined,
      { timeout: 15_000 },
    );
    assert.ok((await page.locator('#viewport [data-id="G-injection"]').textContent())!.includes('EDITED'));
    assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 42, 'no reload');
    await page.screenshot({ path: screenshotPath('serve-edited') });

    // A broken save: the diagnostics with file:line:col replace the diagram.
    save(file, text.replace('kind: strategy', 'kind: strategy\n    bogus_field: 1'));
    await page.waitForSelector('#load-errors', { timeout: 15_000 });
    assert.match((await page.locator('#load-errors').textContent())!, /minimal\/warrant\.yaml:\d+:\d+/);
    await page.screenshot({ path: screenshotPath('serve-broken') });

    // The next good save brings the diagram back, still without a reload.
    save(file, text);
    await page.waitForSelector('body[data-ready="true"] #viewport [data-id="G-injection"]', { timeout: 15_000 });
    assert.equal(await page.locator('#load-errors').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 42, 'no reload');
    assert.ok(Number(await page.getAttribute('body', 'data-updates')) >= 3);
    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.requests, []);
    await page.close();
  });

  it('the command prints its URL and stops cleanly on Ctrl-C', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        path.resolve('src/cli/bin.ts'),
        'serve',
        'minimal',
        '--port',
        '0',
        '--as-of',
        '2026-04-28',
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 30_000);
      child.stdout.on('data', (s: string) => {
        out += s;
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) {
          clearTimeout(t);
          resolve(m[1]!);
        }
      });
      child.on('exit', () => reject(new Error(`exited early: ${out}`)));
    });
    assert.equal((await get(url)).status, 200);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGINT');
    });
    assert.equal(code, 0);
    assert.match(out, /Stopped\./);
  });
});
