import { describe, it } from 'vitest';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';

/**
 * Tests run side by side (maxConcurrency in vitest.site.config.ts), each in its own browser
 * context: while one waits on a page, another uses the processor.
 */
const sideBySide = describe.runIf(browserAvailable()).concurrent;

sideBySide('a plan page in a real browser', () => {
  const running = builtSiteInBrowser();

  it('copies the full address of "mục 2.4" when the reader clicks its link', async ({ expect }) => {
    const page = await openPage(running.browser, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(`${running.site.url}ke-hoach/lao-cai-03-kh-ccb/`);
    const link = page.locator('#muc-ii-2-4 copy-link a');
    await link.click();
    await expect.poll(() => link.textContent()).toContain('Đã chép liên kết');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${running.site.url}ke-hoach/lao-cai-03-kh-ccb/#muc-ii-2-4`);
  });

  it('without JavaScript the same control is a plain link to the section', async ({ expect }) => {
    const page = await openPage(running.browser, { javaScriptEnabled: false });
    await page.goto(`${running.site.url}ke-hoach/lao-cai-03-kh-ccb/`);
    await page.locator('#muc-ii-2-4 copy-link a').click();
    expect(page.url()).toBe(`${running.site.url}ke-hoach/lao-cai-03-kh-ccb/#muc-ii-2-4`);
  });

  it('prints like a document: no navigation, the full text, signature and editor notes', async ({
    expect,
  }) => {
    const page = await openPage(running.browser, { viewport: { width: 794, height: 1123 } });
    await page.goto(`${running.site.url}ke-hoach/lai-chau-16-kh-tu/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      'header nav[aria-label="Chuyên mục chính"]',
      'nav[aria-label="Vị trí trang"]',
      'nav[aria-labelledby="muc-luc"]',
      'footer',
      'copy-link',
    ]) {
      await expect
        .poll(() => page.locator(hidden).first().isVisible(), { message: hidden })
        .toBe(false);
    }
    for (const shown of [
      '.document-header',
      '[data-document-body]',
      '.document-signature',
      '.editor-notes',
    ]) {
      expect(await page.locator(shown).isVisible(), shown).toBe(true);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
