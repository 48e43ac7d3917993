import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { assertBuilt, listPages } from '../../scripts/support/dist.ts';
import { PHONE_SCREENS } from '../support/page-gates.ts';
import { onePagePerType } from '../../scripts/support/page-types.ts';
import { smallTargets } from '../support/tap-targets.ts';
import { inTabs } from '../support/concurrency.ts';

/**
 * Every page type as a reader on a small phone meets it, in Chromium, 320, 360 and 390 pixels wide
 * (sideways scrolling on every page at those widths is checked by the page gates,
 * page-gates.test.ts). A 360-pixel screenshot of each page type is saved in test-results/phone-360/
 * for review. Each page is loaded once, at the first width, and laid out again at the others by
 * resizing the tab; page types are checked a few at a time (test/support/concurrency.ts).
 */
assertBuilt();
const perType = [...onePagePerType(listPages())];
const SCREENSHOTS = join(process.cwd(), 'test-results', 'phone-360');

const headerHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('body > header')!.getBoundingClientRect().height);

describe.runIf(browserAvailable())('pages on a small phone', () => {
  const running = builtSiteInBrowser();
  const url = (path: string) => `${running.site.url}${path.replace(/^\//, '')}`;

  it(`on every page type at ${PHONE_SCREENS.map((screen) => screen.width).join(', ')} px the header takes at most a fifth of the first screen, the main heading is on it, and every control is at least 24 × 24 px`, async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const problems = await inTabs(
      () => openPage(running.browser, { viewport: PHONE_SCREENS[0] }),
      perType,
      async (page, [type, path]) => {
        await page.goto(url(path));
        await page.evaluate(() => document.fonts.ready);
        const found: string[] = [];
        for (const viewport of PHONE_SCREENS) {
          await page.setViewportSize(viewport);
          const at = `${type} ${path} at ${viewport.width} px`;
          const header = await headerHeight(page);
          const headingTop = await page.evaluate(
            () => document.querySelector('main h1')!.getBoundingClientRect().top,
          );
          if (header > viewport.height * 0.2)
            found.push(`${at}: header ${header} px > a fifth of ${viewport.height} px`);
          if (headingTop >= viewport.height / 2)
            found.push(`${at}: main heading at ${headingTop} px, not in the top half`);
          found.push(...(await smallTargets(page)).map((target) => `${at}: ${target}`));
          if (viewport.width === 360)
            await page.screenshot({ path: join(SCREENSHOTS, `${type}.png`), fullPage: true });
        }
        return found;
      },
    );
    expect(problems.flat()).toEqual([]);
  });

  it('keeps the home page within four screens of a 360 × 740 phone, ways in on the first two', async () => {
    const page = await openPage(running.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(url('/'));
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      4 * 740,
    );
    const waysIn = page.locator('[data-ways-in] a');
    const labels = (await waysIn.allTextContents()).join(' ');
    for (const way of ['Kế hoạch', 'Tiến độ', 'Mô hình', 'Chuyện kể', 'Cho giáo viên'])
      expect(labels).toContain(way);
    const last = await waysIn.last().boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(2 * 740);
    await expect
      .poll(() => page.locator('[data-progress-summary] a[href="/tien-do/"]').isVisible())
      .toBe(true);
    await page.context().close();
  });

  it('opens the menu without JavaScript, and keeps search one tap away', async () => {
    const page = await openPage(running.browser, {
      viewport: { width: 360, height: 740 },
      javaScriptEnabled: false,
    });
    await page.goto(url('/ke-hoach/'));
    const menu = page.locator('nav[aria-label="Chuyên mục chính"]');
    const stories = menu.getByRole('link', { name: 'Chuyện kể' });
    expect(await stories.isVisible()).toBe(false);
    await menu.locator('summary').click();
    expect(await stories.isVisible()).toBe(true);
    expect(await menu.locator('a[aria-current="page"]').textContent()).toContain('Kế hoạch');
    await stories.click();
    expect(page.url()).toBe(url('/cau-chuyen/'));
    await page.locator('[data-search-link]').click();
    expect(page.url()).toBe(url('/tim-kiem/'));
    await page.context().close();
  });

  it('shows the whole menu on one line of a 1280-pixel screen, with the search box beside the name', async () => {
    const page = await openPage(running.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(url('/'));
    await page.evaluate(() => document.fonts.ready);
    const links = page.locator('nav[aria-label="Chuyên mục chính"] a');
    const boxes = await Promise.all((await links.all()).map((link) => link.boundingBox()));
    expect(boxes.length).toBeGreaterThan(5);
    expect(new Set(boxes.map((box) => Math.round(box!.y))).size).toBe(1);
    expect(await page.locator('header form[role="search"] input').isVisible()).toBe(true);
    expect(await page.locator('nav[aria-label="Chuyên mục chính"] summary').isVisible()).toBe(
      false,
    );
    await page.context().close();
  });
});

describe.runIf(browserAvailable())('the text-size control', () => {
  const running = builtSiteInBrowser();
  const url = (path: string) => `${running.site.url}${path.replace(/^\//, '')}`;
  const rootSize = (page: Page) =>
    page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

  it('makes the text larger and smaller, and the next page remembers it', async () => {
    const page = await openPage(running.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(url('/ke-hoach/'));
    const normal = await rootSize(page);
    await page.locator('nav[aria-label="Chuyên mục chính"] summary').click();
    const control = page.locator('nav[aria-label="Chuyên mục chính"] text-size');
    await control.getByRole('button', { name: /A\+/ }).click();
    await control.getByRole('button', { name: /A\+/ }).click();
    const larger = await rootSize(page);
    expect(larger).toBeGreaterThan(normal * 1.2);
    await page.goto(url('/cau-chuyen/'));
    expect(await rootSize(page)).toBe(larger);
    // Larger text still fits the screen: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.locator('nav[aria-label="Chuyên mục chính"] summary').click();
    await control.getByRole('button', { name: /A−/ }).click();
    expect(await rootSize(page)).toBeLessThan(larger);
    await control.getByRole('button', { name: /^A \(/ }).click();
    expect(await rootSize(page)).toBe(normal);
    await page.reload();
    expect(await rootSize(page)).toBe(normal);
    await page.context().close();
  });

  it('is not shown where JavaScript does not run', async () => {
    const page = await openPage(running.browser, {
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled: false,
    });
    await page.goto(url('/'));
    expect(await page.locator('text-size').first().isVisible()).toBe(false);
    expect(await page.locator('header').innerText()).not.toContain('A+');
    await page.context().close();
  });

  it('leaves the browser zoom working: at 200 % of a 1280-pixel window nothing scrolls sideways', async () => {
    // 200 % zoom of a 1280-pixel window lays pages out 640 CSS pixels wide.
    const wide = await inTabs(
      () => openPage(running.browser, { viewport: { width: 640, height: 400 } }),
      perType,
      async (page, [type, path]) => {
        await page.goto(url(path));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        return width > 640 ? [`${type} ${path}: ${width} px`] : [];
      },
    );
    expect(wide.flat()).toEqual([]);
  });
});
