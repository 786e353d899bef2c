// `warrant report` in real headless Chromium: each bundled example's report
// opened from a file: URL, a node clicked and its detail read, a branch
// collapsed and expanded, a search, keyboard navigation, print media; no
// console error and no request leaving the page. A case with hostile text
// shows it as text and fires no dialog.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { EXAMPLE_HEADER } from '../../src/check/examples.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { ReportData } from '../../src/render/report/data.js';
import { launch, type PageWatch, screenshotPath, watchedPage } from './browser.js';

const EXAMPLES = ['minimal', 'cyber-api-launch', 'control-internal-agent', 'misuse-trusted-access'];
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

async function report(args: string[], cwd: string): Promise<{ code: number; err: string }> {
  let err = '';
  const io: Io = { cwd, color: false, today: '2026-11-26', stdout: () => {}, stderr: (t) => void (err += t) };
  return { code: await main(['report', ...args], io), err };
}

async function dataOf(page: Page): Promise<ReportData> {
  return JSON.parse((await page.locator('#warrant-data').textContent()) ?? '{}') as ReportData;
}

const hidden = (page: Page, id: string) =>
  page.locator(`#viewport [data-id="${id}"]`).evaluate((e) => e.classList.contains('w-hidden'));

describe('HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-e2e-report-'));
    for (const e of EXAMPLES) {
      const r = await report(
        [`examples/${e}`, '--as-of', '2026-04-28', '-o', path.join(dir, `${e}.html`)],
        process.cwd(),
      );
      assert.equal(r.code, 0, r.err);
    }
    fs.mkdirSync(path.join(dir, 'hostile'));
    fs.writeFileSync(
      path.join(dir, 'hostile', 'warrant.yaml'),
      EXAMPLE_HEADER.replace('title: Example case', `title: ${JSON.stringify(HOSTILE)}`) +
        `argument:\n  G1: { kind: claim, text: ${JSON.stringify(HOSTILE)}, supported_by: [G2] }\n  G2: { kind: claim, text: ${JSON.stringify('</script><script>alert(3)</script>')}, undeveloped: true }\n`,
    );
    const r = await report(['hostile', '--as-of', '2026-04-28', '-o', 'hostile.html'], dir);
    assert.equal(r.code, 0, r.err);
    browser = await launch();
    ({ page, watch } = await watchedPage(browser));
  });

  after(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const example of EXAMPLES) {
    it(`${example}: detail, collapse, search, no errors, no requests`, async () => {
      await page.goto(pathToFileURL(path.join(dir, `${example}.html`)).href);
      await page.waitForSelector('body[data-ready="true"]');
      const data = await dataOf(page);
      const top = data.nodes.find((n) => n.id === data.roots[0])!;
      const child = top.children[0]!;
      assert.ok(child, 'the top claim has support');

      // Click the top claim: its detail opens with its text and status.
      await page.locator('#diagram').scrollIntoViewIfNeeded();
      await page.locator(`#viewport [data-id="${top.id}"] .shape`).click();
      const detail = page.locator('#detail');
      assert.equal(await detail.locator('h3 code').textContent(), top.id);
      assert.ok((await detail.textContent())!.includes(top.text));
      if (top.status) assert.ok((await detail.locator('.status').first().textContent()) === top.status.label);

      // An evidence node's detail shows the provenance of its items.
      const ev = data.nodes.find(
        (n) =>
          n.kind === 'evidence' && n.evidence.length && data.evidence.some((e) => e.id === n.evidence[0] && e.artefact),
      );
      if (ev) {
        await page.locator(`a.ref[data-node="${ev.id}"]`).first().click();
        const item = data.evidence.find((e) => e.id === ev.evidence[0])!;
        const text = (await detail.textContent())!;
        assert.ok(
          text.includes(item.title) && text.includes(item.artefact!.uri) && text.includes(item.producedBy),
          'evidence provenance in the detail',
        );
        if (item.artefact!.sha256) assert.ok(text.includes(item.artefact!.sha256));
      }

      // Collapse the top claim's branch with the keyboard, then expand it from the detail panel.
      await page.locator(`#viewport [data-id="${top.id}"]`).focus();
      await page.keyboard.press('c');
      assert.equal(await hidden(page, child), true, 'child hidden after collapse');
      assert.equal(await page.locator(`#viewport [data-id="${top.id}"]`).getAttribute('aria-expanded'), 'false');
      assert.equal(await page.locator('#viewport .w-badge').count(), 1);
      await page.screenshot({ path: screenshotPath(`report-${example}-collapsed`) });
      await page.keyboard.press('Enter');
      await detail.getByRole('button', { name: 'Expand branch' }).click();
      assert.equal(await hidden(page, child), false, 'child shown after expand');

      // Keyboard: ArrowDown moves focus to a child, ArrowUp back.
      await page.locator(`#viewport [data-id="${top.id}"]`).focus();
      await page.keyboard.press('ArrowDown');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
      assert.ok(
        focused && [...top.children, ...top.contexts, ...top.challengedBy].includes(focused),
        `focus moved to a child, got ${focused}`,
      );
      await page.keyboard.press('ArrowUp');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), top.id);

      // Search by id: the match is highlighted, Enter selects it.
      const target = data.nodes[data.nodes.length - 1]!;
      await page.locator('#search').fill(target.id);
      assert.match((await page.locator('#search-count').textContent())!, /match/);
      assert.equal(
        await page.locator(`#viewport [data-id="${target.id}"]`).evaluate((e) => e.classList.contains('w-match')),
        true,
      );
      await page.locator('#search').press('Enter');
      assert.equal(await detail.locator('h3 code').textContent(), target.id);
      // Search by text.
      const words = top.text.split(/\s+/).slice(0, 3).join(' ');
      await page.locator('#search').fill(words.toUpperCase());
      assert.ok(await page.locator(`#viewport [data-id="${top.id}"]`).evaluate((e) => e.classList.contains('w-match')));
      await page.locator('#search').fill('');

      // Zoom and pan change the view; 0 fits it again.
      await page.locator('#viewport').focus();
      await page.keyboard.press('0');
      const before = await page.locator('#viewport svg').getAttribute('viewBox');
      await page.keyboard.press('+');
      await page.keyboard.press('ArrowRight');
      assert.notEqual(await page.locator('#viewport svg').getAttribute('viewBox'), before);
      await page.keyboard.press('0');
      assert.equal(await page.locator('#viewport svg').getAttribute('viewBox'), before);

      await page.screenshot({ path: screenshotPath(`report-${example}`), fullPage: false });
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.requests, []);
      assert.deepEqual(watch.dialogs, []);
    });
  }

  it('collapsing hides the defeaters of a hidden branch; going to a match expands it again', async () => {
    await page.goto(pathToFileURL(path.join(dir, 'minimal.html')).href);
    await page.waitForSelector('body[data-ready="true"]');
    await page.locator('#viewport [data-id="G-injection"]').focus();
    await page.keyboard.press('c');
    assert.equal(await hidden(page, 'Sn-injection-suite'), true);
    assert.equal(await hidden(page, 'J-suite'), true);
    assert.equal(await hidden(page, 'D-suite-coverage'), true, 'a defeater of a hidden link hides with it');
    assert.equal(await hidden(page, 'D-query-string'), false);
    await page.locator('#viewport [data-id="S-risks"]').focus();
    await page.keyboard.press('c');
    assert.equal(await hidden(page, 'A-get-only'), true);
    assert.equal(await hidden(page, 'D-query-string'), true, 'a defeater of a hidden node hides with it');
    assert.equal(
      await page.locator('#viewport .w-badge').count(),
      1,
      'only the outermost collapsed node shows a count',
    );
    await page.locator('#search').fill('D-suite-coverage');
    await page.locator('#search').press('Enter');
    for (const id of ['S-risks', 'G-injection', 'Sn-injection-suite', 'D-suite-coverage'])
      assert.equal(await hidden(page, id), false, id);
    assert.equal(await page.locator('#detail h3 code').textContent(), 'D-suite-coverage');
    assert.deepEqual(watch.errors, []);
  });

  it('prints without controls and with every section', async () => {
    await page.goto(pathToFileURL(path.join(dir, 'minimal.html')).href);
    await page.waitForSelector('body[data-ready="true"]');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.toolbar').isVisible(), false);
    assert.equal(await page.locator('#detail').isVisible(), false);
    for (const id of ['summary', 'findings', 'evidence', 'decision', 'suppressions'])
      assert.ok(await page.locator(`#${id}`).isVisible(), id);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
    await page.emulateMedia({ media: 'screen' });
  });

  it('keeps hostile case text as text: no dialog, no script', async () => {
    await page.goto(pathToFileURL(path.join(dir, 'hostile.html')).href);
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.locator('h1').textContent(), HOSTILE);
    await page.locator('#viewport [data-id="G1"] .shape').click();
    assert.equal(await page.locator('#detail .node-text').textContent(), HOSTILE);
    await page.locator('#viewport [data-id="G2"] .shape').click();
    assert.equal(await page.locator('#detail .node-text').textContent(), '</script><script>alert(3)</script>');
    assert.equal(await page.locator('script').count(), 2);
    assert.equal(await page.locator('img').count(), 0);
    await page.screenshot({ path: screenshotPath('report-hostile') });
    assert.deepEqual(watch.dialogs, []);
    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.requests, []);
  });
});

describe('the browser tests without Chromium', () => {
  it('fail with the fix instead of skipping', async () => {
    await assert.rejects(
      launch('/nonexistent/chromium'),
      /Chromium is missing at \/nonexistent\/chromium: .*apt-get install chromium/,
    );
  });
});
