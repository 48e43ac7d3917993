import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { distDir, readPage } from '../../scripts/support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';
import {
  installabilityErrors,
  keptAddresses,
  todayInVietnam,
  waitForWorker,
  waitUntilKept,
} from '../support/offline.ts';
import { axeViolations, keyboardProblems } from '../support/page-gates.ts';
import { searchThroughUi } from '../../scripts/support/site-search.ts';
import { serveStatic } from '../../scripts/support/static-server.ts';

/**
 * Offline reading (issue 17) in Chromium, the network switched off by the test
 * (context.setOffline): what a reader on a mountain road gets from the pages and sets kept earlier.
 */
const TARGET = 'chi-tieu/lao-cai-03-kh-ccb/ii-2-5/';
const PLAN = 'ke-hoach/lao-cai-03-kh-ccb/';
const UNVISITED = 'nhiem-vu/lao-cai-03-kh-ccb/iii-1/';
const SAVED_COPY = `Bản đã lưu ngày ${todayInVietnam()} trên máy này (đang không có mạng hoặc mạng quá chậm).`;

const h1Of = (path: string) => textOf(loadPage(`/${path}`).querySelector('h1'));
/** A page's <title> without the site name, as the offline page lists it. */
const titleOf = (path: string) =>
  textOf(loadPage(`/${path}`).querySelector('title')).replace(
    / – Cựu chiến binh biên giới phía Bắc$/,
    '',
  );
const setPages = (manifest: string) =>
  (JSON.parse(readPage(manifest)) as { pages: string[] }).pages.map((p) => p.slice(1));

/** Failed requests and Content-Security-Policy complaints, as a reader's console would show them. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('requestfailed', (request) => {
    // Leaving a page aborts what it was still loading (the favicon, often): not a failure.
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${error}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  return problems;
}

/**
 * The readers' sessions run side by side (maxConcurrency in vitest.site.config.ts), each in its own
 * browser context, so with its own service worker and caches: most of a session is waiting.
 */
const sideBySide = describe.runIf(browserAvailable()).concurrent;

sideBySide('reading offline what was opened or saved', () => {
  const running = builtSiteInBrowser();
  const url = (path: string) => `${running.site.url}${path}`;

  it('a visited page reloads offline with its styles, its chart (Chart.js included) and the saved-copy date', async ({
    expect,
  }) => {
    const page = await openPage(running.browser);
    try {
      const problems = watchProblems(page);
      await page.goto(url(TARGET));
      await waitForWorker(page);
      // The first page was opened before the worker ran: it is handed over and kept.
      await waitUntilKept(page, url(TARGET));
      await page.locator('progress-chart').first().scrollIntoViewIfNeeded();
      await page.waitForSelector('progress-chart[data-interactive] canvas');
      await waitUntilKept(page, /\/_astro\/interactive\.[\w-]+\.js$/);

      await page.context().setOffline(true);
      await page.reload();
      expect(await page.locator('h1').textContent()).toBe(h1Of(TARGET));
      const notice = page.locator('[data-saved-copy]');
      expect(await notice.isVisible()).toBe(true);
      expect((await notice.innerText()).replace(/\s+/g, ' ').trim()).toBe(SAVED_COPY);
      // The stylesheet came from the device: the page has its paper colour, not the browser's white.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(253, 252, 249)',
      );
      expect(await page.locator('[data-chart-svg] svg').count()).toBeGreaterThan(0);
      await page.locator('progress-chart').first().scrollIntoViewIfNeeded();
      await page.waitForSelector('progress-chart[data-interactive] canvas', { timeout: 10_000 });
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('an unvisited page offline shows the offline page listing the pages saved here, whose links open offline', async ({
    expect,
  }) => {
    const page = await openPage(running.browser);
    try {
      // The offline page itself, opened first, before the worker runs: it is never listed.
      await page.goto(url('ngoai-tuyen/'));
      await waitForWorker(page);
      await page.goto(url(TARGET));
      await page.goto(url(PLAN));
      await waitUntilKept(page, url(TARGET));
      await waitUntilKept(page, url(PLAN));
      // Online, too, the offline page lists what this device keeps.
      await page.goto(url('ngoai-tuyen/'));
      expect((await page.locator('[data-saved-pages] li a').allTextContents()).sort()).toEqual(
        [titleOf(PLAN), titleOf(TARGET)].sort(),
      );
      expect(await page.locator('[data-offline-missed]').isVisible()).toBe(false);

      await page.context().setOffline(true);
      await page.goto(url(UNVISITED));
      expect(await page.locator('h1').textContent()).toBe('Đọc khi không có mạng');
      expect(await page.locator('[data-offline-missed]').innerText()).toContain(
        `trang /${UNVISITED} chưa được lưu trên máy này`,
      );
      const listed = await page.locator('[data-saved-pages] li a').allTextContents();
      expect(listed.sort()).toEqual([titleOf(PLAN), titleOf(TARGET)].sort());
      await page.getByRole('link', { name: titleOf(TARGET), exact: true }).click();
      await page.waitForURL(url(TARGET));
      expect(await page.locator('h1').textContent()).toBe(h1Of(TARGET));
      expect(await page.locator('[data-saved-copy]').isVisible()).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('the pages the worker writes pass the page gates: axe and keyboard on the offline page and a saved copy', async ({
    expect,
  }) => {
    // bypassCSP only so that axe can be injected (the site's own CSP is tested above).
    const page = await openPage(running.browser, { bypassCSP: true });
    try {
      await page.goto(url(TARGET));
      await waitForWorker(page);
      await waitUntilKept(page, url(TARGET));
      await page.context().setOffline(true);
      for (const [path, shown] of [
        [UNVISITED, '[data-offline-missed]'],
        [TARGET, '[data-saved-copy]'],
      ] as const) {
        await page.goto(url(path));
        expect(await page.locator(shown).isVisible(), path).toBe(true);
        expect([...(await axeViolations(page)), ...(await keyboardProblems(page))], path).toEqual(
          [],
        );
      }
    } finally {
      await page.context().close();
    }
  });

  it('"Lưu để đọc khi không có mạng" on a plan saves its tasks and targets with charts; "Xóa bản đã lưu" removes them', async ({
    expect,
  }) => {
    const pages = setPages('/ngoai-tuyen/ke-hoach/lao-cai-03-kh-ccb.json');
    const page = await openPage(running.browser);
    try {
      await page.goto(url(PLAN));
      const save = page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' });
      await save.click();
      const status = page.locator('save-for-offline [data-status]');
      await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Đã lưu/);
      expect(await status.textContent()).toBe(`Đã lưu ${pages.length} trang.`);
      expect(pages.filter((p) => p.startsWith('nhiem-vu/')).length).toBeGreaterThan(3);

      await page.context().setOffline(true);
      for (const path of pages) {
        await page.goto(url(path));
        expect(await page.locator('h1').textContent(), path).toBe(h1Of(path));
        expect(await page.locator('[data-saved-copy]').isVisible(), path).toBe(true);
      }
      // A target page saved but never opened draws its chart offline: Chart.js was saved with it.
      await page.goto(url(TARGET));
      await page.locator('progress-chart').first().scrollIntoViewIfNeeded();
      await page.waitForSelector('progress-chart[data-interactive] canvas', { timeout: 10_000 });

      await page.context().setOffline(false);
      await page.goto(url(PLAN));
      await expect
        .poll(() => status.textContent())
        .toBe(`Đã lưu ${pages.length} trang ngày ${todayInVietnam()}.`);
      await page.getByRole('button', { name: 'Xóa bản đã lưu' }).click();
      await expect.poll(() => status.textContent()).toBe('Đã xóa bản đã lưu.');
      expect(await page.getByRole('button', { name: 'Xóa bản đã lưu' }).isVisible()).toBe(false);
      expect((await keptAddresses(page)).filter((a) => a.includes('/nhiem-vu/'))).toEqual([]);
      await page.context().setOffline(true);
      await page.goto(url(UNVISITED));
      expect(await page.locator('h1').textContent()).toBe('Đọc khi không có mạng');
    } finally {
      await page.context().close();
    }
  });

  it('a teacher who saved the THCS stories reads every one of them offline', async ({ expect }) => {
    const pages = setPages('/ngoai-tuyen/giao-vien/thcs.json');
    const stories = pages.filter((p) => p.startsWith('cau-chuyen/'));
    const page = await openPage(running.browser);
    try {
      await page.goto(url('giao-vien/'));
      // The section shows once the worker runs (at once on a later visit; here, after it installs).
      await page.getByRole('heading', { name: 'Đọc khi không có mạng' }).waitFor();
      const thcs = page.locator('save-for-offline[data-set="/ngoai-tuyen/giao-vien/thcs.json"]');
      await thcs
        .getByRole('button', { name: 'Lưu để đọc khi không có mạng (câu chuyện THCS)' })
        .click();
      await expect
        .poll(() => thcs.locator('[data-status]').textContent(), { timeout: 60_000 })
        .toBe(`Đã lưu ${pages.length} trang.`);
      // Only the band asked for: the other bands' buttons still offer to save.
      expect(
        await page
          .locator('save-for-offline[data-set="/ngoai-tuyen/giao-vien/thpt.json"] [data-status]')
          .textContent(),
      ).toBe('');

      await page.context().setOffline(true);
      expect(stories.length).toBeGreaterThan(1);
      for (const story of stories) {
        await page.goto(url(story));
        expect(await page.locator('h1').textContent(), story).toBe(h1Of(story));
      }
    } finally {
      await page.context().close();
    }
  });

  it('a search done once online works again offline, with the same results', async ({ expect }) => {
    const page = await openPage(running.browser);
    try {
      await page.goto(url('tim-kiem/'));
      await waitForWorker(page);
      const online = await searchThroughUi(page, 'dân vận khéo');
      expect(online.results.length).toBeGreaterThan(0);
      await waitUntilKept(page, /\/pagefind\/fragment\//);
      // Let the worker finish keeping what the search fetched.
      await page.waitForTimeout(2500);
      await page.context().setOffline(true);
      await page.reload();
      const offline = await searchThroughUi(page, 'dân vận khéo');
      expect(offline.status).toBe(online.status);
      expect(offline.results.map((r) => r.title)).toEqual(online.results.map((r) => r.title));
    } finally {
      await page.context().close();
    }
  });

  it('a search never done online says, offline, that only earlier searches can be found', async ({
    expect,
  }) => {
    const page = await openPage(running.browser);
    try {
      await page.goto(url('tim-kiem/'));
      await waitForWorker(page);
      // The search page and what it loaded are kept (the page itself, not the search index).
      await waitUntilKept(page, url('tim-kiem/'));
      const loaded = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.startsWith(location.origin)),
      );
      for (const file of loaded) await waitUntilKept(page, file);
      await page.context().setOffline(true);
      await page.reload();
      await page.getByLabel('Từ cần tìm').fill('biên giới');
      const status = page.locator('site-search [data-status]');
      await expect
        .poll(async () => status.textContent(), { timeout: 20_000 })
        .toContain('Không có mạng: chỉ tìm lại được những từ đã tìm khi có mạng.');
      expect(await page.locator('site-search [data-results]').getAttribute('aria-busy')).toBe(
        'false',
      );
    } finally {
      await page.context().close();
    }
  });

  it('without JavaScript, or where service workers are blocked, nothing changes and no save button shows', async ({
    expect,
  }) => {
    const noScript = await openPage(running.browser, { javaScriptEnabled: false });
    const blocked = await openPage(running.browser, { serviceWorkers: 'block' });
    try {
      for (const page of [noScript, blocked]) {
        const problems = watchProblems(page);
        for (const path of [PLAN, 'giao-vien/']) {
          await page.goto(url(path));
          expect(await page.locator('h1').textContent()).toBe(h1Of(path));
          expect(await page.getByRole('button', { name: /Lưu để đọc/ }).count()).toBe(0);
          expect(await page.locator('[data-saved-copy]').isVisible()).toBe(false);
        }
        expect(problems).toEqual([]);
      }
      expect(await blocked.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    } finally {
      await noScript.context().close();
      await blocked.context().close();
    }
  });

  it('the site is installable (Chromium finds nothing missing)', async ({ expect }) => {
    expect(await installabilityErrors(url(''))).toEqual([]);
  });
});

describe.runIf(browserAvailable())('what the worker never keeps', () => {
  const running = builtSiteInBrowser();

  it('the editing page /admin/ (Sveltia CMS and its files) and requests to other sites are left to the network', async ({
    expect,
  }) => {
    const { site } = running;
    const elsewhere = await serveStatic(distDir);
    // bypassCSP: the site's CSP would stop the request to another origin before the worker saw it.
    const page = await openPage(running.browser, { bypassCSP: true });
    try {
      await page.goto(`${site.url}ke-hoach/`);
      await waitForWorker(page);
      const adminFiles: string[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname.startsWith('/admin/')) adminFiles.push(response.url());
      });
      await page.goto(`${site.url}admin/`, { waitUntil: 'load' });
      expect(await page.title()).toMatch(/^Biên tập/);
      expect(adminFiles.length).toBeGreaterThan(3);
      await page.evaluate(
        (address) => fetch(address, { mode: 'no-cors' }).then((r) => r.type),
        `${elsewhere.url}favicon.svg`,
      );
      await page.goto(`${site.url}ke-hoach/`);
      await waitUntilKept(page, `${site.url}ke-hoach/`);
      const kept = await keptAddresses(page);
      expect(kept.filter((address) => address.includes('/admin'))).toEqual([]);
      expect(kept.filter((address) => !address.startsWith(site.origin))).toEqual([]);

      await page.context().setOffline(true);
      await expect(page.goto(`${site.url}admin/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    } finally {
      await page.context().close();
      await elsewhere.close();
    }
  });
});
