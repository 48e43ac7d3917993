import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openPage } from '../../scripts/support/browser.ts';
import { buildVariant, sharedBuild, SUB_PATH_SITE } from '../support/build.ts';
import {
  cacheNames,
  installabilityErrors,
  keptAddresses,
  waitForWorker,
  waitUntilKept,
} from '../support/offline.ts';
import { serveStatic, type StaticSite } from '../../scripts/support/static-server.ts';
import { copyOfContent, projectFolder, temporaryFolder } from '../support/temporary-folder.ts';

/**
 * Offline reading (issue 17) on a site served under a sub-path (/ccb/), and what a reader keeps
 * when a new build is published: two real builds, the second after an editor changed a story,
 * swapped under the same address as a host would.
 */
const STORY = 'cau-chuyen/cot-moc-va-lop-hoc-cua-ong/';
const ADDED = 'Đoạn này được thêm trong lần cập nhật trang.';
const versionOf = (dir: string) =>
  /version:"([0-9a-f]{12})"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))?.[1] ?? '';

describe.runIf(browserAvailable())('offline under a sub-path, and across a new build', () => {
  /** What the host serves: a copy of the first build, then of the second. */
  let served: string;
  let first: string;
  let second: string;
  let site: StaticSite;
  let browser: Browser;
  let page: Page;
  const url = (path: string) => `${site.url}${path}`;

  beforeAll(async () => {
    first = await sharedBuild('subpath', SUB_PATH_SITE);
    const { contentDir } = copyOfContent(projectFolder('dist-offline-content'));
    appendFileSync(join(contentDir, 'cau-chuyen/cot-moc-va-lop-hoc-cua-ong.mdx'), `\n${ADDED}\n`);
    second = await buildVariant('offline-b', {
      ...SUB_PATH_SITE,
      SITE_CONTENT_DIR: 'dist-offline-content/content',
    });
    served = temporaryFolder('ccb-offline-served-');
    cpSync(first, served, { recursive: true });
    site = await serveStatic(served, '/ccb/');
    browser = await launchBrowser();
    page = await openPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    // The first build is shared with other suites (sharedBuild) and stays; the copies go when
    // the file ends (temporary-folder.ts).
    if (second) rmSync(second, { recursive: true, force: true });
  });

  it('under /ccb/ the worker serves only /ccb/, installs with /ccb/ as its start, and lists saved pages under /ccb/', async () => {
    await page.goto(url('ke-hoach/'));
    await waitForWorker(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(
      site.url,
    );
    const app = (await (await fetch(url('manifest.webmanifest'))).json()) as {
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect([app.start_url, app.scope]).toEqual(['/ccb/', '/ccb/']);
    for (const icon of app.icons)
      expect((await fetch(`${site.origin}${icon.src}`)).status).toBe(200);
    expect(await installabilityErrors(url(''))).toEqual([]);

    await page.goto(url(STORY));
    await waitUntilKept(page, url(STORY));
    await page.goto(url('giao-vien/'));
    const thcs = page.locator('save-for-offline[data-set="/ccb/ngoai-tuyen/giao-vien/thcs.json"]');
    await thcs.getByRole('button', { name: /^Lưu để đọc/ }).click();
    await expect
      .poll(() => thcs.locator('[data-status]').textContent(), { timeout: 60_000 })
      .toMatch(/^Đã lưu \d+ trang\.$/);

    await page.context().setOffline(true);
    await page.goto(url('nhiem-vu/lao-cai-03-kh-ccb/iii-1/'));
    expect(await page.locator('h1').textContent()).toBe('Đọc khi không có mạng');
    const links = await page
      .locator('[data-saved-pages] a')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(url(STORY));
    expect(links.every((link) => link.startsWith(site.url))).toBe(true);
    await page.goto(url('cau-chuyen/nhung-la-thu-gui-me/'));
    expect(await page.locator('[data-saved-copy]').isVisible()).toBe(true);
    expect((await keptAddresses(page)).every((address) => address.startsWith(site.url))).toBe(true);
    await page.context().setOffline(false);
  });

  it('after a new build the old caches are gone; saved pages stay readable offline and are refreshed when opened online', async () => {
    const [before, after] = [versionOf(first), versionOf(second)];
    expect(before).not.toBe(after);
    expect((await cacheNames(page)).every((name) => name.includes(before))).toBe(true);
    // Search files are kept while they are used; they belong to one build.
    await page.goto(url('tim-kiem/?q=c%E1%BB%99t%20m%E1%BB%91c'));
    await waitUntilKept(page, /\/pagefind\/fragment\//);

    // The new build is published at the same address.
    rmSync(served, { recursive: true, force: true });
    cpSync(second, served, { recursive: true });
    await page.goto(url('ke-hoach/'));
    await expect
      .poll(async () => (await cacheNames(page)).join(', '), { timeout: 30_000 })
      .not.toContain(before);
    const names = await cacheNames(page);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.includes(after))).toBe(true);
    const kept = await keptAddresses(page);
    expect(kept.filter((address) => address.includes('/pagefind/'))).toEqual([]);

    // The teacher's saved set is still there, and still counted as saved.
    await page.goto(url('giao-vien/'));
    const thcs = page.locator('save-for-offline[data-set="/ccb/ngoai-tuyen/giao-vien/thcs.json"]');
    // The status comes from the new build's worker, which may still be starting on a busy machine:
    // the same wait as for its caches above.
    await expect
      .poll(() => thcs.locator('[data-status]').textContent(), { timeout: 30_000 })
      .toMatch(/^Đã lưu \d+ trang ngày/);

    await page.context().setOffline(true);
    await page.goto(url('cau-chuyen/nhung-la-thu-gui-me/'));
    expect(await page.locator('[data-saved-copy]').isVisible()).toBe(true);
    // The copy kept before the new build, with its styles (the old stylesheet came along if it changed).
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(253, 252, 249)',
    );
    await page.goto(url(STORY));
    expect(await page.locator('main').innerText()).not.toContain(ADDED);

    await page.context().setOffline(false);
    await page.goto(url(STORY));
    expect(await page.locator('main').innerText()).toContain(ADDED);
    await expect
      .poll(() =>
        page.evaluate(async (address) => (await caches.match(address))?.text(), url(STORY)),
      )
      .toContain(ADDED);
    await page.context().setOffline(true);
    await page.reload();
    expect(await page.locator('[data-saved-copy]').isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).toContain(ADDED);
  });
});
