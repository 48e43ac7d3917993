import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openPage } from '../../scripts/support/browser.ts';
import { searchThroughUi } from '../../scripts/support/site-search.ts';
import { serveStatic, type StaticSite } from '../../scripts/support/static-server.ts';
import { sharedBuild, SUB_PATH_SITE } from '../support/build.ts';

/** The site built for a sub-path (/ccb/), as on a host that serves it below a domain's root (shared with build-variants and offline-update). */
describe.runIf(browserAvailable())('search on a site served under a sub-path', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(await sharedBuild('subpath', SUB_PATH_SITE), '/ccb/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds "2.9" from the header form and every link stays under /ccb/', async () => {
    // A desktop window: on a phone the header holds a link to the search page instead of the form.
    const page = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    const failed: string[] = [];
    page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
    await page.goto(`${site.url}ke-hoach/`);
    await page.getByLabel('Tìm trên trang').fill('2.9');
    await page.getByLabel('Tìm trên trang').press('Enter');
    await expect.poll(() => page.url()).toBe(`${site.url}tim-kiem/?q=2.9`);
    const { results } = await searchThroughUi(page, '2.9');
    expect(new URL(results[0]!.url).pathname).toBe('/ccb/chi-tieu/lao-cai-03-kh-ccb/ii-2-9/');
    expect(results.every((result) => new URL(result.url).pathname.startsWith('/ccb/'))).toBe(true);
    const { results: plans } = await searchThroughUi(page, 'ung dung cong nghe thong tin');
    expect(plans.flatMap((result) => result.sections)).toContain(
      `${site.url}ke-hoach/lao-cai-03-kh-ccb/#muc-ii-2-9`,
    );
    await page.locator('site-search [data-results] h3 a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/ccb\/(chi-tieu|ke-hoach|nhiem-vu|chu-de)\//);
    expect(failed).toEqual([]);
  });
});
