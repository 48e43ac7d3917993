import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { distDir, listPages } from '../../scripts/support/dist.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const story = () =>
  listPages().find(
    (p) =>
      /^\/cau-chuyen\/[^/]+\/$/.test(p) &&
      readFileSync(`${distDir}${p}index.html`, 'utf8').includes('data-handout-part="luu-y"'),
  )!;

/**
 * Tests run side by side (maxConcurrency in vitest.site.config.ts), each in its own browser
 * context: while one waits on a page, another uses the processor.
 */
const sideBySide = describe.runIf(browserAvailable()).concurrent;

sideBySide('stories and models in a real browser', () => {
  const running = builtSiteInBrowser();

  const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

  it('printing a story page gives a clean handout: no navigation, story, key words, questions and activities', async () => {
    const page = await openPage(running.browser, { viewport: { width: 794, height: 1123 } });
    await page.goto(`${running.site.url}${story().slice(1)}`);
    expect(await visible(page, 'header nav')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      'header',
      'header nav',
      'nav[aria-label="Vị trí trang"]',
      'footer',
      '[data-serves]',
    ]) {
      expect(await visible(page, selector), selector).toBe(false);
    }
    for (const part of ['cau-chuyen', 'tu-ngu', 'cau-hoi', 'hoat-dong', 'luu-y']) {
      expect(await visible(page, `[data-handout-part="${part}"]`), part).toBe(true);
    }
    expect(await visible(page, 'h1')).toBe(true);
    expect(await visible(page, '[data-sample-notice]')).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a reader without JavaScript narrows the models list by field, then by province', async () => {
    const page = await openPage(running.browser, { javaScriptEnabled: false });
    await page.goto(`${running.site.url}mo-hinh/`);
    // The records come first; the filters are one tap away, folded above them.
    const firstModel = await page.locator('[data-model-list] [data-model]').first().boundingBox();
    expect(firstModel!.y).toBeLessThan(2 * 844);
    await page.locator('[data-filters] summary').click();
    await page
      .locator('[data-facet="loc-linh-vuc"] a', { hasText: 'Quốc phòng – an ninh' })
      .click();
    expect(page.url()).toBe(`${running.site.url}mo-hinh/linh-vuc/quoc-phong-an-ninh/`);
    const rows = await page.locator('[data-model-list] [data-model]').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('quốc phòng – an ninh');
    await page.locator('[data-filters] summary').click();
    await page.locator('[data-facet="loc-tinh"] a', { hasText: 'tỉnh Lai Châu' }).click();
    expect(page.url()).toBe(`${running.site.url}mo-hinh/tinh/lai-chau/`);
    for (const row of await page.locator('[data-model-list] [data-model]').allTextContents())
      expect(row).toContain('tỉnh Lai Châu');
  });

  it('axe finds no accessibility violations on the model, story and teacher pages', async () => {
    // The site's Content-Security-Policy refuses injected scripts, as it should; axe is the test's own.
    const page = await openPage(running.browser, { bypassCSP: true });
    const paths = [
      'mo-hinh/',
      'mo-hinh/linh-vuc/kinh-te/',
      'mo-hinh/khong-lao-to-tu-quan-duong-bien/',
      'cau-chuyen/',
      story().slice(1),
      'giao-vien/',
      'giao-vien/lua-tuoi/thcs/',
      'giao-vien/phieu-dong-y/',
      'nhiem-vu/lai-chau-16-kh-tu/ii-4/',
    ];
    for (const path of paths) {
      await page.goto(`${running.site.url}${path}`);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: {
              run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, path).toEqual([]);
    }
  });
});
