// Headless Chromium for the end-to-end tests: Debian's chromium driven by
// playwright-core. Missing chromium fails the tests with the fix, never skips
// them (.ci/run installs it).
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.WARRANT_CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots go (gitignored). */
export const OUTPUT_DIR = path.resolve('test-output', 'e2e');

export async function launch(executablePath = CHROMIUM): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium is missing at ${executablePath}: the browser tests need it. Install Debian's chromium ` +
        '(apt-get install chromium; .ci/run does this) or point WARRANT_CHROMIUM at a Chromium binary.',
    );
  }
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** What went wrong on a page: console errors, uncaught exceptions, dialogs, requests that left the page. */
export interface PageWatch {
  errors: string[];
  dialogs: string[];
  requests: string[];
}

/** A page that records problems; `allowed` says which request URLs are fine (default: file: and data: only). */
export async function watchedPage(
  browser: Browser,
  allowed: (url: string) => boolean = (u) => /^(file|data):/.test(u),
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const watch: PageWatch = { errors: [], dialogs: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!allowed(r.url())) watch.requests.push(r.url());
  });
  return { page, watch };
}

export function screenshotPath(name: string): string {
  return path.join(OUTPUT_DIR, `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`);
}
