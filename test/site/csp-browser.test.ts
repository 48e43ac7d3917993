import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openPage } from '../support/browser.ts';
import { assertBuilt, distDir, listPages } from '../support/dist.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

describe.runIf(browserAvailable())('the Content-Security-Policy in a real browser', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    assertBuilt();
    site = await serveStatic(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('blocks nothing the site itself needs, on every page', async () => {
    const page = await openPage(browser);
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text().slice(0, 200)}`);
    });
    for (const path of listPages()) await page.goto(`${site.url}${path.slice(1)}`, { waitUntil: 'load' });
    expect(blocked).toEqual([]);
  });
});
